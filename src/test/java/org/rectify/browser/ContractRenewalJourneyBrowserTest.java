package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.rectify.meeting.MeetingRegister;

/**
 * Journeys of {@code contract-renewal} (issue 23): every user task of the renewal, walked in
 * Tasklist as the demo users it is routed to. The office registers a 园林绿化科 contract through the API
 * (no user task); the renewal reminder timer (end − 3 months) is passed on the engine clock and
 * 园林绿化科 decides: renew (pre-review of the topic by the department head, the responsible leader and
 * the office, meeting decision, legal review with one objection and the amendment, signing, team
 * filing) or re-tender (tender plan through pre-review, tender in time). A contract that must be
 * tendered takes the tender path, delayed by a major decision (finance postponement, temporary
 * tender). A contractor found with forged registration exits and the department organises the
 * replacement procurement. The agenda topic and the assessment are walked in the browser too; their
 * processes are declared in {@code walked.txt} by their own journeys.
 */
class ContractRenewalJourneyBrowserTest extends JourneyTestSupport {

  private static final String CLERK = "greening1";
  private static final String HEAD = "greeningHead";
  private static final String LEADER = "leaders3";
  private static final String REVIEWER = "office1";
  private static final String RE_REVIEWER = "officeHead";
  private static final String LAWYER = "legal1";

  private static final String PREPARE = "核查履约并编制续签议题";
  private static final String LEGAL_REVIEW = "出具正式法律意见";
  private static final String AMEND = "按法律意见修改合同条款";
  private static final String SIGN = "签订续签合同";
  private static final String TEAM_FILING = "核验承包商团队备案";
  private static final String SIGNING_REVIEW = "法律顾问审查合同";
  private static final String SIGNING_AMEND = "按法律意见修改合同";
  private static final String SIGN_CONTRACT = "签订合同";
  private static final String TENDER_PLAN = "编制招标计划议题";
  private static final String CONDUCT_TENDER = "组织招标";
  private static final String POSTPONEMENT = "向财政部门申请延期招标";
  private static final String TEMPORARY_TENDER = "临时服务项目招标";
  private static final String REPLACEMENT = "组织替代采购";

  @Test
  void renewalApprovedWithConditionsIsAmendedOnTheLawyersObjectionSignedAndItsTeamFiled() {
    LocalDate endsOn = MeetingRegister.today().plusDays(100);
    String number = "HT-LH-2026-101";
    String instance = register(number, "街心公园绿化养护服务", "91440300MA5H10231M", 860000, endsOn, false);
    Journey journey = journey("contract-renewal-signed", instance, number);
    journey.passTimer("Timer_RenewalReminder");
    journey.assertQueuedFor(PREPARE, "greening");

    journey.step(
        "department-proposes-renewal",
        CLERK,
        DEPARTMENT_TASKS,
        PREPARE,
        form -> {
          form.choose("建议续签");
          form.type("质量优先的理由", "本期考核均为合格，养护质量稳定，市民投诉少，建议续签一年。");
        });
    walkTopic(
        journey,
        instance,
        "contract-renewal-signed-topic",
        MeetingRegister.today().plusDays(14),
        true);
    journey.assertQueuedFor(LEGAL_REVIEW, "legal");

    journey.step(
        "lawyer-objects",
        LAWYER,
        DEPARTMENT_TASKS,
        LEGAL_REVIEW,
        form -> {
          form.type("法律意见书编号", "法意〔2026〕101号");
          form.choose("有异议");
          form.type("明显限制甲方权利的条款", "第十二条：甲方提前解除合同须支付全年服务费的30%。");
          form.type("修改要求", "删除第十二条违约金条款，改为按实际服务期结算。");
        });
    journey.assertQueuedFor(AMEND, "greening");

    journey.step(
        "department-amends-contract",
        CLERK,
        DEPARTMENT_TASKS,
        AMEND,
        form -> form.type("修改情况说明", "已与承包商协商删除第十二条，改为按实际服务期结算。"));
    journey.assertQueuedFor(LEGAL_REVIEW, "legal");

    journey.step(
        "lawyer-clears",
        LAWYER,
        DEPARTMENT_TASKS,
        LEGAL_REVIEW,
        form -> {
          form.type("法律意见书编号", "法意〔2026〕102号");
          form.choose("无异议");
        });
    journey.assertQueuedFor(SIGN, "greening");

    journey.step(
        "department-signs",
        CLERK,
        DEPARTMENT_TASKS,
        SIGN,
        form -> {
          form.date("签订日期", MeetingRegister.today());
          form.date("续签后合同终止日期", endsOn.plusYears(1));
        });
    journey.assertQueuedFor(TEAM_FILING, "greening");

    journey.step(
        "department-checks-team",
        CLERK,
        DEPARTMENT_TASKS,
        TEAM_FILING,
        form -> {
          form.type("项目负责人", "王建林，园林绿化工程师");
          form.type("技术人员", "李青，园艺师；陈树，植保员");
          form.type("设备清单", "高枝修剪机 2 台，洒水车 1 辆");
          form.type("不一致的问题及整改要求", "投标文件承诺洒水车 2 辆，实到 1 辆，须补足。");
          form.type("整改通知书编号", "园林整改〔2026〕101号");
          form.date("整改期限", MeetingRegister.today().plusDays(15));
        });
    JsonNode register = contract(number);
    assertThat(register.get("endsOn").asText()).isEqualTo(endsOn.plusYears(1).toString());
    assertThat(register.get("teamFilings").get(0).get("matchesBid").asBoolean()).isFalse();
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(instance)
                .activityId("Timer_RenewalReminder")
                .timers()
                .count())
        .as("the renewal reminder re-armed for the new term")
        .isEqualTo(1);
    journey.assertWalkedAsDeclared();
  }

  @Test
  void departmentRecommendsRetenderingAndTheTenderIsHeldInTime() {
    LocalDate endsOn = MeetingRegister.today().plusDays(200);
    String number = "HT-LH-2026-102";
    String instance = register(number, "滨河绿道养护服务", "91440300MA5H10232Q", 780000, endsOn, false);
    Journey journey = journey("contract-renewal-retender", instance, number);
    journey.passTimer("Timer_RenewalReminder");
    journey.assertQueuedFor(PREPARE, "greening");

    journey.step(
        "department-recommends-retender",
        CLERK,
        DEPARTMENT_TASKS,
        PREPARE,
        form -> {
          form.choose("建议重新招标");
          form.type("质量优先的理由", "本期保洁质量下滑，群众投诉较多，不宜续签，建议重新招标择优。");
        });
    journey.assertQueuedFor(TENDER_PLAN, "greening");

    journey.step(
        "department-prepares-tender-plan",
        CLERK,
        DEPARTMENT_TASKS,
        TENDER_PLAN,
        form -> {
          form.type("招标计划", "范围：滨河绿道全线养护；预算 90 万元；期满前 1 个月完成公开招标。");
          form.type("预算金额", "900000");
        });
    walkTopic(
        journey,
        instance,
        "contract-renewal-retender-topic",
        MeetingRegister.today().plusDays(10),
        false);
    journey.assertQueuedFor(CONDUCT_TENDER, "greening");

    journey.step(
        "department-tenders-in-time",
        CLERK,
        DEPARTMENT_TASKS,
        CONDUCT_TENDER,
        form -> {
          form.type("招标项目编号", "ZB-LH-2026-102");
          form.choose("能按期完成");
        });
    walkSigning(journey, instance, "contract-renewal-retender-signing", number, false);
    assertEndedAt(instance, "EndEvent_Retendered");
    journey.assertWalkedAsDeclared();
  }

  @Test
  void tenderDelayedByAMajorDecisionIsPostponedAndATemporaryServiceTendered() {
    LocalDate endsOn = MeetingRegister.today().plusDays(220);
    String number = "HT-LH-2026-103";
    String instance = register(number, "城区行道树修剪服务", "91440300MA5H10233U", 1_350_000, endsOn, true);
    Journey journey = journey("contract-tender-postponed", instance, number);
    journey.passTimer("Timer_TenderReminder");
    journey.assertQueuedFor(TENDER_PLAN, "greening");

    journey.step(
        "department-prepares-tender-plan",
        CLERK,
        DEPARTMENT_TASKS,
        TENDER_PLAN,
        form -> {
          form.type("招标计划", "范围：城区主干道行道树修剪；预算 150 万元；公开招标，期满前完成。");
          form.type("预算金额", "1500000");
        });
    walkTopic(
        journey,
        instance,
        "contract-tender-postponed-topic",
        MeetingRegister.today().plusDays(21),
        false);
    journey.assertQueuedFor(CONDUCT_TENDER, "greening");

    journey.step(
        "department-reports-delay",
        CLERK,
        DEPARTMENT_TASKS,
        CONDUCT_TENDER,
        form -> {
          form.type("招标项目编号", "ZB-LH-2026-103");
          form.choose("因重大决策延误");
        });
    journey.assertQueuedFor(POSTPONEMENT, "greening");

    journey.step(
        "department-applies-for-postponement",
        CLERK,
        DEPARTMENT_TASKS,
        POSTPONEMENT,
        form -> {
          form.date("申请日期", MeetingRegister.today());
          form.type("财政部门批复情况", "区财政局同意延期招标三个月，期间实施临时服务项目招标。");
        });
    journey.assertQueuedFor(TEMPORARY_TENDER, "greening");

    journey.step(
        "department-tenders-temporary-service",
        CLERK,
        DEPARTMENT_TASKS,
        TEMPORARY_TENDER,
        form -> {
          form.type("临时服务项目招标编号", "ZB-LH-2026-103-LS");
          form.date("临时服务截止日期", endsOn.plusMonths(3));
        });
    walkSigning(journey, instance, "contract-tender-postponed-signing", number, true);
    assertEndedAt(instance, "EndEvent_Retendered");
    journey.assertWalkedAsDeclared();
  }

  @Test
  void contractorFoundWithForgedRegistrationExitsAndTheDepartmentProcuresAReplacement() {
    LocalDate endsOn = MeetingRegister.today().plusDays(300);
    String number = "HT-LH-2026-104";
    String creditCode = "91440300MA5H10234Y";
    String instance = register(number, "湿地公园保洁服务", creditCode, 520000, endsOn, false);
    Journey journey = journey("contract-replacement", instance, number);
    HttpResponse<String> started =
        new HttpTestClient(port)
            .post(
                "/api/contracts/" + number + "/assessments",
                "{\"assessorGroup\": \"assessmentTeam\"}",
                "office1",
                "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String assessmentInstance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("contract-assessment")
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    Journey assessment = journey("contract-replacement-assessment", assessmentInstance, number);

    assessment.step(
        "team-finds-forged-registration",
        "assessmentTeam1",
        DEPARTMENT_TASKS,
        "开展履约考核",
        form -> {
          form.type("考核期间", "2026年第4季度");
          form.select("考核办法", "公园绿地考核办法");
          form.type("考核得分", "40");
          form.choose("不合格");
          form.type("发现问题及扣分情况", "保洁频次不足；核查发现营业执照复印件与市场监管登记信息不符。");
          form.tick("发现伪造工商登记信息");
        });
    assessment.step(
        "department-summons-contractor",
        CLERK,
        DEPARTMENT_TASKS,
        "约谈承包商负责人并下达整改通知",
        form -> {
          form.type("约谈参加人员", "园林绿化科胡绿茵，承包商法定代表人");
          form.type("整改要求", "说明工商登记信息不符的原因并提交原件备查。");
          form.type("整改通知书编号", "园林整改〔2026〕104号");
        });
    assessment.assertQueuedFor("办公室确认列入黑名单", "office");
    assessment.step(
        "office-confirms-blacklist",
        REVIEWER,
        DEPARTMENT_TASKS,
        "办公室确认列入黑名单",
        form -> form.type("证据材料说明", "市场监管部门出具的登记信息查询结果与承包商提交的营业执照不一致。"));
    assessment.assertEveryTaskWalkedInBrowser();
    journey.assertQueuedFor(REPLACEMENT, "greening");

    journey.step(
        "department-procures-replacement",
        CLERK,
        DEPARTMENT_TASKS,
        REPLACEMENT,
        form -> form.type("替代采购安排", "启动应急采购，三方比价选定临时保洁单位，同时编制重新招标计划。"));
    assertEndedAt(instance, "EndEvent_ContractorExited");
    assertThat(new HttpTestClient(port).get("/api/suppliers/blacklist", "office1", "demo").body())
        .contains(creditCode);
    journey.assertWalkedAsDeclared();
  }

  // helpers

  /**
   * The path ended at {@code endEvent}. (The reminder mail a passed timer set off waits in a
   * parallel branch for the job executor — this context has no mail server, the mails are tested in
   * ContractReminderMailTest — so the instance itself may still be open.)
   */
  private void assertEndedAt(String instance, String endEvent) {
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance)
                .activityId(endEvent)
                .finished()
                .count())
        .as("reached %s", endEvent)
        .isEqualTo(1);
  }

  private JsonNode contract(String number) {
    HttpResponse<String> response =
        new HttpTestClient(port).get("/api/contracts/" + number, "office1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return new ObjectMapper().readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The office registers the contract through the API; its renewal instance waits at a timer. */
  private String register(
      String number,
      String title,
      String creditCode,
      long amount,
      LocalDate endsOn,
      boolean tenderRequired) {
    String body =
        """
        {"number": "%s", "title": "%s", "contractor": "深圳市%s有限公司",
         "contractorCreditCode": "%s", "department": "greening", "category": "parks",
         "amount": %d, "startsOn": "%s", "endsOn": "%s", "tenderRequired": %s,
         "signed": true, "legalOpinionRef": "法意〔2024〕88号", "signedOn": "2024-06-28"}"""
            .formatted(
                number,
                title,
                title.substring(0, 4),
                creditCode,
                amount,
                endsOn.minusYears(1),
                endsOn,
                tenderRequired);
    HttpResponse<String> registered =
        new HttpTestClient(port).post("/api/contracts", body, "office1", "demo");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("contract-renewal")
        .processInstanceBusinessKey(number)
        .singleResult()
        .getId();
  }

  /**
   * The topic the contract waits for at its call activity (上会议题预审), walked by the people it is
   * routed to: department head, responsible leader, office review, re-review by another reviewer,
   * meeting confirmed, a new 局务会 or 局长办公会 scheduled, the meeting's decision recorded.
   */
  /**
   * The contract awarded by the tender is signed through {@code contract-signing}, called by the
   * contract: counsel's opinion (with one objection and the amendment, if asked), then the signing.
   */
  private void walkSigning(
      Journey contract, String contractInstance, String name, String number, boolean objection) {
    String signingInstance =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(contractInstance)
            .processDefinitionKey("contract-signing")
            .singleResult()
            .getId();
    Journey signing = journey(name, signingInstance, number);
    signing.assertQueuedFor(SIGNING_REVIEW, "legal");
    if (objection) {
      signing.step(
          "lawyer-objects",
          LAWYER,
          DEPARTMENT_TASKS,
          SIGNING_REVIEW,
          form -> {
            form.type("法律意见书编号", "法意〔2026〕" + number.substring(number.length() - 3) + "-1号");
            form.choose("有异议");
            form.type("明显限制甲方权利的条款", "第九条：甲方不得以任何理由单方解除合同。");
            form.type("修改要求", "删除第九条，增加承包商违约时甲方的解除权。");
          });
      signing.assertQueuedFor(SIGNING_AMEND, "greening");
      signing.step(
          "department-amends",
          CLERK,
          DEPARTMENT_TASKS,
          SIGNING_AMEND,
          form -> form.type("修改情况说明", "已删除第九条，补充甲方解除权条款。"));
      signing.assertQueuedFor(SIGNING_REVIEW, "legal");
    }
    signing.step(
        "lawyer-clears",
        LAWYER,
        DEPARTMENT_TASKS,
        SIGNING_REVIEW,
        form -> {
          form.type("法律意见书编号", "法意〔2026〕" + number.substring(number.length() - 3) + "号");
          form.choose("无异议");
        });
    signing.assertQueuedFor(SIGN_CONTRACT, "greening");
    signing.step(
        "department-signs",
        CLERK,
        DEPARTMENT_TASKS,
        SIGN_CONTRACT,
        form -> form.date("签订日期", MeetingRegister.today()));
    signing.assertWalkedAsDeclared();
    // the signed contract returns to the contract's instance: its closing step is asynchronous
    contract.runDueJobs();
  }

  private void walkTopic(
      Journey contract,
      String contractInstance,
      String name,
      LocalDate meetingDate,
      boolean conditions) {
    String topicInstance =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(contractInstance)
            .singleResult()
            .getId();
    String topicNumber =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(topicInstance)
            .singleResult()
            .getBusinessKey();
    Journey topic = journey(name, topicInstance, topicNumber);
    topic.assertHeldBy("科室负责人审批", HEAD);
    topic.step(
        "head-approves",
        HEAD,
        MY_TASKS,
        "科室负责人审批",
        form -> {
          form.choose("同意");
          form.type("审批意见", "同意提交。");
        });
    topic.assertHeldBy("分管领导审批", LEADER);
    topic.step("leader-approves", LEADER, MY_TASKS, "分管领导审批", form -> form.choose("同意"));
    topic.assertQueuedFor("办公室审核（C1–C10）", "office");
    topic.step(
        "office-reviews",
        REVIEWER,
        DEPARTMENT_TASKS,
        "办公室审核（C1–C10）",
        form -> {
          form.select("C1 程序顺序", "通过");
          form.select("C2 材料完整性", "通过");
          form.select("C10 会议路由", "通过");
          form.choose("通过，提交复核");
        });
    topic.assertQueuedFor("办公室复核（另一审核人）", "office");
    topic.step(
        "office-re-reviews",
        RE_REVIEWER,
        DEPARTMENT_TASKS,
        "办公室复核（另一审核人）",
        form -> form.choose("同意审核结论"));
    topic.step("office-confirms-meeting", REVIEWER, DEPARTMENT_TASKS, "确认上会会议", form -> {});
    topic.step(
        "office-schedules",
        REVIEWER,
        DEPARTMENT_TASKS,
        "安排上会（选择或新建会议）",
        form -> {
          form.select("会议", "新建");
          form.date("新建会议的日期", meetingDate);
        });
    topic.step(
        "office-records-decision",
        REVIEWER,
        DEPARTMENT_TASKS,
        "登记会议决定",
        form -> {
          if (conditions) {
            form.choose("附条件通过");
            form.type("附加条件", "续签期限不超过一年，合同价款不得上调。");
          } else {
            form.choose("通过");
          }
          form.type("会议纪要编号", "纪要〔2026〕" + topicNumber.substring(topicNumber.length() - 4));
        });
    topic.assertEveryTaskWalkedInBrowser();
    contract.runDueJobs();
  }
}
