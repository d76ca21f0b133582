package org.rectify;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session on the Camunda webapps: cookie login and the CSRF token the webapps
 * require.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String baseUrl;

  public WebappSession(int port) {
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /** Opens Tasklist (to receive the CSRF cookie) and logs in; returns the login's HTTP status. */
  public int login(String user, String password) {
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).GET());
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    int status =
        send(withCsrf(
                    HttpRequest.newBuilder(
                        URI.create(
                            baseUrl + "/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)))
            .statusCode();
    // the login starts a new session: fetch the CSRF token that belongs to it
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).GET());
    return status;
  }

  public HttpResponse<String> postJson(String path, String json, boolean withCsrfToken) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return send(withCsrfToken ? withCsrf(builder) : builder);
  }

  /** A JSON request with the session cookie, optionally the CSRF token and an {@code Origin}. */
  public HttpResponse<String> sendJson(
      String method, String path, String json, boolean withCsrfToken, String origin) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    return send(withCsrfToken ? withCsrf(builder) : builder);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public HttpResponse<String> get(String path) {
    return send(withCsrf(HttpRequest.newBuilder(URI.create(baseUrl + path))).GET());
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if ("XSRF-TOKEN".equals(cookie.getName())) {
        builder.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return HttpTestClient.send(client, request);
  }
}
