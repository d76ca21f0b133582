package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.organization.OrganizationGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo contracts for the embedded default (never in production; {@code
 * rectify.contract.demo.enabled=false} switches them off): a dozen contracts across departments
 * relative to today — some at or past their renewal or tender deadlines — and one contractor with
 * two failed assessments, one assessment away from automatic exit. Three contracts were proposed
 * early and wait in agenda pre-review (two renewals, one tender plan): their instances are moved
 * past the proposal by a process instance modification (visible as such in Cockpit), so the demo
 * shows the call activity without waiting months for the reminders.
 */
@Component
@ConditionalOnExpression("${rectify.demo.enabled:false} and ${rectify.contract.demo.enabled:true}")
class ContractDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(ContractDemoData.class);
  static final String TWO_FAILS = "HT-2025-SAN-02";

  /**
   * The bureau's tender threshold (the agenda's {@code rectify.agenda.tender-threshold} default, 1
   * 000 000 元): every demo contract at or above it was procured by public tender, never by
   * three-quote comparison (issue 25). HT-2025-SAN-01 (3.86 M) was tendered with a renewal option —
   * its renewal still needs the meeting's decision; the others above it are re-tendered at expiry.
   */
  static final BigDecimal TENDER_THRESHOLD = new BigDecimal("1000000");

  /** Renewals already proposed and in agenda pre-review. */
  static final List<String> RENEWALS_IN_REVIEW = List.of("HT-2025-OFF-01", "HT-2025-ENF-02");

  /** A tender plan already submitted and in agenda pre-review. */
  static final String TENDER_IN_REVIEW = "HT-2025-ENF-01";

  private final ContractRegistration registration;
  private final ContractRepository contracts;
  private final AssessmentRepository assessments;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;

  ContractDemoData(
      ContractRegistration registration,
      ContractRepository contracts,
      AssessmentRepository assessments,
      IdentityService identityService,
      RuntimeService runtimeService) {
    this.registration = registration;
    this.contracts = contracts;
    this.assessments = assessments;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    if (!contracts.findAll().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(BusinessDates.ZONE);
    identityService.setAuthentication("office1", List.of(OrganizationGroups.OFFICE));
    try {
      for (ContractRequest request : demoContracts(today)) {
        registration.register(request);
      }
    } finally {
      identityService.clearAuthentication();
    }
    LocalDate first = today.minusMonths(4);
    assessments.addAssessment(
        TWO_FAILS,
        first,
        "第一季度",
        OrganizationGroups.ASSESSMENT_TEAM,
        "assessmentTeam1",
        "GENERAL",
        new BigDecimal("56"),
        false,
        "公厕保洁不到位，异味明显");
    assessments.addSummonsAndNotice(
        TWO_FAILS, first.plusDays(2), "承包商总经理、环卫科科长", "增加保洁频次", "环整〔演示〕1号", first.plusDays(17));
    assessments.recordCompliance(TWO_FAILS, false);
    LocalDate second = today.minusMonths(1);
    assessments.addAssessment(
        TWO_FAILS,
        second,
        "第二季度",
        OrganizationGroups.ASSESSMENT_TEAM,
        "assessmentTeam1",
        "GENERAL",
        new BigDecimal("59"),
        false,
        "整改未落实，设施损坏未报修");
    assessments.addSummonsAndNotice(
        TWO_FAILS, second.plusDays(1), "承包商总经理、环卫科科长", "一周内修复设施", "环整〔演示〕2号", second.plusDays(16));
    for (String number : RENEWALS_IN_REVIEW) {
      proposeEarly(
          number,
          ContractRenewalProcess.TIMER_RENEWAL_REMINDER,
          ContractRenewalProcess.REGISTER_RENEWAL_TOPIC,
          Map.of(
              ContractRenewalProcess.PERFORMANCE_RECORD,
              assessments.performance(number).summary(today),
              "recommendation",
              "RENEW",
              "qualityJustification",
              "服务质量稳定，考核无不合格记录，建议续签一年（演示）"));
    }
    proposeEarly(
        TENDER_IN_REVIEW,
        ContractRenewalProcess.TIMER_TENDER_REMINDER,
        ContractRenewalProcess.REGISTER_TENDER_TOPIC,
        Map.of("tenderPlanSummary", "执法协管服务公开招标，服务期三年（演示）", "estimatedAmount", 6300000));
    LOG.info("Demo contracts loaded");
  }

  /**
   * The department proposed before the reminder: the instance leaves the reminder timer for the
   * topic registration (async, so the job executor registers the topic and calls agenda-prereview).
   * The timer is still in the future, so the job executor cannot race this modification.
   */
  private void proposeEarly(
      String number, String timer, String registerTopic, Map<String, Object> proposal) {
    String instanceId =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(ContractRenewalProcess.KEY)
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    runtimeService.setVariables(instanceId, proposal);
    runtimeService
        .createProcessInstanceModification(instanceId)
        .cancelAllForActivity(timer)
        .startBeforeActivity(registerTopic)
        .execute();
  }

  static List<ContractRequest> demoContracts(LocalDate today) {
    return List.of(
        demo(
            "HT-2025-SAN-01",
            "道路清扫保洁服务（东片区）",
            "深圳市洁城环境服务有限公司",
            "91440310MA5G00959D",
            "sanitation",
            "cleaning",
            "3860000",
            today.minusYears(2),
            today.plusMonths(2).plusDays(10),
            false),
        demo(
            TWO_FAILS,
            "公共厕所管理服务",
            "深圳市净源物业管理有限公司",
            "91440310MA5G01096C",
            "sanitation",
            "cleaning",
            "980000",
            today.minusMonths(10),
            today.plusMonths(14),
            false),
        demo(
            "HT-2025-GRN-01",
            "公园绿地养护服务",
            "深圳市青木园林绿化有限公司",
            "91440310MA5G012338",
            "greening",
            "greening",
            "2450000",
            today.minusYears(2),
            today.plusMonths(7).minusDays(5),
            true),
        demo(
            "HT-2025-GRN-02",
            "行道树修剪服务",
            "深圳市青木园林绿化有限公司",
            "91440310MA5G012338",
            "greening",
            "greening",
            "620000",
            today.minusMonths(6),
            today.plusYears(1),
            false),
        demo(
            "HT-2025-GRN-03",
            "社区公园管理服务",
            "深圳市绿廊景观工程有限公司",
            "91440310MA5G01370Q",
            "greening",
            "parks",
            "1750000",
            today.minusYears(1),
            today.plusMonths(3).plusDays(5),
            true),
        demo(
            "HT-2025-MUN-01",
            "市政路灯维护服务",
            "深圳市光明照明工程有限公司",
            "91440310MA5G01507J",
            "municipal",
            "street-lights",
            "1320000",
            today.minusYears(1),
            today.plusMonths(2).minusDays(5),
            true),
        demo(
            "HT-2025-MUN-02",
            "桥梁隧道定期检测服务",
            "深圳市通衢检测技术有限公司",
            "91440310MA5G016443",
            "municipal",
            "design",
            "860000",
            today.minusMonths(6),
            today.plusMonths(18),
            true),
        demo(
            "HT-2025-ENF-01",
            "执法协管服务",
            "深圳市安泰保安服务有限公司",
            "91440310MA5G01781K",
            "enforcement",
            "security",
            "2100000",
            today.minusYears(1),
            today.plusMonths(10),
            true),
        demo(
            "HT-2025-ENF-02",
            "执法记录仪租赁服务",
            "深圳市视联科技有限公司",
            "91440310MA5G01918D",
            "enforcement",
            "other",
            "180000",
            today.minusMonths(7),
            today.plusMonths(5),
            false),
        demo(
            "HT-2025-ADV-01",
            "户外广告设施巡查服务",
            "深圳市城景信息咨询有限公司",
            "91440310MA5G02055C",
            "advertising",
            "other",
            "360000",
            today.minusMonths(4),
            today.plusMonths(8),
            false),
        demo(
            "HT-2025-OFF-01",
            "机关大院安保服务",
            "深圳市安泰保安服务有限公司",
            "91440310MA5G01781K",
            "office",
            "security",
            "540000",
            today.minusMonths(8),
            today.plusMonths(4),
            false),
        demo(
            "HT-2025-OFF-02",
            "办公楼改造设计服务",
            "深圳市筑景建筑设计有限公司",
            "91110000600037341L",
            "office",
            "design",
            "260000",
            today.minusMonths(2),
            today.plusMonths(20),
            false));
  }

  private static ContractRequest demo(
      String number,
      String title,
      String contractor,
      String code,
      String department,
      String category,
      String amount,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean tender) {
    // every demo contract is running: entered as signed, with the legal opinion it was signed on
    LocalDate signedOn = startsOn.minusDays(10);
    return new ContractRequest(
        number,
        title,
        contractor,
        code,
        department,
        category,
        new BigDecimal(amount),
        tender || new BigDecimal(amount).compareTo(TENDER_THRESHOLD) >= 0 ? "公开招标" : "三方比价",
        startsOn,
        endsOn,
        tender,
        !tender,
        true,
        "法意〔" + signedOn.getYear() + "〕" + number.substring("HT-2025-".length()) + "号",
        signedOn);
  }
}
