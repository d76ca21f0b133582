package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectify.meeting.MeetingRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agenda pre-review walked through Tasklist, from the start form on. Journey {@code
 * agenda-price-comparison}: a clerk of 执法科 submits a 三方比价 with three complete quotes (发起流程 →
 * 上会议题预审), the head and the responsible leader approve, the office reviews C1–C10, another office
 * reviewer re-reviews (four eyes), the office confirms the proposed 局务会, schedules the topic on a
 * new meeting and records the meeting's approval. Journey {@code agenda-returned-for-revision}: a
 * 工作请示 the office sends back for missing material, the department revises it (claimed from its
 * queue), head and leader approve again and the office finds it needs no meeting (不予上会).
 */
class AgendaJourneyBrowserTest extends JourneyTestSupport {

  private static final Logger LOG = LoggerFactory.getLogger(AgendaJourneyBrowserTest.class);

  private static final String CLERK = "enforcement1";
  private static final String HEAD = "enforcementHead";
  private static final String LEADER = "leaders2";
  private static final String REVIEWER = "office1";
  private static final String RE_REVIEWER = "officeHead";
  private static final String OFFICE = "office";
  private static final String DEPARTMENT = "enforcement";

  private static final String HEAD_APPROVAL = "科室负责人审批";
  private static final String LEADER_APPROVAL = "分管领导审批";
  private static final String REVIEW = "办公室审核（C1–C10）";
  private static final String RE_REVIEW = "办公室复核（另一审核人）";
  private static final String CONFIRM = "确认上会会议";
  private static final String SCHEDULE = "安排上会（选择或新建会议）";
  private static final String DECISION = "登记会议决定";
  private static final String REVISE = "科室修改议题材料";

  @Autowired private JdbcTemplate jdbc;

  /** Journey {@code agenda-price-comparison}. */
  @Test
  void aPriceComparisonGoesFromTheStartFormToTheMeetingsDecision() {
    long started = System.nanoTime();
    String name = "agenda-price-comparison";
    String title = "执法记录仪维修服务三方比价";
    LocalDate checkedOn = MeetingRegister.today().minusDays(3);
    String number =
        submitTopic(
            name,
            title,
            "三方比价",
            "186000",
            "执法设备维修",
            List.of(
                new Quote(
                    "深圳市安执电子科技有限公司",
                    "91440300MA5H23011M",
                    "186000",
                    checkedOn,
                    "三个工作日内上门检测，十个工作日内修复",
                    "维修后质保一年，故障率低于 2%",
                    "电子设备维修资质二级",
                    "登记信息一致，存续"),
                new Quote(
                    "深圳市警通维修服务有限公司",
                    "91440300MA5H23012Q",
                    "192500",
                    checkedOn,
                    "五个工作日内上门检测，十五个工作日内修复",
                    "维修后质保半年",
                    "电子设备维修资质二级",
                    "登记信息一致，存续"),
                new Quote(
                    "深圳市鹏城设备工程有限公司",
                    "91440300MA5H23013U",
                    "201000",
                    checkedOn,
                    "七个工作日内返厂维修",
                    "维修后质保一年",
                    "电子设备维修资质三级",
                    "登记信息一致，存续")),
            "三家报价单\n执法记录仪故障清单\n工商登记查询截图");
    Journey journey = journey(name, instanceOf(number), number);
    keepStartScreenshot(name);
    journey.assertHeldBy(HEAD_APPROVAL, HEAD);

    journey.step(
        "head-approves",
        HEAD,
        MY_TASKS,
        HEAD_APPROVAL,
        form -> {
          form.choose("同意");
          form.type("审批意见", "故障设备影响执法取证，同意报分管领导。");
        });
    journey.assertHeldBy(LEADER_APPROVAL, LEADER);

    journey.step(
        "leader-approves",
        LEADER,
        MY_TASKS,
        LEADER_APPROVAL,
        form -> {
          form.choose("同意");
          form.type("审批意见", "同意提交办公室审核。");
        });
    journey.assertQueuedFor(REVIEW, OFFICE);
    assertThat(runtimeService.getVariable(instanceOf(number), "c3"))
        .as("C3 prefilled by the automatic checks")
        .isEqualTo("PASS");

    journey.step(
        "office-reviews",
        REVIEWER,
        DEPARTMENT_TASKS,
        REVIEW,
        form -> {
          form.select("C1 程序顺序", "通过");
          form.select("C2 材料完整性", "通过");
          form.select("C10 会议路由", "通过");
          form.choose("通过，提交复核");
          form.type("审核意见", "三家报价要素齐全，工商登记已查询，程序合规。");
        });
    journey.assertQueuedFor(RE_REVIEW, OFFICE);

    journey.step(
        "office-re-reviews",
        RE_REVIEWER,
        DEPARTMENT_TASKS,
        RE_REVIEW,
        form -> {
          form.choose("同意审核结论");
          form.type("复核说明", "复核无误，同意上会。");
        });
    journey.assertQueuedFor(CONFIRM, OFFICE);

    journey.step(
        "office-confirms-meeting",
        REVIEWER,
        DEPARTMENT_TASKS,
        CONFIRM,
        form -> form.select("确认上会会议", "局务会"));
    journey.assertQueuedFor(SCHEDULE, OFFICE);

    LocalDate meetingDate = MeetingRegister.today().plusDays(9);
    journey.step(
        "office-schedules",
        REVIEWER,
        DEPARTMENT_TASKS,
        SCHEDULE,
        form -> {
          form.select("会议", "新建局务会");
          form.date("新建会议的日期", meetingDate);
        });
    journey.assertQueuedFor(DECISION, OFFICE);

    journey.step(
        "office-records-decision",
        REVIEWER,
        DEPARTMENT_TASKS,
        DECISION,
        form -> {
          form.choose("附条件通过");
          form.type("附加条件 / 暂缓原因", "选择报价最低且质保一年的深圳市安执电子科技有限公司，合同须约定修复时限。");
          form.type("会议纪要编号", "局务会纪要〔2026〕31号");
        });

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_Decided");
    Map<String, Object> topic =
        jdbc.queryForMap(
            "select status, decision, minutes_ref, meeting, meeting_date, reviewer, re_reviewer"
                + " from agenda_topic where number = ?",
            number);
    assertThat(topic)
        .containsEntry("status", "DECIDED")
        .containsEntry("decision", "APPROVED_WITH_CONDITIONS")
        .containsEntry("minutes_ref", "局务会纪要〔2026〕31号")
        .containsEntry("meeting", "BUREAU_AFFAIRS")
        .containsEntry("reviewer", REVIEWER)
        .containsEntry("re_reviewer", RE_REVIEWER);
    assertThat(topic.get("meeting_date").toString()).isEqualTo(meetingDate.toString());
    journey.assertWalkedAsDeclared();
    logDuration(name, started);
  }

  /** Journey {@code agenda-returned-for-revision}. */
  @Test
  void aTopicReturnedForRevisionIsRevisedByTheDepartmentAndReviewedAgain() {
    long started = System.nanoTime();
    String name = "agenda-returned-for-revision";
    String number = submitTopic(name, "执法队员夏季执勤装备购置请示", "工作请示", "86000", "执勤装备", List.of(), "购置请示");
    Journey journey = journey(name, instanceOf(number), number);
    keepStartScreenshot(name);
    journey.assertHeldBy(HEAD_APPROVAL, HEAD);

    journey.step("head-approves", HEAD, MY_TASKS, HEAD_APPROVAL, form -> form.choose("同意"));
    journey.assertHeldBy(LEADER_APPROVAL, LEADER);
    journey.step("leader-approves", LEADER, MY_TASKS, LEADER_APPROVAL, form -> form.choose("同意"));
    journey.assertQueuedFor(REVIEW, OFFICE);
    journey.step(
        "office-returns",
        REVIEWER,
        DEPARTMENT_TASKS,
        REVIEW,
        form -> {
          form.select("C1 程序顺序", "通过");
          form.select("C2 材料完整性", "不通过");
          form.select("C10 会议路由", "通过");
          form.choose("可补正，退回科室修改");
          form.type("审核意见", "缺少装备清单和询价材料，请补充后重新报批。");
        });
    journey.assertQueuedFor(REVISE, DEPARTMENT);
    assertThat(
            jdbc.queryForObject(
                "select status from agenda_topic where number = ?", String.class, number))
        .isEqualTo("RETURNED");

    journey.step(
        "clerk-revises",
        CLERK,
        DEPARTMENT_TASKS,
        REVISE,
        form -> form.type("修改说明", "已补充装备清单（执勤雨衣 60 套、降温背心 60 件）和两家询价单。"));
    journey.assertHeldBy(HEAD_APPROVAL, HEAD);

    journey.step(
        "head-approves-again",
        HEAD,
        MY_TASKS,
        HEAD_APPROVAL,
        form -> {
          form.choose("同意");
          form.type("审批意见", "材料已补充，同意。");
        });
    journey.assertHeldBy(LEADER_APPROVAL, LEADER);
    journey.step(
        "leader-approves-again", LEADER, MY_TASKS, LEADER_APPROVAL, form -> form.choose("同意"));
    journey.assertQueuedFor(REVIEW, OFFICE);
    journey.step(
        "office-rejects",
        REVIEWER,
        DEPARTMENT_TASKS,
        REVIEW,
        form -> {
          form.select("C1 程序顺序", "通过");
          form.select("C2 材料完整性", "通过");
          form.select("C10 会议路由", "通过");
          form.choose("不予上会");
          form.type("审核意见", "金额在科室采购权限内，按内部采购程序办理，无需上会。");
        });

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_Rejected");
    Map<String, Object> topic =
        jdbc.queryForMap("select status, revision from agenda_topic where number = ?", number);
    assertThat(topic).containsEntry("status", "REJECTED");
    assertThat(((Number) topic.get("revision")).intValue()).isEqualTo(1);
    journey.assertWalkedAsDeclared();
    logDuration(name, started);
  }

  record Quote(
      String supplier,
      String creditCode,
      String price,
      LocalDate checkedOn,
      String executionPlan,
      String expectedEffect,
      String qualification,
      String checkResult) {}

  /**
   * {@link #CLERK} logs in, opens 发起流程 → 上会议题预审, fills the start form by its labels and presses 发起;
   * returns the number the topic was registered under.
   */
  private String submitTopic(
      String journeyName,
      String title,
      String type,
      String amount,
      String category,
      List<Quote> quotes,
      String attachments) {
    browser.reset();
    browser.open(TASKLIST);
    browser.logIn(CLERK, "demo");
    browser.waitForClickable(By.xpath("//a[normalize-space()='发起流程']")).click();
    browser.waitForClickable(By.xpath("//a[normalize-space()='上会议题预审']")).click();
    browser.waitForText(By.cssSelector(".fjs-form"), "提交上会议题");
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put(labelled("议题名称"), title);
    typeAll(typed);
    choose("议题类型", type);
    choose("承办科室", "执法科");
    typed.put(labelled("采购/事项类别"), category);
    typed.put(labelled("金额（元）"), amount);
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      typed.put(nth("供应商名称", i), quote.supplier());
      typed.put(nth("统一社会信用代码", i), quote.creditCode());
      typed.put(nth("报价（元）", i), quote.price());
      typed.put(nth("执行方案", i), quote.executionPlan());
      typed.put(nth("预期效果", i), quote.expectedEffect());
      typed.put(nth("资质证书", i), quote.qualification());
      typed.put(nth("工商登记查询结果", i), quote.checkResult());
    }
    typeAll(typed);
    for (int i = 0; i < quotes.size(); i++) {
      date(nth("工商登记查询日期", i), quotes.get(i).checkedOn());
    }
    WebElement list = browser.waitFor(By.xpath(labelled("附件清单") + "/following::textarea[1]"));
    list.clear();
    list.sendKeys(attachments);
    // a re-render while a later field was typed can empty an earlier one: check them all again
    typeAll(typed);
    for (int i = 0; i < quotes.size(); i++) {
      assertThat(input(nth("工商登记查询日期", i)).getAttribute("value"))
          .as("工商登记查询日期 of quote %d", i + 1)
          .isNotBlank();
    }
    browser.screenshot(JOURNEYS.resolve(journeyName + "-start.png"));
    list.click();
    By start = By.xpath("//button[normalize-space()='发起']");
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(start));
    browser.waitForClickable(start).click();
    return browser.waitUntil(
        () -> {
          String text = browser.waitFor(By.tagName("body")).getText();
          assertThat(text).doesNotContain("表单错误").doesNotContain("议题信息有误");
          assertThat(TaskForm.ENGLISH_REFUSAL.matcher(text).find()).as(text).isFalse();
          List<String> numbers =
              jdbc.queryForList(
                  "select number from agenda_topic where title = ? and submitted_by = ?",
                  String.class,
                  title,
                  CLERK);
          return numbers.isEmpty() ? null : numbers.get(0);
        });
  }

  private String instanceOf(String number) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("agenda-prereview")
        .processInstanceBusinessKey(number)
        .singleResult()
        .getId();
  }

  /** The filled start form, taken before the journey existed, becomes its step 00. */
  private static void keepStartScreenshot(String journeyName) {
    Path shot = JOURNEYS.resolve(journeyName + "-start.png");
    try {
      Files.createDirectories(JOURNEYS.resolve(journeyName));
      Files.move(
          shot,
          JOURNEYS.resolve(journeyName).resolve("00-clerk-submits-topic.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void logDuration(String journeyName, long started) {
    LOG.info(
        "Journey {} from the start form: {} s",
        journeyName,
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  /** The label of the {@code index}th (0-based) quote row's field. */
  private static String nth(String label, int index) {
    return "(" + labelled(label) + ")[" + (index + 1) + "]";
  }

  private WebElement input(String label) {
    return browser.waitFor(By.xpath(label + "/following::input[1]"));
  }

  /**
   * Types every value whose input does not hold it yet and checks that form-js kept it: under load
   * a re-render can swallow keys typed while it runs, so a lost value is typed again.
   */
  private void typeAll(Map<String, String> values) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      String label = value.getKey();
      String text = value.getValue();
      for (int attempt = 0;
          attempt < 3 && !text.equals(input(label).getAttribute("value"));
          attempt++) {
        WebElement element = input(label);
        ((JavascriptExecutor) browser.driver())
            .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.clear();
        element.sendKeys(text);
        try {
          new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
              .until(ignored -> text.equals(input(label).getAttribute("value")));
        } catch (TimeoutException lost) {
          // typed again
        }
      }
      assertThat(input(label).getAttribute("value")).as(label).isEqualTo(text);
    }
  }

  /** Types the date as form-js reads it (month/day/year) and confirms it with Enter. */
  private void date(String label, LocalDate date) {
    String text = date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    WebElement field = input(label);
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text, Keys.ENTER);
  }
}
