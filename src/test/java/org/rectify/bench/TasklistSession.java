package org.rectify.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.rectify.HttpTestClient;

/**
 * The two ways a client reads a filter over HTTP: as Tasklist does it (one form login, then the
 * webapp's engine API {@code /camunda/api/engine/engine/default} with the session cookie and CSRF
 * token), and as an API client does it ({@code /engine-rest} with HTTP Basic on every request).
 */
final class TasklistSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;
  private final String basic;

  TasklistSession(int port, String user, String password) {
    this.base = "http://127.0.0.1:" + port;
    this.basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        send(
            csrf(HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " → " + login.statusCode());
    }
    // the login starts a new session: fetch the CSRF token that belongs to it
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
  }

  /** Tasklist's filter list request (HAL, with the count) through the webapp session. */
  String sessionList(String filterId, String body) {
    return ok(
        send(
            csrf(HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/camunda/api/engine/engine/default/filter/"
                            + filterId
                            + "/list?firstResult=0&maxResults=15")))
                .header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))));
  }

  /** Tasklist's filter count (the number next to the filter's name) through the webapp session. */
  String sessionCount(String filterId) {
    return ok(
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        base + "/camunda/api/engine/engine/default/filter/" + filterId + "/count"))
                .header("Accept", "application/json")
                .GET()));
  }

  /** The same list request on {@code /engine-rest} with HTTP Basic, as an API client sends it. */
  String basicList(String filterId, String body) {
    return ok(
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/engine-rest/filter/"
                            + filterId
                            + "/list?firstResult=0&maxResults=15"))
                .header("Authorization", basic)
                .header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))));
  }

  String basicCount(String filterId) {
    return ok(
        send(
            HttpRequest.newBuilder(URI.create(base + "/engine-rest/filter/" + filterId + "/count"))
                .header("Authorization", basic)
                .header("Accept", "application/json")
                .GET()));
  }

  /**
   * The unfiltered task list a clerk can send to {@code /engine-rest} himself, newest first: no
   * filter, no candidate group — only the engine's authorizations decide what comes back.
   */
  String basicTaskList(int maxResults) {
    return ok(
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/engine-rest/task?firstResult=0&maxResults="
                            + maxResults
                            + "&sortBy=created&sortOrder=desc"))
                .header("Authorization", basic)
                .header("Accept", "application/json")
                .GET()));
  }

  /** The unfiltered task count on {@code /engine-rest}. */
  String basicTaskCount() {
    return ok(
        send(
            HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/count"))
                .header("Authorization", basic)
                .header("Accept", "application/json")
                .GET()));
  }

  private HttpRequest.Builder csrf(HttpRequest.Builder builder) {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if ("XSRF-TOKEN".equals(cookie.getName())) {
        builder.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return builder;
  }

  private static String ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          response.uri() + " → " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return HttpTestClient.send(client, request);
  }
}
