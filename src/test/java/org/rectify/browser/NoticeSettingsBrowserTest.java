package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notice settings page (通报设置, /reports/notice-settings.html) as the office uses it in Chromium:
 * the person logs in to Tasklist once and the page calls the Rectify API with that session (no
 * password prompt; the change carries the webapps' CSRF token). The configured contact block is
 * shown, a bad e-mail address is refused naming the field and nothing is saved, a valid change is
 * saved and shown after a reload with who saved it; a department clerk may read the page and is
 * told that only the office may change it.
 */
class NoticeSettingsBrowserTest extends BrowserTestSupport {

  private static final String PAGE = "/reports/notice-settings.html";
  private static final By MESSAGE = By.id("message");

  @Autowired private JdbcClient jdbc;

  @AfterEach
  void backToTheConfiguration() {
    jdbc.sql("delete from notice_setting").update();
  }

  @Test
  void theOfficeChangesTheContactBlockAndBadInputChangesNothing() {
    logInToTheApi("office1", "demo");
    browser.open(PAGE);
    browser.waitForText(By.id("updated"), "尚未在本页保存过");
    String issuer =
        browser.waitUntil(
            () -> {
              String value = field("issuer").getAttribute("value");
              return value.isEmpty() ? null : value;
            });
    assertThat(issuer).isEqualTo("中共深圳市坪山区城市管理局党组");

    replace("email", "不是邮箱");
    replace("phone", "0755-84561234 转 8001");
    browser.waitForClickable(By.id("save")).click();
    browser.waitForText(MESSAGE, "电子邮箱格式不正确");
    assertThat(browser.waitFor(MESSAGE).getAttribute("class")).isEqualTo("error");
    browser.screenshot("30-notice-settings-refused");
    assertThat(jdbc.sql("select count(*) from notice_setting").query(Long.class).single())
        .as("nothing saved")
        .isZero();

    replace("email", "xczg@psqcgj.example.gov.cn");
    replace("copyTo", "区委巡察办，区委第三巡察组");
    browser.waitForClickable(By.id("save")).click();
    browser.waitForText(MESSAGE, "已保存");

    browser.open(PAGE);
    browser.waitForText(By.id("updated"), "最近由 office1");
    assertThat(field("phone").getAttribute("value")).isEqualTo("0755-84561234 转 8001");
    assertThat(field("email").getAttribute("value")).isEqualTo("xczg@psqcgj.example.gov.cn");
    assertThat(field("copyTo").getAttribute("value")).isEqualTo("区委巡察办，区委第三巡察组");
    assertThat(jdbc.sql("select copy_to from notice_setting").query(String.class).single())
        .isEqualTo("区委巡察办，区委第三巡察组");
    browser.screenshot("31-notice-settings-saved");
  }

  @Test
  void aDepartmentClerkMayReadButNotSave() {
    logInToTheApi("greening1", "demo");
    browser.open(PAGE);
    browser.waitForText(By.id("updated"), "尚未在本页保存过");

    replace("contactPerson", "张三");
    browser.waitForClickable(By.id("save")).click();

    browser.waitForText(MESSAGE, "没有权限：只有办公室、整改办和系统管理员可以修改通报设置");
    assertThat(jdbc.sql("select count(*) from notice_setting").query(Long.class).single()).isZero();
  }

  /** One login: the person logs in to Tasklist; the page then works with the same session. */
  private void logInToTheApi(String user, String password) {
    browser.open(TASKLIST);
    browser.logIn(user, password);
  }

  private WebElement field(String id) {
    return browser.waitFor(By.id(id));
  }

  private void replace(String id, String text) {
    WebElement input = field(id);
    input.clear();
    input.sendKeys(text);
  }
}
