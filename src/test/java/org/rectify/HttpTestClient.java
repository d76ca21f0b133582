package org.rectify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests that talk to the running application like a real caller. */
public final class HttpTestClient {

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String baseUrl;

  public HttpTestClient(int port) {
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(builder(path, user, password).GET());
  }

  public HttpResponse<String> post(String path, String json, String user, String password) {
    return send(
        builder(path, user, password)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> put(String path, String json, String user, String password) {
    return send(
        builder(path, user, password)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(client, request);
  }

  /**
   * Sends with the given client (own cookies, redirects …) and reads the body as UTF-8 text; no
   * checked exceptions.
   */
  public static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder builder(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }

  public String baseUrl() {
    return baseUrl;
  }
}
