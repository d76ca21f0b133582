package org.rectify.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The operator switch for the Camunda 8 banner reaches the webapps' branding script. */
class WebappSettingsControllerTest {

  @Test
  void showsTheBannerOnlyWhenSwitchedOn() {
    assertThat(new WebappSettingsController(false).settings().getBody())
        .isEqualTo("export default { camunda8Banner: false };\n");
    assertThat(new WebappSettingsController(true).settings().getBody())
        .isEqualTo("export default { camunda8Banner: true };\n");
  }

  @Test
  void isServedAsUncachedJavaScriptModule() {
    ResponseEntity<String> settings = new WebappSettingsController(false).settings();

    assertThat(settings.getHeaders().getContentType())
        .isNotNull()
        .matches(type -> type.isCompatibleWith(MediaType.valueOf("text/javascript")));
    assertThat(settings.getHeaders().getCacheControl()).isEqualTo("no-cache");
  }
}
