package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The dashboard page and the charting library it loads are served by the application itself. */
class DashboardPageTest extends ReportTestBase {

  @Test
  void servesTheDashboardAndItsChartingLibrary() {
    HttpResponse<String> page = http.get("/reports/dashboard.html", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
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
