package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;

/**
 * Journey {@code measure-lifecycle}: a measure the office adds to the seed's plan for 园林绿化科 goes
 * the whole way through Tasklist — the head claims it and names the implementer, the clerk reports
 * progress twice, the head submits the completion material, the responsible leader sends it back
 * once (rework), the clerk and the head submit again, the leader approves, the rectification office
 * verifies it, and after the look-back timer the office's look-back closes it (销号).
 */
class MeasureJourneyBrowserTest extends JourneyTestSupport {

  private static final String HEAD = "greeningHead";
  private static final String CLERK = "greening1";
  private static final String LEADER = "leaders3";
  private static final String OFFICE = "rectOffice1";
  private static final String DEPARTMENT = "greening";
  private static final String RECT_OFFICE = "rectOffice";

  private static final String CLAIM = "认领整改措施";
  private static final String PROGRESS = "填报整改进展";
  private static final String COMPLETION = "提交整改完成材料";
  private static final String LEADER_APPROVAL = "分管领导审核整改情况";
  private static final String VERIFY = "整改办核验整改成效";
  private static final String LOOK_BACK = "开展回头看核查";

  @Test
  void measureGoesFromClaimThroughReworkToItsClosingInTasklist() {
    String code = registerMeasure();
    String instance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("measure-lifecycle")
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
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

    journey.step("clerk-reports-done", CLERK, DEPARTMENT_TASKS, PROGRESS, this::reportDone);
    journey.assertHeldBy(COMPLETION, HEAD);

    journey.step("head-submits-completion", HEAD, MY_TASKS, COMPLETION, this::fillCompletion);
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

    journey.step("clerk-reports-rework", CLERK, DEPARTMENT_TASKS, PROGRESS, this::reportDone);
    journey.assertHeldBy(COMPLETION, HEAD);

    journey.step("head-resubmits-completion", HEAD, MY_TASKS, COMPLETION, this::fillCompletion);
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

  private void reportDone(TaskForm form) {
    form.type("本期整改进展", "缺株点位已全部补植，养护巡查台账已建立，每周通报一次。");
    form.type("完成进度", "100");
    form.choose("整改已完成，申报完成");
  }

  private void fillCompletion(TaskForm form) {
    form.type("完成情况说明", "主干道绿化带缺株 46 处全部补植，建立养护巡查台账并每周通报。");
    form.type("整改成果", "补植方案\n养护巡查台账");
    form.type("量化成效", "补植苗木：1200 株");
    form.tick("问题已查清");
    form.tick("问题已整改");
    form.tick("有效制度已建立");
  }

  /** The office adds a measure for 园林绿化科 to the running seed plan (POST /api/measures). */
  private String registerMeasure() {
    String body =
        """
        {"problem": 8, "title": "主干道绿化带缺株补植，建立养护巡查台账", "department": "greening",
         "phase": 2, "dueDate": "%s"}"""
            .formatted(LocalDate.now().plusDays(60));
    HttpResponse<String> created =
        new HttpTestClient(port).post("/api/measures", body, OFFICE, "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JsonPath.read(created.body(), "$.code");
  }
}
