package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;

/**
 * Journey {@code contract-assessment-failed}: the office registers a 园林绿化科 contract and has the
 * assessment team assess it; the team finds it unsatisfactory in Tasklist, 园林绿化科 summons the
 * contractor and issues a rectification notice, the first failure does not exit the contractor, and
 * the department verifies the rectification.
 */
class ContractJourneyBrowserTest extends JourneyTestSupport {

  private static final String NUMBER = "HT-LH-2026-017";
  private static final String ASSESSOR = "assessmentTeam1";
  private static final String CLERK = "greening1";

  private static final String ASSESS = "开展履约考核";
  private static final String SUMMON = "约谈承包商负责人并下达整改通知";
  private static final String VERIFY = "核验整改落实情况";

  @Test
  void failedAssessmentLeadsToASummonsAndAVerifiedRectification() {
    HttpTestClient http = new HttpTestClient(port);
    String contract =
        """
        {"number": "%s", "title": "公园绿地养护服务", "contractor": "深圳市绿源园林工程有限公司",
         "contractorCreditCode": "91440310MA5G00137P", "department": "greening", "category": "parks",
         "amount": 860000, "startsOn": "%s", "endsOn": "%s", "tenderRequired": false}"""
            .formatted(NUMBER, LocalDate.now().minusDays(300), LocalDate.now().plusDays(400));
    HttpResponse<String> registered = http.post("/api/contracts", contract, "office1", "demo");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    HttpResponse<String> started =
        http.post(
            "/api/contracts/" + NUMBER + "/assessments",
            "{\"assessorGroup\": \"assessmentTeam\"}",
            "office1",
            "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String instance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("contract-assessment")
            .processInstanceBusinessKey(NUMBER)
            .singleResult()
            .getId();
    Journey journey = journey("contract-assessment-failed", instance, NUMBER);
    journey.assertQueuedFor(ASSESS, "assessmentTeam");

    journey.step(
        "team-assesses-unsatisfactory",
        ASSESSOR,
        DEPARTMENT_TASKS,
        ASSESS,
        form -> {
          form.type("考核期间", "2026年第4季度");
          form.select("考核办法", "公园绿地考核办法");
          form.type("考核得分", "58");
          form.choose("不合格");
          form.type("发现问题及扣分情况", "草坪斑秃 12 处，枯枝未及时清理，扣 42 分。");
        });
    journey.assertQueuedFor(SUMMON, "greening");

    journey.step(
        "department-summons-contractor",
        CLERK,
        DEPARTMENT_TASKS,
        SUMMON,
        form -> {
          form.type("约谈参加人员", "园林绿化科胡绿茵，承包商项目经理");
          form.type("整改要求", "15 日内补植斑秃草坪，枯枝当日清理并建立巡查记录。");
          form.type("整改通知书编号", "园林整改〔2026〕17号");
        });
    journey.assertQueuedFor(VERIFY, "greening");

    journey.step(
        "department-verifies-rectification",
        CLERK,
        DEPARTMENT_TASKS,
        VERIFY,
        form -> {
          form.choose("已按要求整改");
          form.type("核验情况", "现场复查，草坪已补植，巡查记录齐全。");
        });
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_Rectified");
    journey.assertWalkedAsDeclared();
  }
}
