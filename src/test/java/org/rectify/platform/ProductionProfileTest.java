package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectify.RectifyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Production ({@code postgres} profile) refuses to start with a missing, demo or weak administrator
 * password.
 */
class ProductionProfileTest {

  @ParameterizedTest(name = "admin password \"{0}\" is refused")
  @ValueSource(
      strings = {
        "admin",
        "demo",
        "",
        "Admin",
        "short1",
        "123456",
        "aaaaaaaaaa",
        "longpassword-2026",
        "Admin-Password-2026"
      })
  void postgresProfileRefusesDemoOrWeakAdminPassword(String password) {
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(RectifyApplication.class).profiles("postgres");
    assertThatThrownBy(
            () ->
                app.run(
                    "--server.port=0",
                    "--RECTIFY_ADMIN_PASSWORD=" + password,
                    "--RECTIFY_DB_URL=jdbc:postgresql://127.0.0.1:1/never-contacted"))
        .hasStackTraceContaining("RECTIFY_ADMIN_PASSWORD")
        .hasStackTraceContaining("生产环境");
  }
}
