package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The dashboard page (for logged-in users, with the security headers of Rectify's pages) and the
 * charting library it loads are served by the application itself.
 */
class DashboardPageTest extends ReportTestBase {

  @Test
  void servesTheDashboardAndItsChartingLibrary() {
    assertThat(http.get("/reports/dashboard.html", null, null).statusCode())
        .as("the page is for logged-in users")
        .isEqualTo(401);
    HttpResponse<String> page = http.get("/reports/dashboard.html", "leaders1", "demo");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("object-src 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.body())
        .contains("巡察整改工作看板")
        .contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
        .contains("/api/statistics");
    HttpResponse<String> library =
        http.get("/webjars/echarts/5.3.1/dist/echarts.min.js", null, null);
    assertThat(library.statusCode()).isEqualTo(200);
    assertThat(library.body()).contains("echarts");
  }
}
