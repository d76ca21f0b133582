package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Cockpit as a bureau leader meets it, then the welcome page and Admin, in a real (headless)
 * Chromium: Chinese labels, Rectify's name in header and title, the test process and a running
 * instance with its diagram.
 */
class CockpitAndAdminBrowserTest extends BrowserTestSupport {

  private ProcessInstance running;

  @BeforeAll
  void startMeasureCheck() {
    running = startCheck("M98", "公园绿地管护不到位");
  }

  @Test
  @Order(1)
  void leaderSeesCockpitInChinese() {
    browser.open(COCKPIT);
    browser.logIn("leaders1", "demo");

    browser.waitForText(By.cssSelector("body"), "运行中的流程实例");
    assertThat(browser.waitFor(HEADER_BRAND).getText()).isEqualTo("Rectify 巡察整改 流程监控");
    browser.screenshot("07-cockpit-dashboard");

    browser.open(COCKPIT + "#/processes");
    browser.waitForText(By.cssSelector("body"), PROCESS_NAME);
    browser.screenshot("08-cockpit-processes");
    assertThat(browser.driver().getTitle()).startsWith("Rectify 巡察整改 流程监控");

    browser.open(COCKPIT + "#/process-instance/" + running.getId() + "/runtime");
    browser.waitForText(By.cssSelector(".djs-container"), TASK_NAME);
    browser.waitForText(By.cssSelector("body"), running.getBusinessKey());
    // the instance opens on Rectify's 业务记录 tab (the record in Chinese); Cockpit's variables next to
    // it
    browser.waitForText(By.cssSelector(".rectify-record-table"), "当前环节");
    browser
        .waitForClickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='变量']"))
        .click();
    browser.waitForText(By.cssSelector("thead .actions"), "操作");
    browser.screenshot("09-cockpit-process-instance");
    assertThat(browser.waitFor(By.cssSelector("body")).getText()).contains("业务编号", "定义名称");
    // no tenant: Cockpit prints its "null" label, which reads 无
    assertThat(browser.waitFor(By.cssSelector(".tenant-id")).getText()).isEqualTo("无");
    assertThat(browser.waitFor(By.cssSelector(".process-instance-details, body")).getText())
        .doesNotContainPattern("\\bnull\\b");
  }

  @Test
  @Order(2)
  void welcomePageAndAdminAreChinese() {
    browser.open(WELCOME);
    browser.logIn("leaders1", "demo");
    browser.waitForText(By.cssSelector("body"), "应用");
    assertThat(browser.waitFor(HEADER_BRAND).getText()).isEqualTo("Rectify 巡察整改 首页");
    browser.screenshot("10-welcome");

    browser.reset();
    browser.open(ADMIN);
    browser.logIn("admin", "admin");
    browser.waitForText(By.cssSelector("body"), "用户列表");
    assertThat(browser.waitFor(HEADER_BRAND).getText()).isEqualTo("Rectify 巡察整改 系统管理");
    browser.screenshot("11-admin-users");
  }
}
