package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rectify.reminder.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Tasklist's 办公室工作 menu (rectify/tasklist-office.js) as the rectification office uses it in
 * Chromium, with the Tasklist login only: register a measure (a refusal first, in Chinese at its
 * fields, nothing stored), import a 5-measure plan (a defective row shown in the preview, then the
 * corrected file previewed and confirmed), load next year's holiday notice and see a holiday
 * counted. The office (办公室) sees no such menu.
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class OfficeWorkBrowserTest extends BrowserTestSupport {

  private static final By MENU_BUTTON = By.cssSelector(".rectify-office-button");
  private static final By MESSAGE = By.cssSelector(".rectify-office-message");

  @Autowired private JdbcClient jdbc;
  @Autowired private TaskService taskService;
  @Autowired private WorkingDayCalendar workingDays;

  private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  @AfterAll
  void backToTheShippedCalendar() {
    jdbc.sql("delete from rem_calendar_day").update();
    jdbc.sql("delete from rem_calendar_year").update();
    workingDays.refresh();
  }

  @Test
  @Order(1)
  void theRectificationOfficeRegistersAMeasure() {
    openScreen("rectOffice1", "登记整改措施");
    long measures = count("rect_measure");
    String seedPlan =
        jdbc.sql("select title from rect_plan where status = 'RUNNING' order by id")
            .query(String.class)
            .list()
            .get(0);
    new Select(browser.waitFor(By.id("rectify-plan"))).selectByVisibleText(seedPlan);
    setDate("rectify-dueDate", LocalDate.now().minusDays(1));
    browser.waitForClickable(By.cssSelector(".rectify-save")).click();

    browser.waitForText(error("title"), "必填，整改措施内容");
    browser.waitForText(error("dueDate"), "整改期限不能早于今天");
    assertThat(browser.waitFor(error("department")).getText()).contains("必填");
    assertThat(browser.waitFor(MESSAGE).getText()).contains("整改措施数据有误，未保存");
    browser.screenshot("40-office-measure-refused");
    assertThat(count("rect_measure")).as("nothing stored").isEqualTo(measures);

    String title = "建立环卫作业外包合同台账并每季度核对" + run;
    browser.waitFor(By.id("rectify-problem")).sendKeys("1");
    browser.waitFor(By.id("rectify-title")).sendKeys(title);
    new Select(browser.waitFor(By.id("rectify-department"))).selectByVisibleText("环卫科");
    new Select(browser.waitFor(By.id("rectify-coDepartments"))).selectByVisibleText("法律顾问");
    new Select(browser.waitFor(By.id("rectify-phase"))).selectByValue("2");
    setDate("rectify-dueDate", LocalDate.now().plusMonths(3));
    browser.waitForClickable(By.cssSelector(".rectify-save")).click();

    browser.waitForText(MESSAGE, "已登记整改措施");
    browser.screenshot("41-office-measure-registered");
    String code =
        jdbc.sql("select code from rect_measure where title = ?")
            .param(title)
            .query(String.class)
            .single();
    assertThat(browser.waitFor(MESSAGE).getText()).contains(code, "环卫科");
    assertThat(
            jdbc.sql(
                    "select department || '|' || co_departments || '|' || phase from rect_measure where code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("sanitation|legal|2");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).count())
        .as("the measure's lifecycle runs")
        .isPositive();
  }

  @Test
  @Order(2)
  void theRectificationOfficeImportsAFiveMeasurePlan() throws IOException {
    openScreen("rectOffice1", "导入整改方案");
    assertThat(browser.waitFor(By.cssSelector(".rectify-template-link")).getAttribute("href"))
        .endsWith("/api/plans/import/template.xlsx");
    long plans = count("rect_plan");

    upload(workbook("不存在科"));
    browser.waitForClickable(By.cssSelector(".rectify-preview")).click();
    browser.waitForText(By.cssSelector(".rectify-import-result"), "未导入");
    WebElement badRow = browser.waitFor(By.cssSelector(".rectify-import-result tr.danger"));
    assertThat(badRow.getText()).contains(run + "-03", "未知部门“不存在科”");
    assertThat(browser.waitFor(By.cssSelector(".rectify-confirm")).isEnabled()).isFalse();
    browser.screenshot("42-office-import-refused");
    assertThat(count("rect_plan")).isEqualTo(plans);

    upload(workbook("市政科"));
    browser.waitForClickable(By.cssSelector(".rectify-preview")).click();
    browser.waitForText(By.cssSelector(".rectify-import-result"), "预览通过");
    assertThat(browser.all(By.cssSelector(".rectify-import-result tbody tr"))).hasSize(5);
    assertThat(count("rect_plan")).as("a preview stores nothing").isEqualTo(plans);
    browser.screenshot("43-office-import-preview");
    browser.waitForClickable(By.cssSelector(".rectify-confirm")).click();

    browser.waitForText(By.cssSelector(".rectify-import-result"), "已导入");
    browser.screenshot("44-office-import-confirmed");
    assertThat(
            jdbc.sql(
                    "select count(*) from rect_measure m join rect_plan p on p.id = m.plan_id"
                        + " where p.title = ? and p.status = 'DRAFT'")
                .param(OfficeTestData.planTitle(run))
                .query(Long.class)
                .single())
        .isEqualTo(5);
  }

  /** 整改方案: the plan imported above is listed as a draft and started from the list. */
  @Test
  @Order(3)
  void theRectificationOfficeStartsTheImportedPlanFromThePlanList() {
    openScreen("rectOffice1", "整改方案");
    By row =
        By.xpath(
            "//div[contains(@class,'rectify-plan-list')]//tr[td[2][.='"
                + OfficeTestData.planTitle(run)
                + "']]");
    assertThat(browser.waitFor(row).getText()).contains("草稿（未启动办理）", "5");
    assertThat(browser.waitFor(By.cssSelector(".rectify-plan-list")).getText())
        .as("the seed plan is listed as running, without a start button")
        .contains("整改中");
    browser
        .waitForClickable(
            By.xpath(
                "(//div[contains(@class,'rectify-plan-list')]//tr[td[2][.='"
                    + OfficeTestData.planTitle(run)
                    + "']])//button[contains(@class,'rectify-start-plan')]"))
        .click();
    browser.waitForText(By.cssSelector(".rectify-start-question"), "不能撤回");
    browser.screenshot("44b-office-plan-start-question");
    browser.waitForClickable(By.cssSelector(".rectify-start-confirm")).click();
    browser.waitForText(By.cssSelector(".rectify-plan-messages"), "已启动办理");
    browser.waitForText(row, "方案审定中");
    browser.screenshot("44c-office-plan-started");
    // a started plan offers its archive package instead: the link downloads with the same login
    WebElement archive =
        browser.waitFor(
            By.xpath(
                "(//div[contains(@class,'rectify-plan-list')]//tr[td[2][.='"
                    + OfficeTestData.planTitle(run)
                    + "']])//a[contains(@class,'rectify-archive')]"));
    assertThat(archive.getText()).isEqualTo("导出归档包");
    Object download =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0].href, {credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('Content-Type') + ' ' + new Uint8Array(b).slice(0, 2).join(','))))"
                    + ".catch(e => done(String(e)));",
                archive);
    assertThat(download)
        .as("status, type and the zip's first bytes PK")
        .isEqualTo("200 application/zip 80,75");
    String instance =
        jdbc.sql("select process_instance_id from rect_plan where title = ?")
            .param(OfficeTestData.planTitle(run))
            .query(String.class)
            .single();
    assertThat(taskService.createTaskQuery().processInstanceId(instance).list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly("UserTask_RegisterFeedback");
  }

  @Test
  @Order(4)
  void theRectificationOfficeLoadsNextYearsNoticeAndTheHolidayCounts() {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
    openScreen("rectOffice1", "工作日日历");
    browser.waitForText(By.cssSelector(".rectify-calendar-overview"), "随程序发布");
    WebElement yearField = browser.waitFor(By.id("rectify-year"));
    assertThat(yearField.getAttribute("value")).isEqualTo(String.valueOf(year));

    browser.waitFor(By.id("rectify-text")).sendKeys("国庆节放假七天");
    browser.waitForClickable(By.cssSelector(".rectify-preview")).click();
    browser.waitForText(error("text"), "未识别出");
    assertThat(jdbc.sql("select count(*) from rem_calendar_year").query(Long.class).single())
        .isZero();

    WebElement text = browser.waitFor(By.id("rectify-text"));
    text.clear();
    text.sendKeys(notice(year));
    browser.waitForClickable(By.cssSelector(".rectify-preview")).click();
    browser.waitForText(By.cssSelector(".rectify-calendar-result"), "8 个放假日");
    assertThat(browser.waitFor(By.cssSelector(".rectify-calendar-result")).getText())
        .contains(year + "-10-02", "国庆节");
    browser.screenshot("45-office-calendar-preview");
    browser.waitForClickable(By.cssSelector(".rectify-confirm")).click();
    browser.waitForText(By.cssSelector(".rectify-calendar-result"), "工作日日历已导入");
    browser.waitForText(By.cssSelector(".rectify-calendar-overview"), "整改办导入");
    assertThat(browser.waitFor(By.cssSelector(".rectify-calendar-overview")).getText())
        .contains("rectOffice1");
    assertThat(workingDays.isWorkingDay(LocalDate.of(year, 10, 2))).isFalse();

    setDate("rectify-from", LocalDate.of(year, 9, 30));
    WebElement days = browser.waitFor(By.id("rectify-days"));
    days.clear();
    days.sendKeys("1");
    browser.waitForClickable(By.cssSelector(".rectify-calculate")).click();
    LocalDate expected = LocalDate.of(year, 10, 8);
    while (expected.getDayOfWeek() == DayOfWeek.SATURDAY
        || expected.getDayOfWeek() == DayOfWeek.SUNDAY) {
      expected = expected.plusDays(1);
    }
    browser.waitForText(By.cssSelector(".rectify-trial-result"), "个工作日是 " + expected);
    assertThat(browser.waitFor(By.cssSelector(".rectify-trial-result")).getText())
        .contains("其间不计", "国庆节");
    browser.screenshot("46-office-calendar-loaded");
  }

  @Test
  @Order(5)
  void theOfficeSeesNoOfficeWorkMenu() {
    browser.open(TASKLIST);
    browser.logIn("office1", "demo");
    browser.waitFor(By.cssSelector(".rectify-done-button"));
    WebElement button =
        browser.waitUntil(
            () ->
                browser.all(By.cssSelector(".rectify-office-button[data-loaded]")).stream()
                    .findFirst()
                    .orElse(null));
    assertThat(button.isDisplayed()).isFalse();
  }

  private void openScreen(String user, String entry) {
    browser.open(TASKLIST);
    browser.logIn(user, "demo");
    browser.waitForClickable(MENU_BUTTON).click();
    if (entry.equals("工作日日历")) {
      browser.waitFor(By.cssSelector(".rectify-office-menu"));
      browser.screenshot("47-office-menu");
    }
    browser
        .waitForClickable(
            By.xpath("//div[contains(@class,'rectify-office-menu')]/a[.='" + entry + "']"))
        .click();
    browser.waitForText(By.cssSelector(".rectify-office-modal .modal-title"), entry);
  }

  private static By error(String field) {
    return By.cssSelector(".rectify-field-error[data-error-for='" + field + "']");
  }

  /** A native date input: set as the picker would (its typed format follows the OS locale). */
  private void setDate(String id, LocalDate date) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            browser.waitFor(By.id(id)),
            date.toString());
  }

  private void upload(byte[] workbook) throws IOException {
    Path file = Files.createTempFile("plan-" + run, ".xlsx");
    Files.write(file, workbook);
    file.toFile().deleteOnExit();
    browser.driver().findElement(By.id("rectify-plan-file")).sendKeys(file.toString());
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private static String notice(int year) {
    return OfficeTestData.holidayNotice(year);
  }

  private byte[] workbook(String thirdDepartment) throws IOException {
    return OfficeTestData.planWorkbook(run, thirdDepartment);
  }
}
