package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A clerk can neither delete his own account nor change his own name or e-mail (where the bureau's
 * reminders go) through the engine's REST API; the administrator can; a clerk still changes his own
 * password, with the current one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryGuardTest {

  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  @Test
  void aClerkCannotDeleteOrRewriteHisOwnDirectoryEntry() {
    HttpTestClient http = new HttpTestClient(port);
    String email = identityService.createUserQuery().userId("municipal1").singleResult().getEmail();

    HttpResponse<String> deleted =
        http.send(http.builder("/engine-rest/user/municipal1", "municipal1", "demo").DELETE());
    assertThat(deleted.statusCode()).isEqualTo(403);
    assertThat(deleted.body()).contains("只能由系统管理员修改");
    HttpResponse<String> profile =
        http.put(
            "/engine-rest/user/municipal1/profile",
            "{\"id\": \"municipal1\", \"firstName\": \"改\", \"lastName\": \"名\","
                + " \"email\": \"attacker@example.com\"}",
            "municipal1",
            "demo");
    assertThat(profile.statusCode()).isEqualTo(403);

    User user = identityService.createUserQuery().userId("municipal1").singleResult();
    assertThat(user).as("still there").isNotNull();
    assertThat(user.getEmail()).isEqualTo(email);
  }

  @Test
  void theAdministratorMaintainsTheDirectoryAndAClerkHisOwnPassword() {
    HttpTestClient http = new HttpTestClient(port);
    User user = identityService.createUserQuery().userId("tradeUnion1").singleResult();
    HttpResponse<String> byAdmin =
        http.put(
            "/engine-rest/user/tradeUnion1/profile",
            "{\"id\": \"tradeUnion1\", \"firstName\": \""
                + user.getFirstName()
                + "\", \"lastName\": \""
                + user.getLastName()
                + "\", \"email\": \"tradeUnion1.new@rectify.local\"}",
            "admin",
            "admin");
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
    assertThat(identityService.createUserQuery().userId("tradeUnion1").singleResult().getEmail())
        .isEqualTo("tradeUnion1.new@rectify.local");

    HttpResponse<String> ownPassword =
        http.put(
            "/engine-rest/user/tradeUnion1/credentials",
            "{\"password\": \"Union-Secret-2026\", \"authenticatedUserPassword\": \"demo\"}",
            "tradeUnion1",
            "demo");
    assertThat(ownPassword.statusCode()).as(ownPassword.body()).isEqualTo(204);
    assertThat(identityService.checkPassword("tradeUnion1", "Union-Secret-2026")).isTrue();

    user = identityService.createUserQuery().userId("tradeUnion1").singleResult();
    user.setEmail("tradeUnion1@rectify.local");
    user.setPassword("demo");
    identityService.saveUser(user);
  }
}
