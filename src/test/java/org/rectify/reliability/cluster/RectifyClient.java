package org.rectify.reliability.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * What the suite does over HTTP, as an administrator or a clerk would: Rectify's {@code /api} and
 * Camunda's {@code /engine-rest}, HTTP Basic, JSON. Every call names the node it goes to.
 */
final class RectifyClient {

  /** A response: status and parsed body (null when empty). */
  record Response(int status, JsonNode body, String raw) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final String authorization;

  RectifyClient(String user, String password) {
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  RectifyClient as(String user, String password) {
    return new RectifyClient(user, password);
  }

  Response get(ClusterNode node, String path) throws IOException, InterruptedException {
    return send(node, "GET", path, null);
  }

  Response post(ClusterNode node, String path, Object body)
      throws IOException, InterruptedException {
    return send(node, "POST", path, body);
  }

  Response put(ClusterNode node, String path, Object body)
      throws IOException, InterruptedException {
    return send(node, "PUT", path, body);
  }

  /** A count from {@code /engine-rest/.../count}. */
  long count(ClusterNode node, String path) throws IOException, InterruptedException {
    Response response = require(get(node, path), path);
    return response.body().get("count").asLong();
  }

  Response require(Response response, String what) {
    if (!response.ok()) {
      throw new IllegalStateException(what + " → HTTP " + response.status() + " " + response.raw());
    }
    return response;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private Response send(ClusterNode node, String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String raw = response.body();
    JsonNode parsed = raw == null || raw.isBlank() ? null : parseOrNull(raw);
    return new Response(response.statusCode(), parsed, raw);
  }

  private static JsonNode parseOrNull(String raw) {
    try {
      return JSON.readTree(raw);
    } catch (IOException e) {
      return null;
    }
  }

  static Map<String, Object> json(Object... keyValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
