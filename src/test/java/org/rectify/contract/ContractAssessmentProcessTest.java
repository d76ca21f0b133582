package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.rectify.contract.ContractAssessmentProcess.*;
import static org.rectify.contract.ProcessTestSupport.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.reminder.ReminderTimes;
import org.rectify.supplier.Blacklist;
import org.rectify.supplier.Contractor;
import org.rectify.supplier.ContractorRepository;

/**
 * Every path of {@code contract-assessment}: satisfactory; unsatisfactory → summons + notice → no
 * exit → notice deadline reminder and compliance check; third consecutive failure → {@code
 * contractor-exit} B2 → office confirms → blacklist, contract exited, {@code contract-renewal}
 * ended into replacement procurement; forged registration → B1, also when found in a satisfactory
 * assessment (no summons). The exit facts are the contractor's over all its contracts: failures on
 * two contracts add up to B2 and every running contract of the contractor exits.
 */
@Deployment(
    resources = {
      "processes/contract-assessment.bpmn",
      "processes/contractor-exit.dmn",
      "processes/contract-renewal.bpmn"
    })
class ContractAssessmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-contract.cfg.xml").build();

  private static final String NUMBER = "HT-2026-007";
  private static final long CONTRACTOR_ID = 41L;

  private final ContractRepository contracts = mock(ContractRepository.class);
  private final AssessmentRepository assessments = mock(AssessmentRepository.class);
  private final ContractorRepository contractors = mock(ContractorRepository.class);
  private final Blacklist blacklist = mock(Blacklist.class);
  private final RecordingReminderMail reminderMail = new RecordingReminderMail();

  /**
   * The contractor's assessments over all its contracts, newest first, as the register keeps them.
   */
  private final List<ContractorAssessment> history = new ArrayList<>();

  private Contract contract;
  private ManagementService managementService;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    managementService = extension.getProcessEngine().getManagementService();
    ContractProperties properties = new ContractProperties();
    Mocks.register(
        "assessmentRecorder", new RecordAssessmentDelegate(assessments, contracts, contractors));
    Mocks.register("summonsRecorder", new RecordSummonsDelegate(assessments, properties));
    Mocks.register(
        "exitFactsCompiler",
        new CompileExitFactsDelegate(assessments, contracts, contractors, properties));
    Mocks.register("contractorBlacklister", new BlacklistContractorDelegate(contracts, blacklist));
    Mocks.register("rectificationComplianceRecorder", new RecordComplianceDelegate(assessments));
    Mocks.register("contractTermScheduler", new ScheduleTermDelegate(properties));
    Mocks.register("reminderMail", reminderMail);
    Mocks.register("reminderTimes", ReminderTimes.withDefaults());
    Mocks.register("routineAssessmentStarter", new StartRoutineAssessmentDelegate());
    clockAt(LocalDateTime.of(2026, 11, 27, 10, 0));
    contract =
        new Contract(
            7,
            NUMBER,
            "道路清扫保洁服务",
            CONTRACTOR_ID,
            "深圳市某某环境服务有限公司",
            "91440300MA5F000010",
            "sanitation",
            "cleaning",
            new BigDecimal("1200000"),
            "公开招标",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2027, 12, 31),
            false,
            true,
            0,
            null,
            "ACTIVE",
            false,
            false);
    when(contracts.findByNumber(NUMBER)).thenReturn(Optional.of(contract));
    when(contractors.findById(CONTRACTOR_ID))
        .thenReturn(
            Optional.of(
                new Contractor(
                    CONTRACTOR_ID, contract.contractor(), contract.contractorCreditCode(), false)));
    when(contracts.runningOfContractor(CONTRACTOR_ID)).thenReturn(List.of(contract));
    performanceWith(0, 1);
    when(assessments.contractorAssessments(CONTRACTOR_ID)).thenAnswer(inv -> List.copyOf(history));
  }

  private void performanceWith(int uncompliedNotices, int summons) {
    when(assessments.contractorPerformance(CONTRACTOR_ID))
        .thenAnswer(
            inv ->
                new PerformanceRecord(
                    history.stream().map(ContractorAssessment::asRecord).toList(),
                    uncompliedNotices,
                    summons));
  }

  private static ContractorAssessment assessment(
      String contract, LocalDate on, String period, boolean satisfactory) {
    return new ContractorAssessment(
        contract, on, period, "assessmentTeam", new BigDecimal("55"), satisfactory, "保洁不到位");
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance startAssessment() {
    return runtimeService()
        .startProcessInstanceByKey(
            KEY,
            NUMBER,
            ContractAssessmentProcess.startVariables(
                new Contract(
                    7,
                    NUMBER,
                    "道路清扫保洁服务",
                    CONTRACTOR_ID,
                    "深圳市某某环境服务有限公司",
                    "91440300MA5F000010",
                    "sanitation",
                    "cleaning",
                    BigDecimal.ONE,
                    null,
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    false,
                    true,
                    0,
                    null,
                    "ACTIVE",
                    false,
                    false),
                "环卫科",
                "assessmentTeam"));
  }

  private void failedBefore(int count) {
    for (int i = count; i >= 1; i--) {
      history.add(
          assessment(NUMBER, LocalDate.of(2026, 11, 27).minusMonths(i), "第" + i + "期", false));
    }
    history.sort((a, b) -> b.assessedOn().compareTo(a.assessedOn()));
  }

  /**
   * The assessment the user records now is appended to the register (newest first), as the
   * repository would.
   */
  private void assess(ProcessInstance pi, String result) {
    assertThat(task(ASSESS, pi)).hasCandidateGroup("assessmentTeam");
    complete(
        task(ASSESS, pi),
        withVariables(
            ASSESSMENT_PERIOD,
            "2026年11月",
            METHOD_REF,
            "GENERAL",
            SCORE,
            58,
            ASSESSMENT_RESULT,
            result,
            FINDINGS,
            "路面垃圾未及时清扫",
            FORGED_REGISTRATION,
            false));
    history.add(
        0,
        new ContractorAssessment(
            NUMBER,
            LocalDate.of(2026, 11, 27),
            "2026年11月",
            "assessmentTeam",
            new BigDecimal("58"),
            "SATISFACTORY".equals(result),
            "路面垃圾未及时清扫"));
    runDueJobs(managementService, pi.getId());
  }

  private void summon(ProcessInstance pi) {
    assertThat(task(SUMMON, pi)).hasCandidateGroup("sanitation");
    complete(
        task(SUMMON, pi),
        withVariables(
            PARTICIPANTS,
            "承包商总经理、环卫科科长",
            REQUIREMENTS,
            "增派保洁人员",
            NOTICE_NO,
            "整改〔2026〕5号",
            NOTICE_DEADLINE,
            "2026-12-10"));
    runDueJobs(managementService, pi.getId());
  }

  @Test
  void satisfactoryAssessmentIsRecordedAndEnds() {
    ProcessInstance pi = startAssessment();
    assess(pi, "SATISFACTORY");
    assertThat(pi).isEnded().hasPassed(RECORD_ASSESSMENT, END_SATISFACTORY).hasNotPassed(SUMMON);
    verify(assessments)
        .addAssessment(
            eq(NUMBER),
            eq(LocalDate.of(2026, 11, 27)),
            eq("2026年11月"),
            eq("assessmentTeam"),
            any(),
            eq("GENERAL"),
            eq(new BigDecimal("58")),
            eq(true),
            anyString());
  }

  @Test
  void firstFailureLeadsToSummonsNoticeAndRectificationCheckWithoutExit() {
    ProcessInstance pi = startAssessment();
    assess(pi, "UNSATISFACTORY");
    summon(pi);
    verify(assessments)
        .addSummonsAndNotice(
            NUMBER,
            LocalDate.of(2026, 11, 27),
            "承包商总经理、环卫科科长",
            "增派保洁人员",
            "整改〔2026〕5号",
            LocalDate.of(2026, 12, 10));
    assertThat(pi).hasPassed(DECIDE_EXIT).isWaitingAt(VERIFY_RECTIFICATION);
    assertThat(pi)
        .variables()
        .containsEntry(CONSECUTIVE_FAILS, 1)
        .containsEntry(REPEATED_NON_COMPLIANCE, false);
    assertThat(task(VERIFY_RECTIFICATION, pi)).hasDueDate(at(LocalDate.of(2026, 12, 10)));

    clockAt(LocalDateTime.of(2026, 12, 10, 9, 1));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.types()).containsExactly("OVERDUE");
    complete(task(VERIFY_RECTIFICATION, pi), withVariables(RECTIFICATION_RESULT, "NOT_COMPLIED"));
    runDueJobs(managementService, pi.getId());
    assertThat(pi).isEnded().hasPassed(RECORD_COMPLIANCE, END_RECTIFIED);
    verify(assessments).recordCompliance(NUMBER, false);
    verify(blacklist, never())
        .add(
            any(Long.class),
            anyString(),
            anyString(),
            anyString(),
            anyString(),
            any(),
            anyString());
  }

  @Test
  void thirdConsecutiveFailureBlacklistsTheContractorAndEndsTheRenewalPath() {
    ProcessInstance renewal =
        runtimeService()
            .startProcessInstanceByKey(
                ContractRenewalProcess.KEY,
                NUMBER,
                ContractRenewalProcess.startVariables(
                    NUMBER,
                    "道路清扫保洁服务",
                    "sanitation",
                    "环卫科",
                    LocalDate.of(2027, 12, 31),
                    false,
                    "0 0 9 1 1/3 ?"));
    failedBefore(2);
    ProcessInstance pi = startAssessment();
    assess(pi, "UNSATISFACTORY");
    summon(pi);
    assertThat(pi).isWaitingAt(CONFIRM_BLACKLIST);
    assertThat(pi)
        .variables()
        .containsEntry(CONSECUTIVE_FAILS, 3)
        .containsEntry(FAILS_THIS_YEAR, 3)
        .containsEntry(EXIT_RULE, "B2")
        .containsEntry(EXIT_ACTION, "EXIT_BLACKLIST");
    assertThat(task(CONFIRM_BLACKLIST, pi)).hasCandidateGroup("office");
    claim(task(CONFIRM_BLACKLIST, pi), "office1");
    complete(task(CONFIRM_BLACKLIST, pi), withVariables(BLACKLIST_EVIDENCE, "三期考核表及约谈记录"));
    runDueJobs(managementService, pi.getId());

    assertThat(pi).isEnded().hasPassed(BLACKLIST_CONTRACTOR, END_EXITED);
    verify(blacklist)
        .add(
            eq(CONTRACTOR_ID),
            eq("B2"),
            startsWith("连续三次考核结果不理想"),
            startsWith("连续不合格3次"),
            eq(NUMBER),
            eq(LocalDate.of(2026, 11, 27)),
            eq("office1"));
    verify(contracts).close(NUMBER, BlacklistContractorDelegate.EXITED);
    assertThat(renewal)
        .isWaitingAt(ContractRenewalProcess.REPLACEMENT_PROCUREMENT)
        .hasNotPassed(ContractRenewalProcess.PREPARE_RENEWAL);
  }

  private ProcessInstance renewalOf(String number) {
    return runtimeService()
        .startProcessInstanceByKey(
            ContractRenewalProcess.KEY,
            number,
            ContractRenewalProcess.startVariables(
                number,
                "道路清扫保洁服务",
                "sanitation",
                "环卫科",
                LocalDate.of(2027, 12, 31),
                false,
                "0 0 9 1 1/3 ?"));
  }

  private Contract otherContractOfTheSameContractor(String number) {
    return new Contract(
        8,
        number,
        "背街小巷保洁服务",
        CONTRACTOR_ID,
        contract.contractor(),
        contract.contractorCreditCode(),
        "sanitation",
        "cleaning",
        new BigDecimal("600000"),
        "三方比价",
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2027, 6, 30),
        false,
        true,
        0,
        null,
        "ACTIVE",
        false,
        false);
  }

  @Test
  void failuresOnTwoContractsOfOneContractorAddUpToThreeConsecutiveAndEndEveryRunningContract() {
    String other = "HT-2026-008";
    ProcessInstance renewal = renewalOf(NUMBER);
    ProcessInstance otherRenewal = renewalOf(other);
    when(contracts.runningOfContractor(CONTRACTOR_ID))
        .thenReturn(List.of(contract, otherContractOfTheSameContractor(other)));
    // two failures on the other contract, then this contract's first one: one contractor, 3 in a
    // row
    history.add(assessment(other, LocalDate.of(2026, 10, 15), "10月", false));
    history.add(assessment(other, LocalDate.of(2026, 9, 15), "9月", false));
    history.add(assessment(NUMBER, LocalDate.of(2026, 6, 1), "6月", true));
    ProcessInstance pi = startAssessment();
    assess(pi, "UNSATISFACTORY");
    summon(pi);

    assertThat(pi).isWaitingAt(CONFIRM_BLACKLIST);
    assertThat(pi)
        .variables()
        .containsEntry(CONSECUTIVE_FAILS, 3)
        .containsEntry(FAILS_THIS_YEAR, 3)
        .containsEntry(EXIT_RULE, "B2");
    Assertions.assertThat((String) runtimeService().getVariable(pi.getId(), EXIT_CONTRACTS))
        .contains(NUMBER + "　道路清扫保洁服务")
        .contains(other + "　背街小巷保洁服务");
    Assertions.assertThat((String) runtimeService().getVariable(pi.getId(), EXIT_FACTS))
        .contains("91440300MA5F000010")
        .contains("最近连续不合格3次")
        .contains("2026-10-15 " + other + " 10月 不合格")
        .contains("2026-11-27 " + NUMBER + " 2026年11月 不合格");
    claim(task(CONFIRM_BLACKLIST, pi), "office1");
    complete(task(CONFIRM_BLACKLIST, pi), withVariables(BLACKLIST_EVIDENCE, "两份合同的三期考核表及约谈记录"));
    runDueJobs(managementService, pi.getId());

    assertThat(pi).isEnded().hasPassed(BLACKLIST_CONTRACTOR, END_EXITED);
    verify(blacklist)
        .add(
            eq(CONTRACTOR_ID),
            eq("B2"),
            anyString(),
            contains("终止合同：" + NUMBER + "、" + other),
            eq(NUMBER),
            eq(LocalDate.of(2026, 11, 27)),
            eq("office1"));
    verify(contracts).close(NUMBER, BlacklistContractorDelegate.EXITED);
    verify(contracts).close(other, BlacklistContractorDelegate.EXITED);
    assertThat(renewal).isWaitingAt(ContractRenewalProcess.REPLACEMENT_PROCUREMENT);
    assertThat(otherRenewal).isWaitingAt(ContractRenewalProcess.REPLACEMENT_PROCUREMENT);
  }

  @Test
  void aSatisfactoryAssessmentOnOneContractBreaksTheContractorsRunOfFailures() {
    String other = "HT-2026-008";
    history.add(assessment(other, LocalDate.of(2026, 11, 20), "11月", true));
    history.add(assessment(NUMBER, LocalDate.of(2026, 10, 15), "10月", false));
    history.add(assessment(NUMBER, LocalDate.of(2026, 9, 15), "9月", false));
    ProcessInstance pi = startAssessment();
    assess(pi, "UNSATISFACTORY");
    summon(pi);
    assertThat(pi).isWaitingAt(VERIFY_RECTIFICATION);
    assertThat(pi)
        .variables()
        .containsEntry(CONSECUTIVE_FAILS, 1)
        .containsEntry(FAILS_THIS_YEAR, 3)
        .containsEntry(EXIT_ACTION, "NONE");
  }

  @Test
  void forgedRegistrationFoundInASatisfactoryAssessmentStillBlacklistsByRuleB1() {
    ProcessInstance renewal = renewalOf(NUMBER);
    ProcessInstance pi = startAssessment();
    complete(
        task(ASSESS, pi),
        withVariables(
            ASSESSMENT_PERIOD,
            "2026年11月",
            METHOD_REF,
            "GENERAL",
            SCORE,
            92,
            ASSESSMENT_RESULT,
            "SATISFACTORY",
            FINDINGS,
            "保洁到位；所附营业执照与工商登记信息不符",
            FORGED_REGISTRATION,
            true));
    runDueJobs(managementService, pi.getId());

    verify(contractors).markForgedRegistration(CONTRACTOR_ID);
    assertThat(pi)
        .hasPassed(EXIT_FACTS_JOIN, DECIDE_EXIT)
        .hasNotPassed(SUMMON, END_SATISFACTORY)
        .isWaitingAt(CONFIRM_BLACKLIST);
    assertThat(pi)
        .variables()
        .containsEntry(EXIT_RULE, "B1")
        .containsEntry(EXIT_ACTION, "EXIT_BLACKLIST");
    Assertions.assertThat((String) runtimeService().getVariable(pi.getId(), EXIT_FACTS))
        .contains("发现伪造工商登记信息");
    claim(task(CONFIRM_BLACKLIST, pi), "office1");
    complete(task(CONFIRM_BLACKLIST, pi), withVariables(BLACKLIST_EVIDENCE, "工商登记信息核查截图"));
    runDueJobs(managementService, pi.getId());

    assertThat(pi).isEnded().hasPassed(BLACKLIST_CONTRACTOR, END_EXITED);
    verify(blacklist)
        .add(
            eq(CONTRACTOR_ID),
            eq("B1"),
            startsWith("伪造工商登记信息"),
            anyString(),
            eq(NUMBER),
            any(),
            eq("office1"));
    verify(contracts).close(NUMBER, BlacklistContractorDelegate.EXITED);
    assertThat(renewal).isWaitingAt(ContractRenewalProcess.REPLACEMENT_PROCUREMENT);
  }

  @Test
  void aSatisfactoryAssessmentWithTheBoxLeftUntickedEndsWithoutTheExitDecision() {
    ProcessInstance pi = startAssessment();
    // Tasklist leaves an untouched checkbox out of the submit
    complete(
        task(ASSESS, pi),
        withVariables(ASSESSMENT_PERIOD, "2026年11月", ASSESSMENT_RESULT, "SATISFACTORY"));
    runDueJobs(managementService, pi.getId());
    assertThat(pi).isEnded().hasPassed(END_SATISFACTORY).hasNotPassed(DECIDE_EXIT);
    verify(contractors, never()).markForgedRegistration(any(Long.class));
  }

  @Test
  void routineCycleOfTheRenewalProcessStartsAnAssessmentForTheOwningDepartment() {
    ProcessInstance renewal =
        runtimeService()
            .startProcessInstanceByKey(
                ContractRenewalProcess.KEY,
                NUMBER,
                ContractRenewalProcess.startVariables(
                    NUMBER,
                    "道路清扫保洁服务",
                    "sanitation",
                    "环卫科",
                    LocalDate.of(2027, 12, 31),
                    false,
                    "0 0 9 1 * ?"));
    clockAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    runDueJobs(managementService, renewal.getId());
    ProcessInstance routine =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(KEY)
            .processInstanceBusinessKey(NUMBER)
            .singleResult();
    assertThat(routine).isWaitingAt(ASSESS);
    assertThat(task(ASSESS, routine)).hasCandidateGroup("sanitation");
    assertThat(routine)
        .variables()
        .containsEntry(ContractRenewalProcess.BUSINESS_TITLE, "履约考核：道路清扫保洁服务");
  }

  @Test
  void threeFailuresThisYearWithRepeatedNonComplianceExitByRuleB3() {
    history.add(assessment(NUMBER, LocalDate.of(2026, 10, 1), "10月", false));
    history.add(assessment(NUMBER, LocalDate.of(2026, 8, 1), "8月", true));
    history.add(assessment(NUMBER, LocalDate.of(2026, 5, 1), "5月", false));
    performanceWith(1, 2);
    ProcessInstance pi = startAssessment();
    assess(pi, "UNSATISFACTORY");
    summon(pi);
    assertThat(pi).isWaitingAt(CONFIRM_BLACKLIST);
    assertThat(pi)
        .variables()
        .containsEntry(CONSECUTIVE_FAILS, 2)
        .containsEntry(FAILS_THIS_YEAR, 3)
        .containsEntry(REPEATED_NON_COMPLIANCE, true);
  }

  @Test
  void forgedRegistrationFoundInAnAssessmentBlacklistsByRuleB1() {
    when(contractors.findById(CONTRACTOR_ID))
        .thenReturn(
            Optional.of(
                new Contractor(CONTRACTOR_ID, "深圳市某某环境服务有限公司", "91440300MA5F000010", true)));
    ProcessInstance pi = startAssessment();
    complete(
        task(ASSESS, pi),
        withVariables(
            ASSESSMENT_PERIOD,
            "2026年11月",
            ASSESSMENT_RESULT,
            "UNSATISFACTORY",
            FORGED_REGISTRATION,
            true));
    runDueJobs(managementService, pi.getId());
    verify(contractors).markForgedRegistration(CONTRACTOR_ID);
    summon(pi);
    complete(task(CONFIRM_BLACKLIST, pi), withVariables(BLACKLIST_EVIDENCE, "工商登记信息核查截图"));
    runDueJobs(managementService, pi.getId());
    verify(blacklist)
        .add(
            eq(CONTRACTOR_ID), eq("B1"), anyString(), anyString(), eq(NUMBER), any(), eq("office"));
  }

  @Test
  void theAssessmentIsDueInTenWorkingDaysAndRemindsTheAssessorsBeforeAndAfter() {
    ProcessInstance pi = startAssessment();
    // started Friday 2026-11-27: ten working days → Friday 2026-12-11
    assertThat(task(ASSESS, pi)).hasDueDate(endOf(LocalDate.of(2026, 12, 11)));
    clockAt(LocalDateTime.of(2026, 12, 9, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .containsExactly(
            new RecordingReminderMail.Sent("BEFORE_DUE", ASSESS, "assignee,candidates", NUMBER));
    clockAt(LocalDateTime.of(2026, 12, 14, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .last()
        .isEqualTo(
            new RecordingReminderMail.Sent("OVERDUE", ASSESS, "assignee,candidates", NUMBER));
    assertThat(pi)
        .isWaitingAt(ASSESS)
        .hasPassed("EndEvent_AssessBeforeDueReminded", "EndEvent_AssessOverdueReminded");
  }

  @Test
  void summonsAndBlacklistConfirmationAreDueInWorkingDaysAndRemindWhoeverHoldsThem() {
    failedBefore(2);
    ProcessInstance pi = startAssessment();
    assess(pi, "UNSATISFACTORY");
    // summons from Friday 2026-11-27: five working days → Friday 2026-12-04, reminder Monday
    assertThat(task(SUMMON, pi)).hasDueDate(endOf(LocalDate.of(2026, 12, 4)));
    Assertions.assertThat(timerDue(pi, TIMER_SUMMON_OVERDUE))
        .isEqualTo(LocalDate.of(2026, 12, 7).atTime(9, 0).atZone(BusinessDates.ZONE).toInstant());
    clockAt(LocalDateTime.of(2026, 12, 7, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .containsExactly(
            new RecordingReminderMail.Sent("OVERDUE", SUMMON, "assignee,candidates", NUMBER));
    assertThat(pi).isWaitingAt(SUMMON);
    summon(pi);
    // the office confirms from Monday 2026-12-07: three working days → Thursday 2026-12-10
    assertThat(task(CONFIRM_BLACKLIST, pi)).hasDueDate(endOf(LocalDate.of(2026, 12, 10)));
    clockAt(LocalDateTime.of(2026, 12, 11, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .last()
        .isEqualTo(
            new RecordingReminderMail.Sent(
                "OVERDUE", CONFIRM_BLACKLIST, "assignee,candidates", NUMBER));
    complete(task(CONFIRM_BLACKLIST, pi), withVariables(BLACKLIST_EVIDENCE, "三期考核表及约谈记录"));
    runDueJobs(managementService, pi.getId());
    assertThat(pi)
        .isEnded()
        .hasPassed(
            "EndEvent_SummonContractorOverdueReminded",
            "EndEvent_ConfirmBlacklistOverdueReminded",
            END_EXITED);
  }

  private java.time.Instant timerDue(ProcessInstance pi, String timerId) {
    return managementService
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(timerId)
        .singleResult()
        .getDuedate()
        .toInstant();
  }

  /** A due date in working days ends at the last second of that business day. */
  private static java.util.Date endOf(LocalDate day) {
    return java.util.Date.from(day.atTime(23, 59, 59).atZone(BusinessDates.ZONE).toInstant());
  }
}
