package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rectify.supplier.Blacklist;
import org.rectify.supplier.ContractorRepository;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's screens in Tasklist (tasklist-office-contracts.js), driven in Chromium with the
 * Tasklist login only: 合同登记 (two contracts, refusals at the field from the browser's checks and
 * from the API), 会议 (plan, move, record as held, cancel), 黑名单 (an entry with its reason, removed by
 * a leader on a recorded decision) and 催办 on an overdue task (the rate limit refuses a second urge
 * in Chinese). Roles the access matrix does not admit do not see the entry or the button.
 */
class OfficeContractsBrowserTest extends BrowserTestSupport {

  private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
  private static final String CONTRACT_FORM = "rectify-contract-form";

  /**
   * The 合同与会议 button by its label: Tasklist also has the 办公室工作 button with the same class (hidden
   * for users without that menu), and which comes first in the navbar is not fixed.
   */
  private static final By MENU =
      By.xpath(
          "//button[contains(@class,'rectify-office-button')]"
              + "[starts-with(normalize-space(),'合同与会议')]");

  @Autowired private JdbcClient jdbc;
  @Autowired private TaskService taskService;
  @Autowired private Blacklist blacklist;
  @Autowired private ContractorRepository contractors;

  /**
   * The first Tasklist page of a fresh application loads every webapp resource cold; on a shared
   * machine that took longer than a wait allows (seen twice, spinner only). Load it once before the
   * tests, reloading once if the login form has not appeared yet.
   */
  /** What the application logs while a test runs: a refusal is never an ERROR. */
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void captureTheLog() {
    log.list.clear();
    log.start();
    root().addAppender(log);
  }

  @AfterEach
  void noRefusalLoggedAsError() {
    root().detachAppender(log);
    assertThat(log.list)
        .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
        .extracting(ILoggingEvent::getFormattedMessage)
        .as("ordinary refusals are not logged as ERROR")
        .isEmpty();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

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

  @Test
  @Order(1)
  void theOfficeRegistersTwoContractsWithRefusalsShownAtTheField() {
    String first = creditCode("91440310MA5H0B01");
    String second = creditCode("91440310MA5H0B02");
    openScreen("office1", "contracts");
    browser.waitFor(By.id(CONTRACT_FORM));

    // the browser's own checks: the same rules as the API, in Chinese under the field
    fillContract(
        "HT-2026-SAN-B1",
        "坪山街道道路清扫保洁服务",
        "深圳市洁城环境服务有限公司",
        first.substring(0, 17) + wrongCheck(first),
        "环卫科",
        "环卫保洁",
        "1,250,000.00",
        "元",
        "2026-01-01",
        "2025-12-31");
    submit(CONTRACT_FORM);
    browser.waitForText(error(CONTRACT_FORM, "contractorCreditCode"), "统一社会信用代码校验位错误");
    browser.waitForText(error(CONTRACT_FORM, "endsOn"), "合同终止日期早于起始日期");
    browser.waitForText(error(CONTRACT_FORM, "signed"), "请选择签订情况");
    browser.screenshot("office-contract-refused");
    assertThat(contracts("HT-2026-SAN-B1")).isZero();

    // entered as already signed: only with the legal opinion it was signed on and a past signing
    // date
    assertThat(group(CONTRACT_FORM, "legalOpinionRef").isDisplayed())
        .as("the signing record is asked only for a contract already signed")
        .isFalse();
    new Select(field(CONTRACT_FORM, "signed")).selectByVisibleText("已签订（补录已签订的合同，须有法律意见书）");
    replace(CONTRACT_FORM, "contractorCreditCode", first);
    replace(CONTRACT_FORM, "endsOn", "2027年12月31日");
    replace(CONTRACT_FORM, "signedOn", LocalDate.now(BUREAU).plusDays(1).toString());
    submit(CONTRACT_FORM);
    browser.waitForText(error(CONTRACT_FORM, "legalOpinionRef"), "登记已签订的合同须填写签约前法律审查意见书编号");
    browser.waitForText(error(CONTRACT_FORM, "signedOn"), "签订日期不能晚于今天");
    assertThat(contracts("HT-2026-SAN-B1")).isZero();
    replace(CONTRACT_FORM, "legalOpinionRef", "法意〔2025〕31号");
    replace(CONTRACT_FORM, "signedOn", "2025-12-20");
    browser.waitForText(By.cssSelector(".rectify-amount-preview"), "1,250,000 元（125 万元）");
    submit(CONTRACT_FORM);
    browser.waitForText(status(CONTRACT_FORM), "已登记合同 HT-2026-SAN-B1（1,250,000 元（125 万元））");
    assertThat(
            jdbc.sql(
                    "select legal_opinion_ref || ' ' || signed_on from contract where number = 'HT-2026-SAN-B1'")
                .query(String.class)
                .single())
        .isEqualTo("法意〔2025〕31号 2025-12-20");

    // the API's refusal (a number already registered) lands under the number
    fillContract(
        "HT-2026-SAN-B1",
        "坪山街道公厕保洁服务",
        "深圳市清源物业管理有限公司",
        second,
        "环卫科",
        "环卫保洁",
        "86.5",
        "万元",
        "2026-03-01",
        "2028-02-29");
    submit(CONTRACT_FORM);
    browser.waitForText(error(CONTRACT_FORM, "number"), "合同编号 HT-2026-SAN-B1 已登记");
    assertThat(contracts("HT-2026-SAN-B1")).isOne();

    // not signed yet: no opinion of its own; the legal adviser reviews it first (contract-signing)
    replace(CONTRACT_FORM, "number", "HT-2026-SAN-B2");
    new Select(field(CONTRACT_FORM, "signed")).selectByVisibleText("尚未签订（先经法律顾问审查，再签订）");
    assertThat(group(CONTRACT_FORM, "signedOn").isDisplayed()).isFalse();
    submit(CONTRACT_FORM);
    browser.waitForText(status(CONTRACT_FORM), "已登记合同 HT-2026-SAN-B2（865,000 元（86.5 万元）），已送法律顾问审查");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey("HT-2026-SAN-B2")
                .processDefinitionKey("contract-signing")
                .taskCandidateGroup("legal")
                .count())
        .as("the contract not yet signed waits for the legal adviser's review")
        .isOne();
    assertThat(
            jdbc.sql("select amount from contract where number = 'HT-2026-SAN-B2'")
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("865000");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("contract-renewal")
                .processInstanceBusinessKey("HT-2026-SAN-B2")
                .count())
        .isOne();

    browser.waitForText(By.cssSelector(".rectify-contract-table"), "HT-2026-SAN-B2");
    String register = browser.waitFor(By.cssSelector(".rectify-contract-table")).getText();
    assertThat(register)
        .contains("HT-2026-SAN-B1", "1,250,000 元（125 万元）", "2026-01-01 至 2027-12-31")
        .contains("深圳市清源物业管理有限公司", "865,000 元（86.5 万元）", "环卫科", "履行中")
        .contains("2025-12-20 签订（法律意见书 法意〔2025〕31号）", "待法律审查及签订");
    scrollTo(By.cssSelector(".rectify-contract-table"));
    browser.screenshot("office-contracts-registered");
  }

  @Test
  @Order(2)
  void aLeaderReadsTheRegisterButRegistersNothingAndAClerkOnlyForHisDepartment() {
    logIn("leaders1");
    assertThat(entries()).containsExactly("合同登记", "会议", "黑名单");
    openScreen("contracts");
    browser.waitFor(By.cssSelector("#rectify-contract-list table, #rectify-contract-list p"));
    assertThat(browser.all(By.id(CONTRACT_FORM))).as("leaders do not register contracts").isEmpty();

    logIn("greening1");
    assertThat(entries())
        .as("the meeting register is the office's and the leadership's")
        .containsExactly("合同登记", "黑名单");
    openScreen("contracts");
    Select department = new Select(browser.waitFor(By.id(CONTRACT_FORM + "-department")));
    assertThat(department.getOptions())
        .extracting(WebElement::getText)
        .containsExactly("请选择", "园林绿化科");
  }

  @Test
  @Order(3)
  void theOfficePlansMovesRecordsAndCancelsMeetings() {
    String today = LocalDate.now(BUREAU).toString();
    String nextWeek = LocalDate.now(BUREAU).plusDays(7).toString();
    openScreen("office1", "meetings");
    String plan = "rectify-meeting-plan";
    browser.waitFor(By.id(plan));

    new Select(field(plan, "meetingType")).selectByVisibleText("党组会");
    replace(plan, "meetingDate", LocalDate.now(BUREAU).minusDays(1).toString());
    replace(plan, "title", "党组会（浏览器测试）");
    replace(plan, "chair", "nobody");
    submit(plan);
    browser.waitForText(error(plan, "meetingDate"), "计划召开的会议不能安排在今天");
    replace(plan, "meetingDate", nextWeek);
    submit(plan);
    // the API knows the directory: an unknown chair is refused at the field
    browser.waitForText(error(plan, "chair"), "未知用户 nobody");
    replace(plan, "chair", "partySecretary1");
    replace(plan, "attendees", "leaders1，leaders2 leaders3");
    submit(plan);
    browser.waitForText(status(plan), "已计划：" + nextWeek + " 党组会（浏览器测试）");
    long partyGroup = meeting("党组会（浏览器测试）");

    // move it to today, then record it as held: a 党组会 needs its 第一议题
    click(By.cssSelector(".rectify-meeting-move[data-meeting='" + partyGroup + "']"));
    String move = "rectify-meeting-move-" + partyGroup;
    replace(move, "meetingDate", today);
    submit(move);
    browser.waitForText(status(move), "已改期至 " + today);
    assertThat(column("meeting_date", partyGroup)).isEqualTo(today);

    click(By.cssSelector(".rectify-meeting-held[data-meeting='" + partyGroup + "']"));
    String held = "rectify-meeting-held-" + partyGroup;
    replace(held, "minutesRef", "党组会纪要〔2026〕15号");
    submit(held);
    browser.waitForText(error(held, "firstTopic"), "党组会须以“第一议题”");
    assertThat(column("status", partyGroup)).isEqualTo("PLANNED");
    replace(held, "firstTopic", "学习《中国共产党纪律处分条例》");
    submit(held);
    browser.waitForText(status(held), "已登记召开：党组会（浏览器测试），纪要 党组会纪要〔2026〕15号");
    assertThat(column("status", partyGroup)).isEqualTo("HELD");
    assertThat(column("minutes_ref", partyGroup)).isEqualTo("党组会纪要〔2026〕15号");
    assertThat(
            jdbc.sql("select count(*) from meeting_attendee where meeting_id = ?")
                .param(partyGroup)
                .query(Long.class)
                .single())
        .isEqualTo(3);
    browser.screenshot("office-meeting-held");

    // a second one is planned and called off with a reason
    new Select(field(plan, "meetingType")).selectByVisibleText("局务会");
    replace(plan, "meetingDate", nextWeek);
    replace(plan, "title", "局务会（浏览器测试，拟取消）");
    replace(plan, "attendees", "");
    submit(plan);
    browser.waitForText(status(plan), "已计划");
    long bureau = meeting("局务会（浏览器测试，拟取消）");
    click(By.cssSelector(".rectify-meeting-cancel[data-meeting='" + bureau + "']"));
    String cancel = "rectify-meeting-cancel-" + bureau;
    submit(cancel);
    browser.waitForText(error(cancel, "reason"), "请填写取消原因");
    replace(cancel, "reason", "局长外出参加市局会议，议题并入下次局务会");
    submit(cancel);
    browser.waitForText(status(cancel), "会议已取消");
    assertThat(column("status", bureau)).isEqualTo("CANCELLED");
    browser.waitForText(By.cssSelector(".rectify-meeting-table"), "已取消，原因：局长外出参加市局会议");
    browser.screenshot("office-meetings");
  }

  @Test
  @Order(4)
  void aLeaderRemovesABlacklistedContractorOnARecordedDecision() {
    String code = creditCode("91440310MA5H0B03");
    long contractor = contractors.findOrRegister("深圳市伪证绿化工程有限公司", code).id();
    blacklist.add(
        contractor,
        "B1",
        "以虚假材料登记",
        "营业执照复印件系伪造（市场监管局复函〔2026〕21号）",
        null,
        LocalDate.now(BUREAU),
        "office1");

    // the office sees the entry and its reason, and may not hire the contractor, but not lift it
    openScreen("office1", "blacklist");
    browser.waitForText(By.cssSelector(".rectify-blacklist-table"), "深圳市伪证绿化工程有限公司");
    assertThat(browser.waitFor(By.cssSelector(".rectify-blacklist-table")).getText())
        .contains("B1 以虚假材料登记", "营业执照复印件系伪造", code);
    assertThat(browser.all(By.cssSelector(".rectify-blacklist-remove"))).isEmpty();
    openScreen("office1", "contracts");
    browser.waitFor(By.id(CONTRACT_FORM));
    fillContract(
        "HT-2026-GRN-B3",
        "园林养护服务",
        "深圳市伪证绿化工程有限公司",
        code,
        "园林绿化科",
        "园林绿化养护",
        "300000",
        "元",
        "2026-01-01",
        "2026-12-31");
    new Select(field(CONTRACT_FORM, "signed")).selectByVisibleText("尚未签订（先经法律顾问审查，再签订）");
    submit(CONTRACT_FORM);
    browser.waitForText(error(CONTRACT_FORM, "contractorCreditCode"), "已列入黑名单");

    openScreen("leaders1", "blacklist");
    By remove = By.cssSelector(".rectify-blacklist-remove[data-entry='" + entry(contractor) + "']");
    click(remove);
    String removal = "rectify-blacklist-removal-" + entry(contractor);
    submit(removal);
    browser.waitForText(error(removal, "decision"), "移出黑名单须有领导集体决定的记录");
    replace(removal, "decision", "党组会纪要〔2026〕7号");
    browser.screenshot("office-blacklist-removal");
    submit(removal);
    browser.waitForText(status(removal), "已移出黑名单（依据：党组会纪要〔2026〕7号）");
    assertThat(
            jdbc.sql(
                    "select removal_decision || ' ' || removed_by from supplier_blacklist_entry"
                        + " where contractor_id = ?")
                .param(contractor)
                .query(String.class)
                .single())
        .isEqualTo("党组会纪要〔2026〕7号 leaders1");
    assertThat(blacklist.isBlacklisted(contractor)).isFalse();
  }

  @Test
  @Order(5)
  void aLeaderUrgesAnOverdueTaskAndTheRateLimitRefusesASecondUrge() {
    Task task = overdueTask("M93", "绿化带补植（催办测试）");

    openTask("greening1", task.getId());
    browser.waitFor(By.cssSelector("[cam-tasklist-task-meta][data-rectify-urge='hidden']"));
    assertThat(browser.all(By.cssSelector(".rectify-urge-button")))
        .as("clerks do not urge")
        .isEmpty();

    openTask("leaders1", task.getId());
    browser.waitForText(By.cssSelector(".rectify-urge-status"), "同一任务每 4 小时最多催办一次；尚未催办过");
    browser.waitFor(By.cssSelector(".rectify-urge-overdue"));
    browser.waitFor(By.cssSelector(".rectify-urge-note")).sendKeys("请于本周五前补植完毕");
    click(By.cssSelector(".rectify-urge-button"));
    browser.waitForText(
        By.cssSelector(".rectify-urge-result"), "已催办“" + TASK_NAME + "”，已通知办理人。下次可催办时间：");
    browser.waitForText(By.cssSelector(".rectify-urge-status"), "上次由");
    assertThat(browser.waitFor(By.cssSelector(".rectify-urge-status")).getText())
        .contains("下次可催办时间：");

    click(By.cssSelector(".rectify-urge-button"));
    browser.waitForText(By.cssSelector(".rectify-urge-result.alert-danger"), "同一任务每 4 小时最多催办一次，请于");
    browser.screenshot("office-urge-rate-limit");
    assertThat(
            jdbc.sql("select count(*) from rem_urge_log where task_id = ?")
                .param(task.getId())
                .query(Long.class)
                .single())
        .isOne();
    assertThat(
            jdbc.sql("select message from rem_urge_log where task_id = ?")
                .param(task.getId())
                .query(String.class)
                .single())
        .isEqualTo("请于本周五前补植完毕");
  }

  private Task overdueTask(String measure, String title) {
    String instance = startCheck(measure, title).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    task.setDueDate(Date.from(LocalDate.now(BUREAU).minusDays(3).atStartOfDay(BUREAU).toInstant()));
    taskService.saveTask(task);
    return task;
  }

  private void openTask(String user, String taskId) {
    browser.reset();
    browser.open(TASKLIST);
    browser.logIn(user, "demo");
    browser.open(TASKLIST + "#/?task=" + taskId);
    browser.waitForText(By.cssSelector(".task-details"), TASK_NAME);
    browser.waitFor(By.cssSelector(".task-details [cam-tasklist-task-meta]"));
  }

  /** Logs in to Tasklist and opens one of the 合同与会议 menu's screens. */
  private void openScreen(String user, String screen) {
    logIn(user);
    openScreen(screen);
  }

  private void logIn(String user) {
    browser.reset();
    browser.open(TASKLIST);
    browser.logIn(user, "demo");
  }

  private void openScreen(String screen) {
    click(MENU);
    click(By.cssSelector(".rectify-office-entry-" + screen));
    browser.waitFor(By.id("rectify-office-" + screen));
  }

  /** The entries of the 合同与会议 menu, once it has read the user's permissions. */
  private java.util.List<String> entries() {
    click(MENU);
    browser.waitFor(By.cssSelector(".rectify-office-entries a[class^='rectify-office-entry-']"));
    java.util.List<String> labels =
        browser.all(By.cssSelector(".rectify-office-entries a")).stream()
            .map(WebElement::getText)
            .toList();
    click(MENU);
    return labels;
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
  }

  private WebElement group(String form, String name) {
    return browser
        .driver()
        .findElement(By.cssSelector("#" + form + " [data-field='" + name + "']"));
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
    click(By.id(form + "-submit"));
  }

  private void scrollTo(By locator) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(locator));
  }

  private void click(By locator) {
    browser.waitForClickable(locator).click();
  }

  private static By error(String form, String name) {
    return By.id(form + "-" + name + "-error");
  }

  private static By status(String form) {
    return By.cssSelector("#" + form + " .rectify-office-status");
  }

  private long contracts(String number) {
    return jdbc.sql("select count(*) from contract where number = ?")
        .param(number)
        .query(Long.class)
        .single();
  }

  private long meeting(String title) {
    return jdbc.sql("select id from meeting where title = ?")
        .param(title)
        .query(Long.class)
        .single();
  }

  private String column(String column, long meeting) {
    return jdbc.sql("select " + column + " from meeting where id = ?")
        .param(meeting)
        .query(String.class)
        .single();
  }

  private long entry(long contractor) {
    return jdbc.sql(
            "select id from supplier_blacklist_entry where contractor_id = ? and removed_on is null")
        .param(contractor)
        .query(Long.class)
        .single();
  }

  private static String creditCode(String first16) {
    return OfficeTestData.creditCode(first16);
  }

  private static char wrongCheck(String code) {
    return code.charAt(17) == '0' ? '1' : '0';
  }
}
