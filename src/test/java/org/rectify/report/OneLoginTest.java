package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.WebappSession;

/**
 * One login: the session of Tasklist/Cockpit counts on Rectify's own endpoints, for reading and —
 * with the webapps' CSRF token — for changing; no state change is taken from another site's page,
 * whatever credentials it carries; an anonymous call is never answered with a password prompt. HTTP
 * Basic stays for integrations.
 */
class OneLoginTest extends ReportTestBase {

  private static final String CONTACT =
      "{\"issuer\": \"中共深圳市坪山区城市管理局党组\", \"contactPerson\": \"李明\", \"phone\":"
          + " \"0755-84561234\", \"email\": \"xczg@psqcgj.example.gov.cn\", \"address\": \"坪山大道 2007 号\"}";
  private static final String FOREIGN = "https://evil.example.com";

  @AfterEach
  void backToTheConfiguration() {
    jdbc.update("delete from notice_setting");
  }

  private WebappSession loggedIn(String user) {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, "demo")).as("webapp login of " + user).isEqualTo(200);
    return session;
  }

  private int saved() {
    return jdbc.queryForObject("select count(*) from notice_setting", Integer.class);
  }

  @Test
  void theWebappSessionReadsWhatTheUserMayReadWithoutAPasswordPrompt() {
    WebappSession leader = loggedIn("leaders1");
    var statistics = leader.get("/api/statistics?planId=" + seedPlan());
    assertThat(statistics.statusCode()).isEqualTo(200);
    assertThat(statistics.body()).contains("\"total\":37", "\"checks\":6");
    assertThat(statistics.body())
        .isEqualTo(http.get("/api/statistics?planId=" + seedPlan(), "leaders1", "demo").body());
    assertThat(leader.get("/api/ledger").statusCode()).isEqualTo(200);
    assertThat(leader.get("/reports/dashboard.html").statusCode()).isEqualTo(200);

    WebappSession clerk = loggedIn("greening1");
    assertThat(clerk.get("/api/statistics").statusCode()).isEqualTo(200);
    var ledger = clerk.get("/api/ledger/spot-checks");
    assertThat(ledger.statusCode()).as("the access rules hold for sessions too").isEqualTo(403);
    assertThat(clerk.get("/mail").statusCode()).isEqualTo(403);
  }

  @Test
  void anonymousCallersGetNoPasswordPrompt() {
    for (String path : new String[] {"/api/statistics", "/reports/dashboard.html", "/mail"}) {
      HttpResponse<String> response = new WebappSession(port).get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
    assertThat(new WebappSession(port).get("/reports/dashboard.html").body())
        .contains("请先登录", "/camunda/app/tasklist/default/");
  }

  @Test
  void aChangeWithTheSessionNeedsTheWebappsCsrfToken() {
    WebappSession office = loggedIn("office1");

    HttpResponse<String> forged =
        office.sendJson("PUT", "/api/settings/notice", CONTACT, false, null);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("安全令牌缺失或已过期");
    assertThat(saved()).isZero();

    HttpResponse<String> made = office.sendJson("PUT", "/api/settings/notice", CONTACT, true, null);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    assertThat(made.body()).contains("\"updatedBy\":\"office1\"");
  }

  @Test
  void noStateChangeFromAnotherSitesPageWhateverItCarries() {
    WebappSession office = loggedIn("office1");
    HttpResponse<String> withSession =
        office.sendJson("PUT", "/api/settings/notice", CONTACT, true, FOREIGN);
    assertThat(withSession.statusCode()).isEqualTo(403);
    assertThat(withSession.body()).contains("拒绝来自其他网站的请求");

    HttpResponse<String> withBasic =
        http.send(
            http.builder("/api/settings/notice", "office1", "demo")
                .header("Content-Type", "application/json")
                .header("Origin", FOREIGN)
                .PUT(HttpRequest.BodyPublishers.ofString(CONTACT, StandardCharsets.UTF_8)));
    assertThat(withBasic.statusCode()).isEqualTo(403);
    HttpResponse<String> engine =
        http.send(
            http.builder("/engine-rest/process-instance", "admin", "admin")
                .header("Content-Type", "application/json")
                .header("Origin", FOREIGN)
                .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)));
    assertThat(engine.statusCode()).as("the engine's REST API too").isEqualTo(403);
    assertThat(saved()).isZero();

    HttpResponse<String> sameSite =
        office.sendJson("PUT", "/api/settings/notice", CONTACT, true, office.baseUrl());
    assertThat(sameSite.statusCode()).as(sameSite.body()).isEqualTo(200);
    HttpResponse<String> integration = http.put("/api/settings/notice", CONTACT, "office1", "demo");
    assertThat(integration.statusCode()).as("an integration sends no Origin").isEqualTo(200);
  }
}
