package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectify.HttpTestClient;
import org.rectify.meeting.MeetingRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey {@code rectification-plan}: a plan from the inspection group's feedback to its close. The
 * rectification office registers the plan and its first measure through the API ({@code POST
 * /api/plans}, {@code POST /api/measures}: the plan is not startable in Tasklist), then in Tasklist
 * the office registers the feedback, the Party secretary sets up the leading group, the office
 * drafts the plan, the Party Group sends it back once (修改后再审), the office revises it with the Party
 * Group's remarks in view, the Party Group issues it (its measures start), the two-weekly review
 * timer brings the office's progress digest and the leading group's meeting, the phase timers bring
 * the phase 1 and phase 2 reviews and, a year on, the look-back summary. The Party Group's first
 * attempt to close the plan is refused in Chinese, naming the measure still waiting for the
 * office's verification; once the office has handed it over to long-term tracking, the Party Group
 * closes the plan. The measure itself is walked as journey {@code rectification-plan-measure} (环卫科
 * claims, reports and submits, the responsible leader approves, the office verifies).
 */
class RectificationPlanJourneyBrowserTest extends JourneyTestSupport {

  private static final Logger LOG =
      LoggerFactory.getLogger(RectificationPlanJourneyBrowserTest.class);
  private static final String OFFICE = "rectOffice1";
  private static final String SECRETARY = "partySecretary1";
  private static final String PARTY_GROUP = "partyGroup1";
  private static final String LEADING_GROUP = "leadingGroup1";

  private static final String REGISTER = "登记巡察反馈意见";
  private static final String SET_UP = "成立整改工作领导小组";
  private static final String DRAFT = "起草整改方案";
  private static final String APPROVE = "党组会审定整改方案";
  private static final String DIGEST = "整改办汇总整改进展";
  private static final String MEETING = "领导小组听取整改进展";
  private static final String PHASE1 = "第一阶段整改情况总结";
  private static final String PHASE2 = "第二阶段整改情况总结";
  private static final String LOOK_BACK = "回头看工作总结";
  private static final String CLOSE = "党组审定整改工作完成";

  private static final String SANITATION_HEAD = "sanitationHead";
  private static final String CLAIM = "认领整改措施";
  private static final String PROGRESS = "填报整改进展";
  private static final String COMPLETION = "提交整改完成材料";
  private static final String LEADER_APPROVAL = "分管领导审核整改情况";
  private static final String VERIFY = "整改办核验整改成效";

  private static final String TITLE = "关于区委第五巡察组巡察反馈意见的整改方案";

  @Autowired MeetingRegister meetings;

  @Test
  void planGoesFromFeedbackThroughRevisionReviewsAndLookBackToItsClose() {
    HttpTestClient http = new HttpTestClient(port);
    long planId = registerPlan(http);
    String number = "PLAN-" + planId;
    String measure = registerMeasure(http, planId);
    String instance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("rectification-plan")
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    tasklistLoaded();
    Journey journey = journey("rectification-plan", instance, number);
    journey.assertQueuedFor(REGISTER, "rectOffice");

    journey.step(
        "office-registers-feedback",
        OFFICE,
        DEPARTMENT_TASKS,
        REGISTER,
        form -> {
          form.type("巡察组", "区委第五巡察组");
          form.date("反馈日期", LocalDate.now().minusDays(1));
          form.type("反馈意见文件名称", "区委第五巡察组关于巡察城市管理局党组的反馈意见");
          form.date("巡察组要求的整改时限", LocalDate.now().plusDays(180));
          form.type("反馈问题概要", "共反馈 2 个方面 3 个问题：主体责任落实不到位，合同管理不规范。");
        });
    journey.assertQueuedFor(SET_UP, "partySecretary");

    journey.step(
        "secretary-sets-up-leading-group",
        SECRETARY,
        DEPARTMENT_TASKS,
        SET_UP,
        form -> {
          form.type("组长", "王振华（党组书记、局长）");
          form.type("副组长", "李志远、赵建平");
          form.type("成员", "钱立新，各科室负责人");
          form.type("整改办组成人员", "宋立明（主任），周文静");
          form.date("成立日期", LocalDate.now());
        });
    journey.assertQueuedFor(DRAFT, "rectOffice");

    journey.step(
        "office-drafts-plan",
        OFFICE,
        DEPARTMENT_TASKS,
        DRAFT,
        form -> {
          form.type("整改方案名称", TITLE);
          form.type("起草说明", "针对 2 个方面 3 个问题，逐条梳理整改措施，明确责任科室和时限。");
        });
    journey.assertQueuedFor(APPROVE, "partyGroup");

    journey.step(
        "party-group-sends-back",
        PARTY_GROUP,
        DEPARTMENT_TASKS,
        APPROVE,
        form -> {
          form.choose("修改后再审");
          form.type("修改意见", "合同管理问题的整改措施需明确分管领导和完成时限。");
        });
    journey.assertQueuedFor(DRAFT, "rectOffice");

    journey.step(
        "office-revises-plan",
        OFFICE,
        DEPARTMENT_TASKS,
        DRAFT,
        form -> {
          form.assertShows("党组会修改意见", "合同管理问题的整改措施需明确分管领导和完成时限。");
          form.type("起草说明", "已按党组会意见补充合同管理问题的分管领导和完成时限。");
        });
    journey.assertQueuedFor(APPROVE, "partyGroup");

    journey.step(
        "party-group-issues-plan",
        PARTY_GROUP,
        DEPARTMENT_TASKS,
        APPROVE,
        form -> {
          form.choose("同意，印发执行");
          form.type("印发文号", "城管党〔2026〕12号");
          form.date("党组会日期", LocalDate.now());
        });
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("measure-lifecycle")
                .processInstanceBusinessKey(measure)
                .count())
        .as("issuing the plan starts its measure %s", measure)
        .isEqualTo(1);
    assertThat(planStatus(http, planId)).isEqualTo("RUNNING");
    Journey work = walkMeasureToTheOffice(measure);

    journey.passTimer("Timer_ProgressReviewCycle");
    journey.assertQueuedFor(DIGEST, "rectOffice");

    journey.step(
        "office-prepares-digest",
        OFFICE,
        DEPARTMENT_TASKS,
        DIGEST,
        form -> {
          form.assertShows("整改进展（系统实时汇总）", "共 1 条整改措施");
          form.type("进展汇报要点", "方案已印发，环卫科 1 条措施已整改完成，待整改办核验，尚无超期。");
          form.type("提请会审的整改难题", "合同管理整改涉及多个科室，需明确牵头科室。");
        });
    journey.assertQueuedFor(MEETING, "leadingGroup");

    journey.step(
        "leading-group-meets",
        LEADING_GROUP,
        DEPARTMENT_TASKS,
        MEETING,
        form -> {
          form.date("会议日期", LocalDate.now());
          form.type("会议纪要编号", "领导小组纪要〔2026〕3号");
          form.type("会议研究事项和决定", "合同管理整改由办公室牵头，各科室配合，月底前报进展。");
        });
    String meetingTask =
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("UserTask_LeadingGroupMeeting")
            .singleResult()
            .getId();
    assertThat(meetings.recorded("rectification-plan:" + meetingTask))
        .as("the meeting is in the register")
        .isTrue();

    journey.passTimer("Timer_Phase1End");
    journey.assertQueuedFor(PHASE1, "rectOffice");
    journey.step(
        "office-reviews-phase1",
        OFFICE,
        DEPARTMENT_TASKS,
        PHASE1,
        form -> {
          form.type("阶段总结", "立行立改阶段结束：环卫科措施已认领并推进，合同台账已建立。");
          form.type("督办意见", "无超期措施。");
        });

    journey.passTimer("Timer_Phase2End");
    journey.assertQueuedFor(PHASE2, "rectOffice");
    journey.step(
        "office-reviews-phase2",
        OFFICE,
        DEPARTMENT_TASKS,
        PHASE2,
        form -> form.type("阶段总结", "举一反三阶段结束：合同管理制度已修订印发，各项措施按期推进。"));

    journey.passTimer("Timer_Phase3End");
    journey.assertQueuedFor(LOOK_BACK, "rectOffice");
    journey.step(
        "office-summarises-look-back",
        OFFICE,
        DEPARTMENT_TASKS,
        LOOK_BACK,
        form -> form.type("回头看工作总结", "回头看抽查全部措施，未发现反弹，长效机制运行正常。"));
    journey.assertQueuedFor(CLOSE, "partyGroup");

    journey.refused(
        "party-group-finds-open-measure",
        PARTY_GROUP,
        DEPARTMENT_TASKS,
        CLOSE,
        form -> form.type("审定意见", "整改任务全部完成，同意整改工作办结。"),
        "尚有 1 条整改措施未销号或移交长期落实：" + measure);
    journey.assertHeldBy(CLOSE, PARTY_GROUP);

    work.step(
        "office-hands-over-long-term",
        OFFICE,
        DEPARTMENT_TASKS,
        VERIFY,
        form -> {
          form.choose("需长期落实，转入长期跟踪");
          form.type("核验意见", "背街小巷已整治到位，巡查通报机制需长期运行，转入长期跟踪。");
        });
    work.assertQueuedFor("报送长期落实情况", "sanitation");
    work.assertWalkedAsDeclared();

    journey.step(
        "party-group-closes-plan",
        PARTY_GROUP,
        MY_TASKS,
        CLOSE,
        form -> form.type("审定意见", "整改任务已完成，长效机制移交长期落实，同意整改工作办结。"));

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getEndActivityId())
        .as("整改方案办结")
        .isEqualTo("EndEvent_PlanClosed");
    assertThat(planStatus(http, planId)).as("the plan record is closed").isEqualTo("CLOSED");
    journey.assertWalkedAsDeclared();
  }

  /**
   * Journey {@code rectification-plan-measure}: the issued plan's measure in 环卫科 — the head claims
   * it, the clerk reports it done, the head submits the material, the responsible leader approves;
   * it then waits for the office's verification.
   */
  private Journey walkMeasureToTheOffice(String measure) {
    String instance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("measure-lifecycle")
            .processInstanceBusinessKey(measure)
            .singleResult()
            .getId();
    Journey work = journey("rectification-plan-measure", instance, measure);
    work.assertHeldBy(CLAIM, SANITATION_HEAD);
    work.step(
        "head-claims",
        SANITATION_HEAD,
        MY_TASKS,
        CLAIM,
        form -> {
          form.choose("认领，由本科室负责落实");
          form.type("主抓人", "朱清洁");
          form.type("计划采取的措施", "分片包干整治背街小巷卫生死角，每周巡查通报一次。");
        });
    work.assertQueuedFor(PROGRESS, "sanitation");
    work.step(
        "clerk-reports-done",
        "sanitation1",
        DEPARTMENT_TASKS,
        PROGRESS,
        form -> {
          form.type("本期整改进展", "32 条背街小巷卫生死角已清理，巡查通报机制已建立并运行。");
          form.type("完成进度", "100");
          form.choose("整改已完成，申报完成");
        });
    work.assertHeldBy(COMPLETION, SANITATION_HEAD);
    work.step(
        "head-submits-completion",
        SANITATION_HEAD,
        MY_TASKS,
        COMPLETION,
        form -> {
          form.type("完成情况说明", "背街小巷卫生死角全部清理，建立每周巡查通报机制。");
          form.type("整改成果", "整治台账\n《背街小巷巡查通报制度》");
          form.type("量化成效", "清理卫生死角：32 处");
          form.tick("问题已查清");
          form.tick("问题已整改");
          form.tick("有效制度已建立");
        });
    work.assertHeldBy(LEADER_APPROVAL, "leaders3");
    work.step(
        "leader-approves", "leaders3", MY_TASKS, LEADER_APPROVAL, form -> form.choose("同意，报整改办核验"));
    work.assertQueuedFor(VERIFY, "rectOffice");
    return work;
  }

  /**
   * The first Tasklist page of a fresh Spring context can stay on its loading spinner on a loaded
   * machine; as a user would, it is loaded again (up to three times, a minute each) before the
   * first step. What the page was still loading is logged.
   */
  private void tasklistLoaded() {
    By signIn = By.cssSelector("form[name=signinForm]");
    for (int attempt = 1; attempt <= 3; attempt++) {
      browser.open(TASKLIST);
      try {
        new WebDriverWait(browser.driver(), Duration.ofMinutes(1))
            .until(ExpectedConditions.visibilityOfElementLocated(signIn));
        return;
      } catch (TimeoutException spinning) {
        Object loaded =
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.readyState + ' | ' + performance.getEntriesByType('resource')"
                        + ".map(e => e.name.replace(/^https?:\\/\\/[^/]+/, '') + ' '"
                        + " + Math.round(e.duration)).join(', ')");
        LOG.warn("Tasklist still loading after a minute (attempt {}): {}", attempt, loaded);
      }
    }
    browser.waitFor(signIn);
  }

  /** The office registers the plan (POST /api/plans), which starts its process. */
  private long registerPlan(HttpTestClient http) {
    LocalDate today = LocalDate.now();
    String body =
        """
        {"title": "%s", "inspectionGroup": "区委第五巡察组", "inspectedBody": "区城市管理局党组",
         "feedbackDate": "%s", "feedbackDocument": "巡察反馈意见", "declaredMeasureCount": 1,
         "phase1Start": "%s", "phase1End": "%s", "phase2Start": "%s", "phase2End": "%s",
         "phase3Start": "%s", "phase3End": "%s",
         "aspects": [{"heading": "落实主体责任不到位", "problems": ["环境卫生整治不彻底"]},
                     {"heading": "合同管理不规范", "problems": ["合同履约考核流于形式", "合同续签未按时上会"]}]}"""
            .formatted(
                TITLE,
                today.minusDays(1),
                today,
                today.plusDays(60),
                today.plusDays(61),
                today.plusDays(180),
                today.plusDays(181),
                today.plusDays(545));
    HttpResponse<String> created = http.post("/api/plans", body, OFFICE, "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
  }

  /** The office enters a measure of the draft plan (POST /api/measures); it starts on issue. */
  private String registerMeasure(HttpTestClient http, long planId) {
    String body =
        """
        {"plan": %d, "problem": 1, "title": "背街小巷环境卫生专项整治，建立巡查通报机制", "department": "sanitation",
         "phase": 1, "dueDate": "%s"}"""
            .formatted(planId, LocalDate.now().plusDays(50));
    HttpResponse<String> created = http.post("/api/measures", body, OFFICE, "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JsonPath.read(created.body(), "$.code");
  }

  private static String planStatus(HttpTestClient http, long planId) {
    HttpResponse<String> plans = http.get("/api/plans", OFFICE, "demo");
    assertThat(plans.statusCode()).as(plans.body()).isEqualTo(200);
    List<String> status = JsonPath.read(plans.body(), "$[?(@.id == " + planId + ")].status");
    assertThat(status).as("plan %d in /api/plans", planId).hasSize(1);
    return status.get(0);
  }
}
