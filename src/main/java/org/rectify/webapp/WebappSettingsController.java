package org.rectify.webapp;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator settings for the Camunda webapps' front end, served as the ES module {@code
 * app/rectify/settings.js} that the shared branding script ({@code app/rectify/branding.js}, a
 * {@code customScripts} entry of every app's {@code config.js}) imports. Keeps these switches in
 * {@code application.yaml} / environment variables instead of files inside the jar.
 */
@RestController
class WebappSettingsController {

  private static final MediaType JAVASCRIPT =
      new MediaType("text", "javascript", StandardCharsets.UTF_8);

  private final boolean camunda8Banner;

  WebappSettingsController(
      @Value("${rectify.webapp.camunda8-banner:false}") boolean camunda8Banner) {
    this.camunda8Banner = camunda8Banner;
  }

  @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/rectify/settings.js")
  ResponseEntity<String> settings() {
    String module = "export default { camunda8Banner: " + camunda8Banner + " };\n";
    return ResponseEntity.ok()
        .contentType(JAVASCRIPT)
        .cacheControl(CacheControl.noCache())
        .body(module);
  }
}
