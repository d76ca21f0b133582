package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** {@code /mail} is for camunda-admin and rectOffice only (HTTP Basic here; the webapp session works likewise). */
class MailPageSpringTest extends ReminderSpringTestBase {

  @Test
  void anonymousUsersAreAskedToLogIn() {
    ResponseEntity<String> response = http.getForEntity("/mail", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(response.getBody()).contains("需要登录");
  }

  @Test
  void clerksAreRefused() {
    ResponseEntity<String> response = http.withBasicAuth("greening1", "demo").getForEntity("/mail", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getBody()).contains("仅对系统管理员和整改办开放");
  }

  @Test
  void adminsAndRectOfficeSeeThePage() {
    for (String[] login : new String[][] {{"admin", "admin"}, {"rectOffice1", "demo"}}) {
      ResponseEntity<String> response = http.withBasicAuth(login[0], login[1]).getForEntity("/mail", String.class);
      assertThat(response.getStatusCode().value()).isEqualTo(200);
      // the test profile has no embedded sink: the page says where mails went instead of an empty list
      assertThat(response.getBody()).contains("邮件查看", "内置邮件沙箱未启用");
    }
  }
}
