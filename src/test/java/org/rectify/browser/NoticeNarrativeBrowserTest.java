package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Tasklist's 办公室工作 → 通报段落 in Chromium: the rectification office picks the seed plan and a measure,
 * sees the paragraph, is refused in Chinese at the field for an empty one (nothing stored), saves a
 * new one, sees it in the history and in the notice's HTML preview.
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class NoticeNarrativeBrowserTest extends BrowserTestSupport {

  private static final By MESSAGE = By.cssSelector(".rectify-office-message");
  private static final By TEXT_ERROR =
      By.cssSelector(".rectify-field-error[data-error-for='text']");

  @Autowired private JdbcClient jdbc;

  @Test
  @Order(1)
  void theRectificationOfficeEditsAParagraphAndTheNoticePrintsIt() {
    long plan =
        jdbc.sql("select min(id) from rect_plan where status = 'RUNNING'")
            .query(Long.class)
            .single();
    String planTitle =
        jdbc.sql("select title from rect_plan where id = ?")
            .param(plan)
            .query(String.class)
            .single();
    String code =
        jdbc.sql("select min(code) from rect_measure where plan_id = ?")
            .param(plan)
            .query(String.class)
            .single();
    String before = narrative(code);

    browser.open(TASKLIST);
    browser.logIn("rectOffice1", "demo");
    browser.waitForClickable(By.cssSelector(".rectify-office-button")).click();
    browser
        .waitForClickable(By.xpath("//div[contains(@class,'rectify-office-menu')]/a[.='通报段落']"))
        .click();
    browser.waitForText(By.cssSelector(".rectify-office-modal .modal-title"), "通报段落");
    Select planSelect = new Select(browser.waitFor(By.id("rectify-plan")));
    if (!planTitle.equals(planSelect.getFirstSelectedOption().getText())) {
      planSelect.selectByVisibleText(planTitle);
    }
    browser.waitFor(By.cssSelector("#rectify-measure option[value='" + code + "']"));
    new Select(browser.waitFor(By.id("rectify-measure"))).selectByValue(code);
    browser.waitForText(By.cssSelector(".rectify-narrative-history"), "修改记录");
    WebElement text = browser.waitFor(By.id("rectify-text"));
    assertThat(text.getAttribute("value")).isEqualTo(before == null ? "" : before);

    text.clear();
    browser.waitForClickable(By.cssSelector(".rectify-save")).click();
    browser.waitForText(TEXT_ERROR, "必填，通报段落不能为空");
    assertThat(browser.waitFor(MESSAGE).getText()).contains("通报段落有误，未保存");
    browser.screenshot("48-office-narrative-refused");
    assertThat(narrative(code)).as("nothing stored").isEqualTo(before);

    String edited = "局党组专题研究部署，逐项对照反馈意见制定整改清单，明确责任科室和完成时限，浏览器测试修改";
    browser.waitFor(By.id("rectify-text")).sendKeys(edited);
    browser.waitForClickable(By.cssSelector(".rectify-save")).click();
    browser.waitForText(MESSAGE, "已保存 " + code);
    browser.waitForText(By.cssSelector(".rectify-narrative-history"), "rectOffice1");
    assertThat(browser.waitFor(By.cssSelector(".rectify-narrative-history")).getText())
        .contains(edited);
    assertThat(browser.driver().findElement(TEXT_ERROR).getAttribute("textContent"))
        .as("the refusal is gone")
        .isEmpty();
    browser.screenshot("49-office-narrative-saved");
    assertThat(narrative(code)).isEqualTo(edited);

    browser.open("/api/plans/" + plan + "/notice.html");
    browser.waitForText(By.tagName("body"), edited);
  }

  /** 发文字号: a bad prefix refused at its field, then the notice numbered and the number printed. */
  @Test
  @Order(2)
  void theRectificationOfficeNumbersTheNoticeAndTheNoticePrintsTheNumber() {
    long plan =
        jdbc.sql("select min(id) from rect_plan where status = 'RUNNING'")
            .query(Long.class)
            .single();
    String prefix = "浏览器党发";
    try {
      browser.open(TASKLIST);
      browser.logIn("rectOffice1", "demo");
      browser.waitForClickable(By.cssSelector(".rectify-office-button")).click();
      browser
          .waitForClickable(By.xpath("//div[contains(@class,'rectify-office-menu')]/a[.='发文字号']"))
          .click();
      browser.waitForText(By.cssSelector(".rectify-office-modal .modal-title"), "发文字号");
      new Select(browser.waitFor(By.id("rectify-plan"))).selectByValue(String.valueOf(plan));
      browser.waitFor(By.id("rectify-prefix")).sendKeys("X党发〔2026〕");
      browser.waitForClickable(By.cssSelector(".rectify-save")).click();
      browser.waitForText(
          By.cssSelector(".rectify-field-error[data-error-for='prefix']"), "发文机关代字只能是汉字或字母");
      assertThat(jdbc.sql("select count(*) from doc_number").query(Long.class).single()).isZero();

      WebElement field = browser.waitFor(By.id("rectify-prefix"));
      field.clear();
      field.sendKeys(prefix);
      browser.waitForClickable(By.cssSelector(".rectify-save")).click();
      String number =
          prefix
              + "〔"
              + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear()
              + "〕1号";
      browser.waitForText(MESSAGE, "已编号为 " + number);
      browser.waitForText(By.cssSelector(".rectify-number-register"), number);
      browser.screenshot("50-office-document-number");

      browser.open("/api/plans/" + plan + "/notice.html");
      browser.waitForText(By.cssSelector("p.document-number"), number);
    } finally {
      jdbc.sql("delete from doc_number where prefix = ?").param(prefix).update();
      jdbc.sql("delete from doc_number_counter where prefix = ?").param(prefix).update();
    }
  }

  private String narrative(String code) {
    return jdbc.sql("select report_narrative from rect_measure where code = ?")
        .param(code)
        .query((rs, n) -> rs.getString(1))
        .list()
        .get(0);
  }
}
