package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code /mail} is for camunda-admin and rectOffice only: via the Camunda webapp session or HTTP
 * Basic (for integrations; a browser is never asked for a password).
 */
class MailPageSpringTest extends ReminderSpringTestBase {

  @Test
  void anonymousUsersAreSentToTheWebappLoginWithoutAPasswordPrompt() {
    ResponseEntity<String> response = http.getForEntity("/mail", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).isNull();
    assertThat(response.getBody()).contains("请先登录", "/camunda/app/tasklist/default/");
  }

  @Test
  void clerksAreRefused() {
    ResponseEntity<String> response =
        http.withBasicAuth("greening1", "demo").getForEntity("/mail", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getBody()).contains("仅限系统管理员、整改办查看发出的邮件");
  }

  @Test
  void adminsAndRectOfficeSeeThePage() {
    for (String[] login : new String[][] {{"admin", "admin"}, {"rectOffice1", "demo"}}) {
      ResponseEntity<String> response =
          http.withBasicAuth(login[0], login[1]).getForEntity("/mail", String.class);
      assertThat(response.getStatusCode().value()).isEqualTo(200);
      // the test profile has no embedded sink: the page says where mails went instead of an empty
      // list
      assertThat(response.getBody()).contains("邮件查看", "内置邮件沙箱未启用");
    }
  }

  @Test
  void aUserLoggedInToTheCamundaWebappsNeedsNoSecondLogin() {
    assertThat(sessionOf("rectOffice1").getStatusCode().value()).isEqualTo(200);
    assertThat(sessionOf("greening1").getStatusCode().value()).isEqualTo(403);
  }

  /**
   * Logs in to Tasklist like the browser does (CSRF cookie + header), then opens /mail with that
   * session only.
   */
  private ResponseEntity<String> sessionOf(String user) {
    ResponseEntity<String> tasklist =
        http.getForEntity("/camunda/app/tasklist/default/", String.class);
    String csrf = cookie(tasklist, "XSRF-TOKEN");
    HttpHeaders login = new HttpHeaders();
    login.add(
        HttpHeaders.COOKIE,
        "JSESSIONID=" + cookie(tasklist, "JSESSIONID") + "; XSRF-TOKEN=" + csrf);
    login.add("X-XSRF-TOKEN", csrf);
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> loggedIn =
        http.postForEntity(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            new HttpEntity<>("username=" + user + "&password=demo", login),
            String.class);
    assertThat(loggedIn.getStatusCode().value()).isEqualTo(200);
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, "JSESSIONID=" + cookie(loggedIn, "JSESSIONID"));
    return http.exchange("/mail", HttpMethod.GET, new HttpEntity<>(session), String.class);
  }

  private static String cookie(ResponseEntity<?> response, String name) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(header -> header.startsWith(name + "="))
        .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }
}
