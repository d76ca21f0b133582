package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rectify.reminder.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's week (issue 22), walked in Chromium through Tasklist's screens only — every change
 * is made by a click in the browser, the engine and the database are only read in the assertions:
 *
 * <ol>
 *   <li>Monday: 办公室 (office1) registers two contracts in 合同与会议 → 合同登记;
 *   <li>Tuesday: 整改办 (rectOffice1) imports a 5-measure plan in 办公室工作 → 导入整改方案 (preview, then
 *       confirm) and starts it (启动办理: the plan's process begins with 登记巡察反馈意见);
 *   <li>Wednesday: 整改办 plans next week's 局务会 in 合同与会议 → 会议;
 *   <li>Thursday: 整改办 urges an overdue task with the 催办 button in the task detail, and a second
 *       urge is refused with the rate limit shown;
 *   <li>Friday: 整改办 loads next year's holiday notice in 办公室工作 → 工作日日历.
 * </ol>
 *
 * The one set-up outside the browser: the urged task is a test-process task whose due date is set
 * three days back through the engine's TaskService (no screen makes a task overdue; waiting for a
 * real deadline is not an option in a test). Screenshots: {@code target/screenshots/office-week/},
 * copied to {@code docs/screenshots/office-week/}.
 */
class OfficeWeekBrowserTest extends BrowserTestSupport {

  private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
  private static final String CONTRACT_FORM = "rectify-contract-form";
  private static final String MEETING_FORM = "rectify-meeting-plan";
  private static final By CONTRACTS_MENU =
      By.xpath(
          "//button[contains(@class,'rectify-office-button')]"
              + "[starts-with(normalize-space(),'合同与会议')]");
  private static final By OFFICE_WORK_MENU =
      By.xpath(
          "//button[contains(@class,'rectify-office-button')]"
              + "[starts-with(normalize-space(),'办公室工作')]");

  @Autowired private JdbcClient jdbc;
  @Autowired private TaskService taskService;
  @Autowired private HistoryService historyService;
  @Autowired private WorkingDayCalendar workingDays;

  private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  /** As in OfficeContractsBrowserTest: the first Tasklist page of a fresh application is slow. */
  @BeforeAll
  void loadTasklistOnce() {
    browser.open(TASKLIST);
    try {
      browser.waitFor(By.cssSelector("form[name=signinForm]"));
    } catch (TimeoutException stillLoading) {
      browser.open(TASKLIST);
      browser.waitFor(By.cssSelector("form[name=signinForm]"));
    }
  }

  /** The calendar year loaded on Friday is not left to the other tests of the context. */
  @AfterAll
  void backToTheShippedCalendar() {
    jdbc.sql("delete from rem_calendar_day").update();
    jdbc.sql("delete from rem_calendar_year").update();
    workingDays.refresh();
  }

  @Test
  @Order(1)
  void mondayTheOfficeRegistersTwoContracts() {
    String sweeping = "HT-WK-" + run + "-1";
    String toilets = "HT-WK-" + run + "-2";
    logIn("office1");
    openContractsScreen("contracts");
    browser.waitFor(By.id(CONTRACT_FORM));

    fillContract(
        sweeping,
        "坪山街道道路清扫保洁服务",
        "深圳市洁城环境服务有限公司",
        OfficeTestData.creditCode("91440310MA5H0W01"),
        "环卫科",
        "环卫保洁",
        "1250000",
        "元",
        "2026-01-01",
        "2027-12-31");
    submit(CONTRACT_FORM);
    browser.waitForText(status(CONTRACT_FORM), "已登记合同 " + sweeping + "（1,250,000 元（125 万元））");

    fillContract(
        toilets,
        "坪山街道公厕保洁服务",
        "深圳市清源物业管理有限公司",
        OfficeTestData.creditCode("91440310MA5H0W02"),
        "环卫科",
        "环卫保洁",
        "86.5",
        "万元",
        "2026-03-01",
        "2028-02-29");
    submit(CONTRACT_FORM);
    browser.waitForText(status(CONTRACT_FORM), "已登记合同 " + toilets + "（865,000 元（86.5 万元））");

    browser.waitForText(By.cssSelector(".rectify-contract-table"), toilets);
    assertThat(browser.waitFor(By.cssSelector(".rectify-contract-table")).getText())
        .contains(sweeping, "深圳市洁城环境服务有限公司", "1,250,000 元（125 万元）", "2026-01-01 至 2027-12-31")
        .contains(toilets, "深圳市清源物业管理有限公司", "865,000 元（86.5 万元）", "环卫科", "履行中");
    scrollTo(By.cssSelector(".rectify-contract-table"));
    screenshot("01-contracts-registered");

    assertThat(
            jdbc.sql("select amount from contract where number in (?, ?) order by number")
                .params(sweeping, toilets)
                .query(BigDecimal.class)
                .list())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1250000"), new BigDecimal("865000"));
    for (String number : List.of(sweeping, toilets)) {
      assertThat(
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey("contract-renewal")
                  .processInstanceBusinessKey(number)
                  .count())
          .as("the renewal watch of %s runs", number)
          .isOne();
    }
  }

  @Test
  @Order(2)
  void tuesdayTheRectificationOfficeImportsAFiveMeasurePlan() throws IOException {
    logIn("rectOffice1");
    openOfficeWorkScreen("导入整改方案");
    long plans = count("rect_plan");

    Path file = Files.createTempFile("plan-" + run, ".xlsx");
    Files.write(file, OfficeTestData.planWorkbook(run, "市政科"));
    file.toFile().deleteOnExit();
    browser.driver().findElement(By.id("rectify-plan-file")).sendKeys(file.toString());
    browser.waitForClickable(By.cssSelector(".rectify-preview")).click();
    browser.waitForText(By.cssSelector(".rectify-import-result"), "预览通过");
    assertThat(browser.all(By.cssSelector(".rectify-import-result tbody tr"))).hasSize(5);
    assertThat(browser.waitFor(By.cssSelector(".rectify-import-result")).getText())
        .contains(run + "-01", run + "-05", "市政科");
    assertThat(count("rect_plan")).as("a preview stores nothing").isEqualTo(plans);
    screenshot("02-plan-import-preview");

    browser.waitForClickable(By.cssSelector(".rectify-confirm")).click();
    browser.waitForText(By.cssSelector(".rectify-import-result"), "已导入");
    screenshot("03-plan-imported");
    assertThat(
            jdbc.sql(
                    "select m.code from rect_measure m join rect_plan p on p.id = m.plan_id"
                        + " where p.title = ? order by m.code")
                .param(OfficeTestData.planTitle(run))
                .query(String.class)
                .list())
        .containsExactly(run + "-01", run + "-02", run + "-03", run + "-04", run + "-05");
    assertThat(
            jdbc.sql("select status from rect_plan where title = ?")
                .param(OfficeTestData.planTitle(run))
                .query(String.class)
                .single())
        .as("an imported plan waits for the Party group to issue it")
        .isEqualTo("DRAFT");

    browser.waitForClickable(By.cssSelector(".rectify-import-result .rectify-start-plan")).click();
    browser
        .waitForClickable(By.cssSelector(".rectify-import-result .rectify-start-confirm"))
        .click();
    browser.waitForText(By.cssSelector(".rectify-import-result"), "已启动办理");
    screenshot("03b-plan-started");
    String instance =
        jdbc.sql("select process_instance_id from rect_plan where title = ?")
            .param(OfficeTestData.planTitle(run))
            .query(String.class)
            .single();
    assertThat(instance).as("启动办理 starts the plan's process").isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceId(instance).list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly("UserTask_RegisterFeedback");
  }

  @Test
  @Order(3)
  void wednesdayTheRectificationOfficePlansNextWeeksMeeting() {
    String nextWeek = LocalDate.now(BUREAU).plusDays(7).toString();
    String title = "局务会：研究整改方案（" + run + "）";
    logIn("rectOffice1");
    openContractsScreen("meetings");
    browser.waitFor(By.id(MEETING_FORM));

    new Select(field(MEETING_FORM, "meetingType")).selectByVisibleText("局务会");
    replace(MEETING_FORM, "meetingDate", nextWeek);
    replace(MEETING_FORM, "title", title);
    replace(MEETING_FORM, "chair", "leaders1");
    replace(MEETING_FORM, "attendees", "leaders2，leaders3");
    submit(MEETING_FORM);
    browser.waitForText(status(MEETING_FORM), "已计划：" + nextWeek + " " + title);
    browser.waitForText(By.cssSelector(".rectify-meeting-table"), title);
    screenshot("04-meeting-planned");

    assertThat(
            jdbc.sql(
                    "select status || ' ' || cast(meeting_date as varchar(10)) || ' ' || chair"
                        + " from meeting where title = ?")
                .param(title)
                .query(String.class)
                .single())
        .isEqualTo("PLANNED " + nextWeek + " leaders1");
  }

  @Test
  @Order(4)
  void thursdayTheRectificationOfficeUrgesAnOverdueTaskOnceOnly() {
    // set-up, not a user's step: no screen makes a task overdue
    String instance = startCheck("WK-" + run, "环卫作业外包合同台账（催办）").getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    task.setDueDate(Date.from(LocalDate.now(BUREAU).minusDays(3).atStartOfDay(BUREAU).toInstant()));
    taskService.saveTask(task);

    logIn("rectOffice1");
    browser.open(TASKLIST + "#/?task=" + task.getId());
    browser.waitForText(By.cssSelector(".task-details"), TASK_NAME);
    browser.waitForText(By.cssSelector(".rectify-urge-status"), "同一任务每 4 小时最多催办一次；尚未催办过");
    browser.waitFor(By.cssSelector(".rectify-urge-overdue"));
    browser.waitFor(By.cssSelector(".rectify-urge-note")).sendKeys("请于本周五前报送台账");
    browser.waitForClickable(By.cssSelector(".rectify-urge-button")).click();
    browser.waitForText(
        By.cssSelector(".rectify-urge-result"), "已催办“" + TASK_NAME + "”，已通知办理人。下次可催办时间：");
    browser.waitForText(By.cssSelector(".rectify-urge-status"), "上次由");

    browser.waitForClickable(By.cssSelector(".rectify-urge-button")).click();
    browser.waitForText(By.cssSelector(".rectify-urge-result.alert-danger"), "同一任务每 4 小时最多催办一次，请于");
    screenshot("05-urge-rate-limit");

    assertThat(
            jdbc.sql("select urged_by || ' ' || message from rem_urge_log where task_id = ?")
                .param(task.getId())
                .query(String.class)
                .list())
        .as("one urge recorded, the second refused")
        .containsExactly("rectOffice1 请于本周五前报送台账");
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("reminder-urge")
                .variableValueEquals("urgedTaskId", task.getId())
                .count())
        .as("the urge mail to the holder is on its way")
        .isOne();
  }

  @Test
  @Order(5)
  void fridayTheRectificationOfficeLoadsNextYearsCalendar() {
    int year = LocalDate.now(BUREAU).getYear() + 1;
    logIn("rectOffice1");
    openOfficeWorkScreen("工作日日历");
    assertThat(browser.waitFor(By.id("rectify-year")).getAttribute("value"))
        .isEqualTo(String.valueOf(year));
    browser.waitFor(By.id("rectify-text")).sendKeys(OfficeTestData.holidayNotice(year));
    browser.waitForClickable(By.cssSelector(".rectify-preview")).click();
    browser.waitForText(By.cssSelector(".rectify-calendar-result"), "8 个放假日");
    browser.waitForClickable(By.cssSelector(".rectify-confirm")).click();
    browser.waitForText(By.cssSelector(".rectify-calendar-result"), "工作日日历已导入");
    browser.waitForText(By.cssSelector(".rectify-calendar-overview"), "整改办导入");
    assertThat(browser.waitFor(By.cssSelector(".rectify-calendar-overview")).getText())
        .contains(String.valueOf(year), "rectOffice1");
    screenshot("06-calendar-loaded");

    assertThat(
            jdbc.sql("select loaded_by from rem_calendar_year where calendar_year = ?")
                .param(year)
                .query(String.class)
                .single())
        .isEqualTo("rectOffice1");
    assertThat(workingDays.isWorkingDay(LocalDate.of(year, 10, 2))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(year, 1, 1))).isFalse();
  }

  private void logIn(String user) {
    browser.reset();
    browser.open(TASKLIST);
    browser.logIn(user, "demo");
  }

  /** 合同与会议 → one of its screens (contracts, meetings). */
  private void openContractsScreen(String screen) {
    browser.waitForClickable(CONTRACTS_MENU).click();
    browser.waitForClickable(By.cssSelector(".rectify-office-entry-" + screen)).click();
    browser.waitFor(By.id("rectify-office-" + screen));
  }

  /** 办公室工作 → one of its screens, by its Chinese name. */
  private void openOfficeWorkScreen(String entry) {
    browser.waitForClickable(OFFICE_WORK_MENU).click();
    browser
        .waitForClickable(
            By.xpath("//div[contains(@class,'rectify-office-menu')]/a[.='" + entry + "']"))
        .click();
    browser.waitForText(By.cssSelector(".rectify-office-modal .modal-title"), entry);
  }

  private void fillContract(
      String number,
      String title,
      String contractor,
      String code,
      String department,
      String category,
      String amount,
      String unit,
      String startsOn,
      String endsOn) {
    replace(CONTRACT_FORM, "number", number);
    replace(CONTRACT_FORM, "title", title);
    replace(CONTRACT_FORM, "contractor", contractor);
    replace(CONTRACT_FORM, "contractorCreditCode", code);
    new Select(field(CONTRACT_FORM, "department")).selectByVisibleText(department);
    new Select(field(CONTRACT_FORM, "category")).selectByVisibleText(category);
    replace(CONTRACT_FORM, "amount", amount);
    new Select(field(CONTRACT_FORM, "amountUnit")).selectByVisibleText(unit);
    new Select(field(CONTRACT_FORM, "procurementMethod")).selectByVisibleText("公开招标");
    replace(CONTRACT_FORM, "startsOn", startsOn);
    replace(CONTRACT_FORM, "endsOn", endsOn);
    // contracts already running: entered with the legal opinion they were signed on
    new Select(field(CONTRACT_FORM, "signed")).selectByVisibleText("已签订（补录已签订的合同，须有法律意见书）");
    replace(
        CONTRACT_FORM,
        "legalOpinionRef",
        "法意〔" + startsOn.substring(0, 4) + "〕" + (1 + Math.floorMod(number.hashCode(), 90)) + "号");
    replace(
        CONTRACT_FORM, "signedOn", java.time.LocalDate.parse(startsOn).minusDays(10).toString());
  }

  private WebElement field(String form, String name) {
    return browser.waitFor(By.id(form + "-" + name));
  }

  private void replace(String form, String name, String text) {
    WebElement input = field(form, name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  private void submit(String form) {
    browser.waitForClickable(By.id(form + "-submit")).click();
  }

  private void scrollTo(By locator) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(locator));
  }

  private static By status(String form) {
    return By.cssSelector("#" + form + " .rectify-office-status");
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private void screenshot(String name) {
    browser.screenshot("office-week/" + name);
  }
}
