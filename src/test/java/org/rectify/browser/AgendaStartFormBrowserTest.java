package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clerk of 执法科 submits a 三方比价 topic in Tasklist (发起流程 → 上会议题预审): the Chinese start form renders
 * with its quote rows, a valid topic is registered with its quotes and started; one for another
 * department is refused with the Chinese message and nothing is registered.
 */
class AgendaStartFormBrowserTest extends BrowserTestSupport {

  private static final String TITLE = "执法车辆维修服务（浏览器提交）";

  @Autowired private JdbcTemplate jdbc;

  @Test
  @Order(1)
  void aClerkSubmitsATopicWithTheStartForm() {
    browser.open(TASKLIST);
    browser.logIn("enforcement1", "demo");
    fillStartForm("执法科");
    browser.screenshot("20-agenda-start-form");
    start();
    browser.waitUntil(() -> registered() == 1);
    String number =
        jdbc.queryForObject("select number from agenda_topic where title = ?", String.class, TITLE);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from agenda_quote where topic_number = ?", Integer.class, number))
        .isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "select submitted_by from agenda_topic where number = ?", String.class, number))
        .isEqualTo("enforcement1");
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void aTopicForAnotherDepartmentIsRefusedInChineseAndNothingIsRegistered() {
    browser.open(TASKLIST);
    browser.logIn("enforcement1", "demo");
    int before = registered();
    fillStartForm("园林绿化科");
    start();
    browser.waitForText(By.tagName("body"), "提交人不属于科室 园林绿化科");
    browser.screenshot("21-agenda-start-refused");
    assertThat(registered()).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from agenda_topic where department = 'greening'", Integer.class))
        .isZero();
  }

  /**
   * A wrong credit code in the second quote row is refused at that row, in the user's words: no
   * {@code quotes[1].creditCode}, no ENGINE code.
   */
  @Test
  @Order(3)
  void aWrongCreditCodeIsRefusedNamingTheQuoteRow() {
    browser.open(TASKLIST);
    browser.logIn("enforcement1", "demo");
    int before = registered();
    fillStartForm("执法科");
    String[] codes = {"91110108MA01ABCDEN", "91110108MA01ABCDEP"};
    for (int i = 0; i < codes.length; i++) {
      type("(" + labelled("统一社会信用代码") + ")[" + (i + 1) + "]", codes[i]);
    }
    keepAll();
    for (int i = 0; i < codes.length; i++) {
      keep("(" + labelled("统一社会信用代码") + ")[" + (i + 1) + "]", codes[i]);
    }
    start();
    String refusal = "议题信息有误，未提交：第 2 条报价的统一社会信用代码校验位错误";
    browser.waitForText(By.tagName("body"), refusal);
    WebElement shown =
        browser.waitFor(
            By.xpath(
                "//*[contains(@class,'message')][contains(normalize-space(),'" + refusal + "')]"));
    assertThat(shown.getText()).isEqualTo(refusal);
    assertThat(
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                            + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        shown))
        .as("the refusal is scrolled into view in the start dialog")
        .isTrue();
    browser.screenshot("22-agenda-start-refused-credit-code");
    assertThat(browser.waitFor(By.tagName("body")).getText())
        .doesNotContain("quotes[")
        .doesNotContain("ENGINE-")
        .doesNotContain("Exception");
    assertThat(registered()).isEqualTo(before);
  }

  /** 发起流程 → 上会议题预审, a 三方比价 with three quotes for the department. */
  private void fillStartForm(String department) {
    browser.waitForClickable(By.xpath("//a[normalize-space()='发起流程']")).click();
    browser.waitForClickable(By.xpath("//a[normalize-space()='上会议题预审']")).click();
    browser.waitForText(By.cssSelector(".fjs-form"), "提交上会议题");
    type(labelled("议题名称"), TITLE);
    choose("议题类型", "三方比价");
    choose("承办科室", department);
    type(labelled("金额（元）"), "280000");
    // read back while typing: grouped, with 万元, so an extra zero is seen at once
    browser.waitForText(
        By.xpath(
            labelled("金额（元）")
                + "/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//div[contains(@class,'rectify-amount-hint')]"),
        "280,000.00 元，即 28 万元");
    browser.waitForText(By.cssSelector(".fjs-form"), "供应商报价 1");
    assertThat(browser.all(By.xpath(labelled("供应商名称")))).hasSize(5);
    String[] names = {"甲公司", "乙公司", "丙公司"};
    for (int i = 0; i < names.length; i++) {
      type("(" + labelled("供应商名称") + ")[" + (i + 1) + "]", names[i]);
      type("(" + labelled("报价（元）") + ")[" + (i + 1) + "]", String.valueOf(280000 + i));
    }
    keepAll();
  }

  /**
   * A re-render while a later row was typed can empty an earlier row (seen once in CI): check them
   * all again.
   */
  private void keepAll() {
    String[] names = {"甲公司", "乙公司", "丙公司"};
    for (int i = 0; i < names.length; i++) {
      keep("(" + labelled("供应商名称") + ")[" + (i + 1) + "]", names[i]);
      keep("(" + labelled("报价（元）") + ")[" + (i + 1) + "]", String.valueOf(280000 + i));
    }
    keep(labelled("议题名称"), TITLE);
    keep(labelled("金额（元）"), "280000");
  }

  /** Types the value again only when the input no longer holds it. */
  private void keep(String label, String text) {
    if (!text.equals(
        browser.waitFor(By.xpath(label + "/following::input[1]")).getAttribute("value"))) {
      type(label, text);
    }
  }

  /**
   * Types into the input after the label and checks that form-js kept it: under load a re-render
   * can swallow keys typed while it runs, so a lost value is typed again.
   */
  private void type(String label, String text) {
    By input = By.xpath(label + "/following::input[1]");
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement element = browser.waitFor(input);
      element.clear();
      element.sendKeys(text);
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver(), java.time.Duration.ofSeconds(3))
            .until(ignored -> text.equals(browser.waitFor(input).getAttribute("value")));
        return;
      } catch (org.openqa.selenium.TimeoutException lost) {
        // typed again below
      }
    }
    assertThat(browser.waitFor(input).getAttribute("value")).as(label).isEqualTo(text);
  }

  private int registered() {
    return jdbc.queryForObject(
        "select count(*) from agenda_topic where title = ?", Integer.class, TITLE);
  }

  private WebElement field(String label) {
    return browser.waitFor(
        By.xpath(labelled(label) + "/following::*[self::input or self::textarea][1]"));
  }

  /** Leaves the last field (form-js validates it) and presses 发起 once Tasklist enables it. */
  private void start() {
    field("附件清单").click();
    WebElement button = browser.waitFor(By.xpath("//button[normalize-space()='发起']"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    browser.waitForClickable(By.xpath("//button[normalize-space()='发起']")).click();
  }
}
