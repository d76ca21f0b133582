package org.rectify.reliability;

import static org.rectify.reliability.BadInput.form;
import static org.rectify.reliability.BadInput.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.rectify.WebappSession;

/**
 * Tasklist form submits ({@code /camunda/api/engine/.../submit-form}) with wrong or missing fields,
 * and every way in without a valid login: none, wrong password, unknown user, forged or ended
 * session, missing CSRF token. Wrong passwords use users no other case needs, since the engine
 * throttles a user after a failed login.
 */
final class SessionBadInputs {

  private SessionBadInputs() {}

  static Stream<BadInput> cases() {
    return Stream.of(
        form(
            "submit without the required decision",
            400,
            f -> f.submitForm(f.claimTask(), Json.variables("implementer", "张三", "String"))),
        form(
            "submit with the decision as a boolean",
            400,
            f ->
                f.submitForm(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", true, "Boolean", "implementer", "张三", "String"))),
        form(
            "submit with an unknown decision",
            400,
            f -> f.submitForm(f.claimTask(), Json.variables("claimDecision", "IGNORE", "String"))),
        form(
            "submit with a 1 MB implementer",
            400,
            f ->
                f.submitForm(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", "CLAIM", "String", "implementer", Json.HUGE, "String"))),
        form(
            "submit with a script as implementer",
            400,
            f ->
                f.submitForm(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision",
                        "CLAIM",
                        "String",
                        "implementer",
                        "<script>alert(1)</script>",
                        "String"))),
        form(
            "submit with an expression",
            400,
            f ->
                f.submitForm(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision",
                        "CLAIM",
                        "String",
                        "implementer",
                        "${''.getClass().forName('java.lang.Runtime')}",
                        "String"))),
        form(
            "submit of another department's task",
            403,
            f ->
                f.submitForm(
                    f.progressTask(),
                    Json.variables(
                        "progressNarrative",
                        "已完成",
                        "String",
                        "progressAction",
                        "CONTINUE",
                        "String"))),
        form(
            "submit without the CSRF token",
            403,
            f ->
                f.tasklist()
                    .postJson(
                        "/camunda/api/engine/engine/default/task/" + f.claimTask() + "/submit-form",
                        "{\"variables\": "
                            + Json.variables(
                                "claimDecision", "CLAIM", "String", "implementer", "张三", "String")
                            + "}",
                        false)),
        session("api without credentials", 401, f -> f.get("/api/measures", null)),
        session(
            "api with a wrong password",
            401,
            f -> f.http().post("/api/contracts", "{}", "tradeUnion1", "x")),
        session(
            "api as an unknown user", 401, f -> f.http().get("/api/measures", "mallory", "demo")),
        session(
            "api with a malformed Basic header",
            401,
            f -> f.withHeaders("/api/measures", "Authorization", "Basic !!!not-base64!!!")),
        session(
            "api with a forged bearer token",
            401,
            f ->
                f.withHeaders("/api/measures", "Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.")),
        session(
            "api with an empty password",
            401,
            f ->
                f.withHeaders(
                    "/api/measures",
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("office1:".getBytes(StandardCharsets.UTF_8)))),
        session("engine-rest without credentials", 401, f -> f.get("/engine-rest/task", null)),
        session(
            "engine-rest with a wrong password",
            401,
            f ->
                f.http()
                    .post(
                        "/engine-rest/task/" + f.claimTask() + "/complete",
                        "{}",
                        "partyBranch1",
                        "x")),
        session(
            "webapp with a forged session cookie",
            401,
            f ->
                f.withHeaders(
                    "/camunda/api/engine/engine/default/task/" + f.claimTask(),
                    "Cookie",
                    "JSESSIONID=FORGED0123456789")),
        session("webapp login with a wrong password", 401, SessionBadInputs::wrongWebappLogin),
        session("webapp submit after the session ended", 0, SessionBadInputs::submitAfterLogout));
  }

  /**
   * Like Tasklist: fetch the CSRF cookie first, so the refusal is the password's, not the token's.
   */
  private static HttpResponse<String> wrongWebappLogin(BadInputFixture f) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    try {
      client.send(
          HttpRequest.newBuilder(URI.create(f.http().baseUrl() + "/camunda/app/tasklist/default/"))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      String token =
          cookies.getCookieStore().getCookies().stream()
              .filter(c -> c.getName().equals("XSRF-TOKEN"))
              .map(HttpCookie::getValue)
              .findFirst()
              .orElse("");
      return client.send(
          HttpRequest.newBuilder(
                  URI.create(
                      f.http().baseUrl() + "/camunda/api/admin/auth/user/default/login/tasklist"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", token)
              .POST(HttpRequest.BodyPublishers.ofString("username=legal1&password=wrong"))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> submitAfterLogout(BadInputFixture f) {
    WebappSession ended = new WebappSession(f.port());
    ended.login(f.head(), BadInputFixture.PASSWORD);
    ended.postJson("/camunda/api/admin/auth/user/default/logout", "", true);
    return ended.postJson(
        "/camunda/api/engine/engine/default/task/" + f.claimTask() + "/submit-form",
        "{\"variables\": "
            + Json.variables("claimDecision", "CLAIM", "String", "implementer", "张三", "String")
            + "}",
        true);
  }
}
