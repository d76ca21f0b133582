package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Rectify's Cockpit plugin on the dashboard (plugin point {@code cockpit.dashboard}): a leader logs
 * into Cockpit and sees the rectification progress of the seed's plan — Chinese title, the figures
 * from {@code /api/statistics} (read with the Cockpit login) and the link to the statistics page.
 * Same Spring context as {@link MeasureClaimBrowserTest} (seed plan on).
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class CockpitProgressPluginBrowserTest extends BrowserTestSupport {

  private static final By PLUGIN = By.cssSelector(".rectify-progress");

  @Autowired private JdbcTemplate jdbc;

  @Test
  @Order(1)
  void leaderSeesTheRectificationProgressOnTheCockpitDashboard() {
    int measures = jdbc.queryForObject("select count(*) from rect_measure", Integer.class);
    // the seed's 37, plus those the journeys sharing this context have added by now
    assertThat(measures)
        .as("the seed plan's measures and the journeys'")
        .isGreaterThanOrEqualTo(37);

    browser.open(COCKPIT);
    browser.logIn("leaders1", "demo");

    browser.waitForText(PLUGIN, "巡察整改进度");
    browser.waitForText(By.cssSelector(".rectify-progress .rectify-figures"), "整改措施");
    WebElement total =
        browser.waitFor(By.cssSelector(".rectify-progress .rectify-figure .rectify-figure-value"));
    assertThat(total.getText()).isEqualTo(String.valueOf(measures));
    assertThat(browser.waitFor(PLUGIN).getText()).contains("已完成", "正在推进", "按期率", "纪律作风暗访");
    WebElement link = browser.waitFor(By.cssSelector(".rectify-progress a"));
    assertThat(link.getText()).isEqualTo("查看整改统计看板（台账、图表、Excel）");
    assertThat(link.getAttribute("href")).endsWith("/reports/dashboard.html");
    browser.screenshot("15-cockpit-progress-plugin");
  }
}
