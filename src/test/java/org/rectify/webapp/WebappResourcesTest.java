package org.rectify.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application serves Rectify's webapp files, not the webjar's: config.js (Chinese
 * default), zh.json, the branding assets and the operator settings module. Proves the classpath
 * override wins in the real server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappResourcesTest {

  private static final String APP = "/camunda/app/";

  @Autowired private TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void servesRectifyConfigWithChineseAsDefault(String app) {
    ResponseEntity<String> config =
        http.getForEntity(APP + app + "/scripts/config.js", String.class);

    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody())
        .contains(
            "availableLocales: ['zh', 'en']",
            "fallbackLocale: 'zh'",
            "vendor: 'Rectify'",
            "'../rectify/branding'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void servesChineseLocaleAndBrandingStyles(String app) {
    ResponseEntity<String> zh = http.getForEntity(APP + app + "/locales/zh.json", String.class);
    ResponseEntity<String> styles =
        http.getForEntity(APP + app + "/styles/user-styles.css", String.class);

    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zh.getBody()).contains("\"PAGE_LOGIN_SIGN_IN_ACTION\": \"登录\"");
    assertThat(styles.getBody()).contains("@import url(\"../../rectify/rectify.css\")");
  }

  @Test
  void servesSharedBrandingAssets() {
    assertThat(http.getForEntity(APP + "rectify/rectify.css", String.class).getBody())
        .contains(".ce-eol-banner");
    assertThat(http.getForEntity(APP + "rectify/rectify-logo.svg", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity(APP + "rectify/branding.js", String.class).getBody())
        .contains("import settings from './settings.js'");
    assertThat(http.getForEntity(APP + "rectify/form-js-zh.js", String.class).getBody())
        .contains("此项为必填项。");
  }

  @Test
  void settingsModuleHidesTheCamunda8BannerByDefault() {
    ResponseEntity<String> settings = http.getForEntity(APP + "rectify/settings.js", String.class);

    assertThat(settings.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(settings.getHeaders().getContentType())
        .isNotNull()
        .matches(type -> type.isCompatibleWith(MediaType.valueOf("text/javascript")));
    assertThat(settings.getBody()).isEqualTo("export default { camunda8Banner: false };\n");
  }
}
