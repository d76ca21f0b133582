package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;

/**
 * Journey {@code contract-assessment-failed}: the office registers a 园林绿化科 contract and has the
 * assessment team assess it; the team finds it unsatisfactory in Tasklist, 园林绿化科 summons the
 * contractor and issues a rectification notice, the first failure does not exit the contractor, and
 * the department verifies the rectification. Journey {@code contract-contractor-blacklisted}: the
 * assessment team finds a 市政科 contractor's business registration forged, 市政科 summons it, the
 * contractor-exit rule B1 sends the exit to the office, the office confirms the blacklisting in
 * Tasklist (shown the contract it ends and the facts) and the contractor is on the blacklist, its
 * contract exited. Journey {@code contract-forged-in-satisfactory-assessment}: a contractor with
 * two 市政科 contracts passes an assessment on its work but the team finds its registration forged;
 * there is no summons, rule B1 still sends the exit to the office, which sees both contracts, and
 * on its confirmation the contractor is blacklisted and both contracts exit.
 */
class ContractJourneyBrowserTest extends JourneyTestSupport {

  private static final String NUMBER = "HT-LH-2026-017";
  private static final String ASSESSOR = "assessmentTeam1";
  private static final String CLERK = "greening1";

  private static final String ASSESS = "开展履约考核";
  private static final String SUMMON = "约谈承包商负责人并下达整改通知";
  private static final String VERIFY = "核验整改落实情况";
  private static final String CONFIRM_BLACKLIST = "办公室确认列入黑名单";

  @Test
  void failedAssessmentLeadsToASummonsAndAVerifiedRectification() {
    HttpTestClient http = new HttpTestClient(port);
    String contract =
        """
        {"number": "%s", "title": "公园绿地养护服务", "contractor": "深圳市绿源园林工程有限公司",
         "contractorCreditCode": "91440310MA5G00137P", "department": "greening", "category": "parks",
         "amount": 860000, "startsOn": "%s", "endsOn": "%s", "tenderRequired": false,
         "signed": true, "legalOpinionRef": "法意〔2024〕88号", "signedOn": "2024-06-28"}"""
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

  /** Journey {@code contract-contractor-blacklisted}. */
  @Test
  void forgedRegistrationFoundInAnAssessmentPutsTheContractorOnTheBlacklist() {
    String number = "HT-SZ-2026-031";
    String creditCode = "91440310MA5G00238G";
    HttpTestClient http = new HttpTestClient(port);
    String contract =
        """
        {"number": "%s", "title": "背街小巷路灯维护服务", "contractor": "深圳市明路照明工程有限公司",
         "contractorCreditCode": "%s", "department": "municipal", "category": "streetLights",
         "amount": 420000, "startsOn": "%s", "endsOn": "%s", "tenderRequired": false,
         "signed": true, "legalOpinionRef": "法意〔2024〕88号", "signedOn": "2024-06-28"}"""
            .formatted(
                number, creditCode, LocalDate.now().minusDays(200), LocalDate.now().plusDays(500));
    HttpResponse<String> registered = http.post("/api/contracts", contract, "office1", "demo");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    HttpResponse<String> started =
        http.post(
            "/api/contracts/" + number + "/assessments",
            "{\"assessorGroup\": \"assessmentTeam\"}",
            "office1",
            "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String instance = JsonPath.read(started.body(), "$.processInstanceId");
    Journey journey = journey("contract-contractor-blacklisted", instance, number);
    journey.assertQueuedFor(ASSESS, "assessmentTeam");

    journey.step(
        "team-finds-forged-registration",
        ASSESSOR,
        DEPARTMENT_TASKS,
        ASSESS,
        form -> {
          form.type("考核期间", "2026年第4季度");
          form.select("考核办法", "市政路灯考核办法");
          form.type("考核得分", "41");
          form.choose("不合格");
          form.type("发现问题及扣分情况", "亮灯率 82%，低于合同约定；所附营业执照与工商登记信息不符，系伪造。");
          form.tick("发现伪造工商登记信息");
        });
    journey.assertQueuedFor(SUMMON, "municipal");

    journey.step(
        "department-summons-contractor",
        "municipal1",
        DEPARTMENT_TASKS,
        SUMMON,
        form -> {
          form.type("约谈参加人员", "市政科林路通，承包商法定代表人");
          form.type("整改要求", "7 日内恢复亮灯率至 98% 以上，提交真实的营业执照及工商登记材料。");
          form.type("整改通知书编号", "市政整改〔2026〕31号");
        });
    assertThat(runtimeService.getVariable(instance, "exitRule")).isEqualTo("B1");
    journey.assertQueuedFor(CONFIRM_BLACKLIST, "office");

    journey.step(
        "office-confirms-blacklist",
        "office1",
        DEPARTMENT_TASKS,
        CONFIRM_BLACKLIST,
        form -> {
          form.assertShows("终止的合同", number + "　背街小巷路灯维护服务");
          form.assertShows("出局依据", "发现伪造工商登记信息");
          form.type("证据材料说明", "考核组现场核查记录；市场监管部门登记信息查询结果与所附营业执照不符。");
        });
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_ContractorExited");

    HttpResponse<String> blacklist = http.get("/api/suppliers/blacklist", "office1", "demo");
    assertThat(blacklist.statusCode()).as(blacklist.body()).isEqualTo(200);
    List<Map<String, Object>> entries =
        JsonPath.read(blacklist.body(), "$[?(@.creditCode == '" + creditCode + "')]");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0))
        .containsEntry("ruleCode", "B1")
        .containsEntry("contractNumber", number)
        .containsEntry("approver", "office1");
    HttpResponse<String> exited = http.get("/api/contracts/" + number, "office1", "demo");
    assertThat((String) JsonPath.read(exited.body(), "$.status")).isEqualTo("EXITED");
    journey.assertWalkedAsDeclared();
  }

  /** Journey {@code contract-forged-in-satisfactory-assessment}. */
  @Test
  void forgedRegistrationFoundInASatisfactoryAssessmentEndsEveryContractOfTheContractor() {
    String first = "HT-SZ-2026-041";
    String second = "HT-SZ-2026-042";
    String creditCode = "91440310MA5G02503D";
    HttpTestClient http = new HttpTestClient(port);
    for (String number : List.of(first, second)) {
      String contract =
          """
          {"number": "%s", "title": "%s", "contractor": "深圳市亮城照明工程有限公司",
           "contractorCreditCode": "%s", "department": "municipal", "category": "streetLights",
           "amount": 380000, "startsOn": "%s", "endsOn": "%s", "tenderRequired": false,
           "signed": true, "legalOpinionRef": "法意〔2026〕17号", "signedOn": "%s"}"""
              .formatted(
                  number,
                  number.equals(first) ? "主干道路灯维护服务" : "公园景观照明维护服务",
                  creditCode,
                  LocalDate.now().minusDays(100),
                  LocalDate.now().plusDays(600),
                  LocalDate.now().minusDays(110));
      HttpResponse<String> registered = http.post("/api/contracts", contract, "office1", "demo");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }
    HttpResponse<String> started =
        http.post(
            "/api/contracts/" + first + "/assessments",
            "{\"assessorGroup\": \"assessmentTeam\"}",
            "office1",
            "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String instance = JsonPath.read(started.body(), "$.processInstanceId");
    Journey journey = journey("contract-forged-in-satisfactory-assessment", instance, first);

    journey.step(
        "team-passes-work-but-finds-forged-registration",
        ASSESSOR,
        DEPARTMENT_TASKS,
        ASSESS,
        form -> {
          form.type("考核期间", "2026年第4季度");
          form.select("考核办法", "市政路灯考核办法");
          form.type("考核得分", "93");
          form.choose("合格");
          form.type("发现问题及扣分情况", "亮灯率 99%，养护到位；但所附营业执照与工商登记信息不符，系伪造。");
          form.tick("发现伪造工商登记信息");
        });
    assertThat(runtimeService.getVariable(instance, "exitRule")).isEqualTo("B1");
    journey.assertQueuedFor(CONFIRM_BLACKLIST, "office");

    journey.step(
        "office-sees-both-contracts-and-confirms",
        "office1",
        DEPARTMENT_TASKS,
        CONFIRM_BLACKLIST,
        form -> {
          form.assertShows("终止的合同", first + "　主干道路灯维护服务");
          form.assertShows("终止的合同", second + "　公园景观照明维护服务");
          form.assertShows("出局依据", "发现伪造工商登记信息");
          form.type("证据材料说明", "考核组核查记录；市场监管部门登记信息查询结果与所附营业执照不符。");
        });
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_ContractorExited");
    List<Map<String, Object>> entries =
        JsonPath.read(
            http.get("/api/suppliers/blacklist", "office1", "demo").body(),
            "$[?(@.creditCode == '" + creditCode + "')]");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0)).containsEntry("ruleCode", "B1").containsEntry("approver", "office1");
    for (String number : List.of(first, second)) {
      HttpResponse<String> exited = http.get("/api/contracts/" + number, "office1", "demo");
      assertThat((String) JsonPath.read(exited.body(), "$.status")).isEqualTo("EXITED");
    }
    journey.assertWalkedAsDeclared();
  }
}
