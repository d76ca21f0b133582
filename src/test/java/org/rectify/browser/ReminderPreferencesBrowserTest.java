package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 提醒设置: a clerk chooses the daily digest in Tasklist's navbar and back; the choice is his own and
 * is stored at once.
 */
class ReminderPreferencesBrowserTest extends BrowserTestSupport {

  private static final By BUTTON = By.cssSelector(".rectify-preferences-button");
  private static final By PANEL = By.cssSelector(".rectify-preferences[data-loaded]");
  private static final By MESSAGE = By.cssSelector(".rectify-preferences-message");

  @Autowired private JdbcClient jdbc;

  @AfterAll
  void backToSingleReminders() {
    jdbc.sql("delete from rem_digest_preference where user_id = 'greening1'").update();
  }

  @Test
  void aClerkChoosesTheDailyDigestAndBack() {
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");
    browser.waitForClickable(BUTTON).click();
    browser.waitFor(PANEL);
    assertThat(browser.waitFor(By.cssSelector("input[value='single']")).isSelected()).isTrue();

    browser.waitForClickable(By.cssSelector("input[value='digest']")).click();
    browser.waitForClickable(By.cssSelector(".rectify-preferences-save")).click();
    browser.waitForText(MESSAGE, "已保存：今后到期提醒和超期通知合并为每个工作日一封每日汇总邮件。");
    browser.screenshot("50-reminder-preferences-digest");
    assertThat(wantsDigest("greening1")).isTrue();
    assertThat(wantsDigest("greening2")).as("only his own choice").isFalse();

    browser.waitForClickable(BUTTON).click(); // closes
    browser.waitForClickable(BUTTON).click(); // opens again, read from the server
    browser.waitFor(PANEL);
    assertThat(browser.waitFor(By.cssSelector("input[value='digest']")).isSelected()).isTrue();
    browser.waitForClickable(By.cssSelector("input[value='single']")).click();
    browser.waitForClickable(By.cssSelector(".rectify-preferences-save")).click();
    browser.waitForText(MESSAGE, "已保存：今后每项任务的提醒单独发送。");
    assertThat(wantsDigest("greening1")).isFalse();
  }

  private boolean wantsDigest(String user) {
    return jdbc.sql("select daily_digest from rem_digest_preference where user_id = ?")
        .param(user)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }
}
