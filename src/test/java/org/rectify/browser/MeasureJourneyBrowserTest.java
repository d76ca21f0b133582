package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The measure lifecycle walked through Tasklist, on measures the office adds to the seed's plan for
 * 园林绿化科. Journey {@code measure-lifecycle}: the head claims and names the implementer, the clerk
 * reports progress twice, the head submits the completion material, the responsible leader sends it
 * back once (rework), the clerk and the head submit again, the leader approves, the rectification
 * office verifies it, and after the look-back timer the office's look-back closes it (销号). Journey
 * {@code measure-detours}: the other branches people decide (wrong department, hard case, long
 * term).
 */
class MeasureJourneyBrowserTest extends JourneyTestSupport {

  private static final String HEAD = "greeningHead";
  private static final String CLERK = "greening1";
  private static final String LEADER = "leaders3";
  private static final String OFFICE = "rectOffice1";
  private static final String DEPARTMENT = "greening";
  private static final String RECT_OFFICE = "rectOffice";
  private static final String MUNICIPAL = "municipal";
  private static final String MUNICIPAL_HEAD = "municipalHead";
  private static final String MUNICIPAL_CLERK = "municipal1";

  private static final String CLAIM = "认领整改措施";
  private static final String PROGRESS = "填报整改进展";
  private static final String COMPLETION = "提交整改完成材料";
  private static final String LEADER_APPROVAL = "分管领导审核整改情况";
  private static final String VERIFY = "整改办核验整改成效";
  private static final String LOOK_BACK = "开展回头看核查";
  private static final String REASSIGN = "重新指定责任科室";
  private static final String LEADING_GROUP_REVIEW = "领导小组会审整改难题";
  private static final String LONG_TERM = "报送长期落实情况";

  private static final Consumer<TaskForm> GREENING_DONE = reportDone("缺株点位已全部补植，养护巡查台账已建立，每周通报一次。");
  private static final Consumer<TaskForm> GREENING_COMPLETION =
      completion("主干道绿化带缺株 46 处全部补植，建立养护巡查台账并每周通报。", "补植方案\n养护巡查台账", "补植苗木：1200 株");
  private static final Consumer<TaskForm> MUNICIPAL_DONE = reportDone("三个小区路灯线路已更换，巡检维修制度已印发执行。");
  private static final Consumer<TaskForm> MUNICIPAL_COMPLETION =
      completion("老旧小区路灯线路改造完成，建立巡检维修制度。", "路灯线路改造竣工资料\n《路灯巡检维修制度》（已印发）", "更换线路：3.2 公里");

  @Autowired JdbcTemplate jdbc;

  /** Journey {@code measure-lifecycle}. */
  @Test
  void measureGoesFromClaimThroughReworkToItsClosingInTasklist() {
    String code = registerMeasure("主干道绿化带缺株补植，建立养护巡查台账", DEPARTMENT);
    String instance = instanceOf(code);
    Journey journey = journey("measure-lifecycle", instance, code);
    journey.assertHeldBy(CLAIM, HEAD);

    journey.step(
        "head-claims",
        HEAD,
        MY_TASKS,
        CLAIM,
        form -> {
          form.choose("认领，由本科室负责落实");
          form.type("主抓人", "胡绿茵");
          form.type("计划采取的措施", "排查主干道绿化带缺株，分段补植并建立养护巡查台账。");
        });
    journey.assertQueuedFor(PROGRESS, DEPARTMENT);

    journey.step(
        "clerk-reports-progress",
        CLERK,
        DEPARTMENT_TASKS,
        PROGRESS,
        form -> {
          form.type("本期整改进展", "已完成主干道绿化带排查，缺株点位 46 处，补植方案已报科室审定。");
          form.type("完成进度", "40");
          form.choose("继续整改，下期再报");
        });
    journey.assertQueuedFor(PROGRESS, DEPARTMENT);

    journey.step("clerk-reports-done", CLERK, DEPARTMENT_TASKS, PROGRESS, GREENING_DONE);
    journey.assertHeldBy(COMPLETION, HEAD);

    journey.step("head-submits-completion", HEAD, MY_TASKS, COMPLETION, GREENING_COMPLETION);
    journey.assertHeldBy(LEADER_APPROVAL, LEADER);

    journey.step(
        "leader-returns",
        LEADER,
        MY_TASKS,
        LEADER_APPROVAL,
        form -> {
          form.choose("不同意，退回科室");
          form.type("审核意见说明", "养护巡查台账未附，请补充后再报。");
        });
    journey.assertQueuedFor(PROGRESS, DEPARTMENT);

    journey.step("clerk-reports-rework", CLERK, DEPARTMENT_TASKS, PROGRESS, GREENING_DONE);
    journey.assertHeldBy(COMPLETION, HEAD);

    journey.step("head-resubmits-completion", HEAD, MY_TASKS, COMPLETION, GREENING_COMPLETION);
    journey.assertHeldBy(LEADER_APPROVAL, LEADER);

    journey.step(
        "leader-approves",
        LEADER,
        MY_TASKS,
        LEADER_APPROVAL,
        form -> {
          form.choose("同意，报整改办核验");
          form.type("审核意见说明", "台账已补齐，同意报核验。");
        });
    journey.assertQueuedFor(VERIFY, RECT_OFFICE);

    journey.step(
        "office-verifies",
        OFFICE,
        DEPARTMENT_TASKS,
        VERIFY,
        form -> {
          form.choose("已完成");
          form.type("核验意见", "现场抽查 10 处补植点位，苗木成活，台账齐全。");
        });
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(instance)
                .activityIdIn("Timer_LookBackWindow")
                .count())
        .as("the measure waits for its look-back")
        .isEqualTo(1);

    journey.passTimer("Timer_LookBackWindow");
    journey.assertQueuedFor(LOOK_BACK, RECT_OFFICE);

    journey.step(
        "office-looks-back",
        OFFICE,
        DEPARTMENT_TASKS,
        LOOK_BACK,
        form -> {
          form.choose("整改成效巩固，销号");
          form.type("核查情况", "回访两次，补植苗木长势良好，未见反弹。");
        });

    HistoricProcessInstance closed =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(instance)
            .singleResult();
    assertThat(closed.getEndActivityId()).as("销号").isEqualTo("EndEvent_Consolidated");
    journey.assertWalkedAsDeclared();
  }

  /**
   * Journey {@code measure-detours}: the measure lands in the wrong department and the office
   * reassigns it; the office finds it not in place and the leading group rules on the hard case;
   * the second verification turns it into a long-term measure, whose report establishes the
   * mechanism; after the look-back timer the office closes it.
   */
  @Test
  void wrongDepartmentHardCaseAndLongTermTrackingEndInTheLookBack() {
    String code = registerMeasure("老旧小区路灯线路改造，建立巡检维修制度", DEPARTMENT);
    String instance = instanceOf(code);
    Journey journey = journey("measure-detours", instance, code);

    journey.step(
        "head-refuses",
        HEAD,
        MY_TASKS,
        CLAIM,
        form -> {
          form.choose("不属于本科室职责，退回整改办");
          form.type("退回理由", "路灯线路由市政科管养，不属于园林绿化科职责。");
        });
    journey.assertQueuedFor(REASSIGN, RECT_OFFICE);

    journey.step(
        "office-reassigns",
        OFFICE,
        DEPARTMENT_TASKS,
        REASSIGN,
        form -> {
          form.select("责任科室", "市政科");
          form.type("指派说明", "路灯线路属市政科管养范围，改由市政科认领。");
        });
    journey.assertHeldBy(CLAIM, MUNICIPAL_HEAD);

    journey.step(
        "new-head-claims",
        MUNICIPAL_HEAD,
        MY_TASKS,
        CLAIM,
        form -> {
          form.choose("认领，由本科室负责落实");
          form.type("主抓人", "林路通");
        });
    journey.assertQueuedFor(PROGRESS, MUNICIPAL);
    submitAndApprove(journey, "first");
    journey.assertQueuedFor(VERIFY, RECT_OFFICE);

    journey.step(
        "office-finds-not-in-place",
        OFFICE,
        DEPARTMENT_TASKS,
        VERIFY,
        form -> {
          form.choose("未整改到位，退回科室");
          form.type("核验意见", "线路改造涉及电力部门，科室无法单独完成。");
          form.date("重新整改期限", LocalDate.now().plusDays(90));
          form.tick("属于整改难题");
        });
    journey.assertQueuedFor(LEADING_GROUP_REVIEW, "leadingGroup");

    journey.step(
        "leading-group-rules",
        "leadingGroup1",
        DEPARTMENT_TASKS,
        LEADING_GROUP_REVIEW,
        form -> form.type("会审意见", "由市政科牵头，协调供电公司联合施工，月底前报方案。"));
    journey.assertQueuedFor(PROGRESS, MUNICIPAL);
    submitAndApprove(journey, "again");
    journey.assertQueuedFor(VERIFY, RECT_OFFICE);

    journey.step(
        "office-turns-long-term",
        OFFICE,
        DEPARTMENT_TASKS,
        VERIFY,
        form -> {
          form.choose("需长期落实，转入长期跟踪");
          form.type("核验意见", "线路已改造，巡检维修制度需运行一个周期后再看。");
        });
    journey.assertQueuedFor(LONG_TERM, MUNICIPAL);

    journey.step(
        "clerk-reports-long-term",
        MUNICIPAL_CLERK,
        DEPARTMENT_TASKS,
        LONG_TERM,
        form -> {
          form.type("本期落实情况", "巡检维修制度运行满一个月，每周巡检两次，故障当日修复。");
          form.tick("长效机制已建立");
        });
    journey.passTimer("Timer_LookBackWindow");
    journey.assertQueuedFor(LOOK_BACK, RECT_OFFICE);

    journey.step(
        "office-looks-back",
        OFFICE,
        DEPARTMENT_TASKS,
        LOOK_BACK,
        form -> {
          form.choose("整改成效巩固，销号");
          form.type("核查情况", "抽查三个小区，路灯完好，巡检记录齐全。");
        });
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getEndActivityId())
        .as("销号")
        .isEqualTo("EndEvent_Consolidated");
    journey.assertWalkedAsDeclared();
  }

  /** 市政科 reports done, its head submits the material, the leader approves. */
  private void submitAndApprove(Journey journey, String round) {
    journey.step(
        "clerk-reports-done-" + round, MUNICIPAL_CLERK, DEPARTMENT_TASKS, PROGRESS, MUNICIPAL_DONE);
    journey.assertHeldBy(COMPLETION, MUNICIPAL_HEAD);
    journey.step(
        "head-submits-completion-" + round,
        MUNICIPAL_HEAD,
        MY_TASKS,
        COMPLETION,
        MUNICIPAL_COMPLETION);
    journey.assertHeldBy(LEADER_APPROVAL, LEADER);
    journey.step(
        "leader-approves-" + round,
        LEADER,
        MY_TASKS,
        LEADER_APPROVAL,
        form -> form.choose("同意，报整改办核验"));
  }

  private String instanceOf(String code) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("measure-lifecycle")
        .processInstanceBusinessKey(code)
        .singleResult()
        .getId();
  }

  private static Consumer<TaskForm> reportDone(String narrative) {
    return form -> {
      form.type("本期整改进展", narrative);
      form.type("完成进度", "100");
      form.choose("整改已完成，申报完成");
    };
  }

  /** The completion material with the three confirmations of 三不放过 ticked. */
  private static Consumer<TaskForm> completion(
      String statement, String deliverables, String metrics) {
    return form -> {
      form.type("完成情况说明", statement);
      form.type("整改成果", deliverables);
      form.type("量化成效", metrics);
      form.tick("问题已查清");
      form.tick("问题已整改");
      form.tick("有效制度已建立");
    };
  }

  /**
   * The office adds a measure to the running seed plan (POST /api/measures), no user task; the plan
   * is named, since other journeys run plans of their own in the same context.
   */
  private String registerMeasure(String title, String department) {
    long seedPlan = jdbc.queryForObject("select min(id) from rect_plan", Long.class);
    String body =
        """
        {"plan": %d, "problem": 8, "title": "%s", "department": "%s", "phase": 2, "dueDate": "%s"}"""
            .formatted(seedPlan, title, department, LocalDate.now().plusDays(60));
    HttpResponse<String> created =
        new HttpTestClient(port).post("/api/measures", body, OFFICE, "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JsonPath.read(created.body(), "$.code");
  }
}
