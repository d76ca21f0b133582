package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectify.HttpTestClient;
import org.rectify.WebappSession;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web layer's security baseline and its answers to bad input, seen from outside like a real
 * client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
class WebSecurityTest {

  @LocalServerPort int port;
  @Autowired OrganizationDirectory organization;

  HttpTestClient http;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task",
        "/engine-rest/process-definition",
        "/engine-rest/user",
        "/api/departments",
        "/api/departments/greening"
      })
  void apisRequireCredentials(String path) {
    assertThat(http.get(path, null, null).statusCode()).isEqualTo(401);
    assertThat(http.get(path, "admin", "admin").statusCode()).isEqualTo(200);
  }

  /**
   * No challenge: a browser never prompts for and caches a password for Rectify's endpoints, so no
   * forged request from another site can ride on cached credentials.
   */
  @Test
  void unauthenticatedApiErrorIsJsonWithoutAChallenge() {
    HttpResponse<String> response = http.get("/api/departments", null, null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(response.body()).contains("\"error\"").contains("需要登录");
  }

  @Test
  void wrongPasswordIsRefusedAndTheEngineThrottlesTheUser() {
    assertThat(http.get("/api/departments", "sanitation1", "wrong").statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "sanitation1", "wrong").statusCode()).isEqualTo(401);
    // right password during the throttling delay is still refused
    assertThat(http.get("/api/departments", "sanitation1", "demo").statusCode()).isEqualTo(401);
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 60_000));
    assertThat(http.get("/api/departments", "sanitation1", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownApiResourceIsJson404() {
    HttpResponse<String> response = http.get("/api/no-such-thing", "office1", "demo");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThat(response.body()).contains("\"error\"").doesNotContain("<html");
    assertThat(http.get("/api/departments/no-such-dept", "office1", "demo").statusCode())
        .isEqualTo(404);
  }

  @Test
  void malformedJsonIsRefusedAndChangesNothing() {
    HttpResponse<String> response =
        http.put("/api/departments/greening", "{\"headUserId\": ", "admin", "admin");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("JSON");
    assertUnchangedGreening();
  }

  @Test
  void unknownFieldIsRefusedNamingTheField() {
    HttpResponse<String> response =
        http.put(
            "/api/departments/greening",
            "{\"headUserId\":\"greening1\",\"leaderUserId\":\"leaders3\",\"salary\":1}",
            "admin",
            "admin");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("salary");
    assertUnchangedGreening();
  }

  @Test
  void missingAndInvalidFieldsAreNamed() {
    HttpResponse<String> missing =
        http.put("/api/departments/greening", "{\"headUserId\":\"greening1\"}", "admin", "admin");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("leaderUserId");
    HttpResponse<String> wrongPeople =
        http.put(
            "/api/departments/greening",
            "{\"headUserId\":\"sanitation1\",\"leaderUserId\":\"greening1\"}",
            "admin",
            "admin");
    assertThat(wrongPeople.statusCode()).isEqualTo(400);
    assertThat(wrongPeople.body()).contains("headUserId").contains("leaderUserId");
    assertUnchangedGreening();
  }

  @Test
  void onlyAdministratorsAssignPeople() {
    HttpResponse<String> response =
        http.put(
            "/api/departments/greening",
            "{\"headUserId\":\"greening1\",\"leaderUserId\":\"leaders1\"}",
            "greeningHead",
            "demo");
    assertThat(response.statusCode()).isEqualTo(403);
    assertUnchangedGreening();
  }

  @Test
  void administratorAssignsAValidHeadAndLeader() {
    HttpResponse<String> response =
        http.put(
            "/api/departments/advertising",
            "{\"headUserId\":\"advertising1\",\"leaderUserId\":\"leaders1\"}",
            "admin",
            "admin");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(organization.headOf("advertising")).isEqualTo("advertising1");
    assertThat(organization.leaderOf("advertising")).isEqualTo("leaders1");
    http.put(
        "/api/departments/advertising",
        "{\"headUserId\":\"advertisingHead\",\"leaderUserId\":\"leaders2\"}",
        "admin",
        "admin");
  }

  @Test
  void healthIsPublicAndUpWithoutAnSmtpServer() {
    HttpResponse<String> response = http.get("/actuator/health", null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"UP\"");
    assertThat(http.get("/actuator/info", null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void metricsAreForAdministratorsOnly() {
    assertThat(http.get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus", "office1", "demo").statusCode()).isEqualTo(403);
    HttpResponse<String> metrics = http.get("/actuator/prometheus", "admin", "admin");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void webappsRefuseStateChangesWithoutTheCsrfToken() {
    WebappSession browser = new WebappSession(port);
    assertThat(browser.login("office1", "demo")).isEqualTo(200);
    assertThat(browser.postJson("/camunda/api/engine/engine/default/task", "{}", true).statusCode())
        .isEqualTo(200);
    HttpResponse<String> forged =
        browser.postJson("/camunda/api/engine/engine/default/task", "{}", false);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }

  @Test
  void theLastAdministratorCannotBeRemoved() {
    assertThat(
            http.send(
                    http.builder("/engine-rest/group/camunda-admin/members/admin", "admin", "admin")
                        .DELETE())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.send(http.builder("/engine-rest/user/admin", "admin", "admin").DELETE())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.send(http.builder("/engine-rest/group/camunda-admin", "admin", "admin").DELETE())
                .statusCode())
        .isEqualTo(400);
    assertThat(organization.membersOf("camunda-admin")).containsExactly("admin");
    // with a second administrator, the first may leave the group
    assertThat(
            http.send(
                    http.builder(
                            "/engine-rest/group/camunda-admin/members/office1", "admin", "admin")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            http.send(
                    http.builder(
                            "/engine-rest/group/camunda-admin/members/office1", "admin", "admin")
                        .DELETE())
                .statusCode())
        .isEqualTo(204);
    assertThat(organization.membersOf("camunda-admin")).containsExactly("admin");
  }

  @Test
  void webappLoginWithWrongPasswordFails() {
    assertThat(new WebappSession(port).login("legal1", "wrong")).isEqualTo(401);
  }

  private void assertUnchangedGreening() {
    assertThat(organization.headOf("greening")).isEqualTo("greeningHead");
    assertThat(organization.leaderOf("greening")).isEqualTo("leaders3");
  }
}
