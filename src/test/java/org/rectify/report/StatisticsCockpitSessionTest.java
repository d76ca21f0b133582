package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rectify.WebappSession;

/**
 * The Cockpit dashboard plugin reads {@code GET /api/statistics} with the Cockpit login: accepted
 * only there, only for GET and only for users allowed to use Cockpit; every other API call still
 * needs HTTP Basic.
 */
class StatisticsCockpitSessionTest extends ReportTestBase {

  private WebappSession loggedIn(String user) {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, "demo")).as("webapp login of " + user).isEqualTo(200);
    return session;
  }

  @Test
  void cockpitUserReadsTheStatisticsWithTheWebappSession() {
    WebappSession leader = loggedIn("leaders1");

    var statistics = leader.get("/api/statistics?planId=" + seedPlan());
    assertThat(statistics.statusCode()).isEqualTo(200);
    assertThat(statistics.body())
        .contains("\"key\":\"ALL\"")
        .contains("\"total\":37")
        .contains("\"checks\":6")
        .contains("\"notices\":2");
    assertThat(leader.get("/api/statistics?planId=" + seedPlan()).body())
        .isEqualTo(http.get("/api/statistics?planId=" + seedPlan(), "leaders1", "demo").body());
  }

  @Test
  void sessionIsAcceptedForReadingStatisticsOnly() {
    WebappSession leader = loggedIn("leaders1");

    assertThat(leader.postJson("/api/statistics", "{}", true).statusCode()).isEqualTo(401);
    assertThat(leader.get("/api/ledger").statusCode()).isEqualTo(401);
    assertThat(leader.get("/api/plans").statusCode()).isEqualTo(401);
  }

  @Test
  void usersWithoutCockpitAccessAndAnonymousCallersAreRefused() {
    assertThat(loggedIn("greening1").get("/api/statistics").statusCode()).isEqualTo(401);
    assertThat(new WebappSession(port).get("/api/statistics").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/statistics", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/statistics", "greening1", "demo").statusCode()).isEqualTo(200);
  }
}
