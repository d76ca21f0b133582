package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.rectify.contract.ContractRenewalProcess.*;
import static org.rectify.contract.ProcessTestSupport.*;

import java.math.BigDecimal;
import org.assertj.core.api.Assertions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code contract-renewal} on a plain engine with the clock moved: reminders, late flag and
 * escalation, legal objection loop, signed renewal re-arming the timers, not renewed → tender, postponement branch,
 * contractor exit. Delegates are the real ones over mocked repositories; {@code reminderMail} is a recording stand-in.
 */
@Deployment(resources = "processes/contract-renewal.bpmn")
class ContractRenewalProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-contract.cfg.xml").build();

  private static final String NUMBER = "HT-2027-001";
  private static final LocalDate ENDS_ON = LocalDate.of(2027, 12, 31);
  /** Once a year on 1 January: stays out of the way of the clock moves of the other tests. */
  private static final String YEARLY = "0 0 9 1 1 ?";
  private static final String QUARTERLY = "0 0 9 1 1/3 ?";
  private final List<String> routineAssessments = new java.util.ArrayList<>();

  private final ContractRepository contracts = mock(ContractRepository.class);
  private final AssessmentRepository assessments = mock(AssessmentRepository.class);
  private final RecordingReminderMail reminderMail = new RecordingReminderMail();
  private ManagementService managementService;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    managementService = extension.getProcessEngine().getManagementService();
    ContractProperties properties = new ContractProperties();
    Mocks.register("contractTermScheduler", new ScheduleTermDelegate(properties));
    Mocks.register("contractPerformanceCompiler", new CompilePerformanceDelegate(assessments));
    Mocks.register("contractLateFlag", new FlagLateDelegate(contracts));
    Mocks.register("legalOpinionRecorder", new RecordLegalOpinionDelegate(contracts));
    Mocks.register("contractRenewalRecorder", new RecordRenewalDelegate(contracts));
    Mocks.register("contractRetenderClosure", new CloseRetenderedDelegate(contracts));
    Mocks.register("reminderMail", reminderMail);
    Mocks.register("routineAssessmentStarter",
        (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> routineAssessments.add(
            (String) execution.getVariable(CONTRACT_NUMBER)));
    when(assessments.performance(NUMBER)).thenReturn(new PerformanceRecord(List.of(
        new AssessmentRecord(LocalDate.of(2027, 6, 30), "2027年第2季度", "assessmentTeam", new BigDecimal("92"), true,
            null),
        new AssessmentRecord(LocalDate.of(2027, 3, 31), "2027年第1季度", "greening", new BigDecimal("58"), false,
            "落叶未当日清理")), 0, 1));
    clockAt(LocalDateTime.of(2027, 1, 4, 10, 0));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance start(LocalDate endsOn, boolean tenderRequired) {
    return start(endsOn, tenderRequired, YEARLY);
  }

  private ProcessInstance start(LocalDate endsOn, boolean tenderRequired, String assessmentCycle) {
    return runtimeService().startProcessInstanceByKey(KEY, NUMBER,
        startVariables(NUMBER, "公园绿地养护服务", "greening", "园林绿化科", endsOn, tenderRequired, assessmentCycle));
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers()
        .singleResult();
  }

  /** Starts a renewable contract and moves to the renewal reminder: the proposal task is open. */
  private ProcessInstance atRenewalProposal() {
    ProcessInstance pi = start(ENDS_ON, false);
    clockAt(LocalDateTime.of(2027, 9, 30, 9, 0));
    runDueJobs(managementService, pi.getId());
    assertThat(pi).isWaitingAt(PREPARE_RENEWAL);
    return pi;
  }

  private void approveRenewal(ProcessInstance pi) {
    complete(task(PREPARE_RENEWAL, pi), withVariables("recommendation", "RENEW", "qualityJustification", "服务质量稳定"));
    complete(task(MEETING_DECISION, pi), withVariables(RENEWAL_DECISION, "APPROVED", "meetingName", "局长办公会"));
  }

  private void legalOpinion(ProcessInstance pi, String number, String verdict) {
    claim(task(LEGAL_REVIEW, pi), "legal1");
    complete(task(LEGAL_REVIEW, pi), withVariables(LEGAL_OPINION_NO, number, LEGAL_VERDICT, verdict,
        FLAGGED_CLAUSES, "第8条", REQUIRED_AMENDMENTS, "删除甲方单方面承担全部责任的条款"));
    runDueJobs(managementService, pi.getId());
  }

  @Nested
  @Deployment(resources = "processes/contract-renewal.bpmn")
  class Reminders {

    @Test
    void armsTheRenewalReminderThreeMonthsAndTheDeadlineTwoMonthsBeforeExpiry() {
      ProcessInstance pi = start(ENDS_ON, false);
      assertThat(pi).isWaitingAt(TIMER_RENEWAL_REMINDER);
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_REMINDER).getDuedate()).isEqualTo(at(LocalDate.of(2027, 9, 30)));
      assertThat(pi).variables().containsEntry(RENEWAL_DEADLINE, at(LocalDate.of(2027, 10, 31)))
          .containsEntry(DUE_DATE_TEXT, "2027-10-31").containsEntry(STATUS_COLOUR_TEXT, GREEN);
    }

    @Test
    void renewalReminderOpensTheProposalWithTheCompiledPerformanceRecordAndMailsTheDepartment() {
      ProcessInstance pi = atRenewalProposal();
      assertThat(task(PREPARE_RENEWAL, pi)).hasCandidateGroup("greening").hasDueDate(at(LocalDate.of(2027, 10, 31)));
      Assertions.assertThat((String) runtimeService().getVariable(pi.getId(), PERFORMANCE_RECORD))
          .contains("履约考核共2次，其中不合格1次").contains("落叶未当日清理");
      Assertions.assertThat(reminderMail.sent).containsExactly(new RecordingReminderMail.Sent("BEFORE_DUE", PREPARE_RENEWAL,
          "candidates,head,group:office", NUMBER));
      assertThat(pi).hasPassed(RENEWAL_REMINDER_MAIL, "EndEvent_RenewalReminded");
    }

    @Test
    void tenderReminderFiresSevenMonthsBeforeExpiryAndOpensTheTenderPlan() {
      ProcessInstance pi = start(ENDS_ON, true);
      assertThat(pi).isWaitingAt(TIMER_TENDER_REMINDER);
      Assertions.assertThat(timer(pi, TIMER_TENDER_REMINDER).getDuedate()).isEqualTo(at(LocalDate.of(2027, 5, 31)));
      clockAt(LocalDateTime.of(2027, 5, 30, 9, 0));
      Assertions.assertThat(runDueJobs(managementService, pi.getId())).isZero();
      clockAt(LocalDateTime.of(2027, 5, 31, 9, 0));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN);
      assertThat(task(PREPARE_TENDER_PLAN, pi)).hasCandidateGroup("greening").hasDueDate(at(LocalDate.of(2027, 6, 30)));
      Assertions.assertThat(reminderMail.types()).containsExactly("BEFORE_DUE");
      Assertions.assertThat(reminderMail.sent.get(0).task()).isEqualTo(PREPARE_TENDER_PLAN);
    }
  }

  @Nested
  @Deployment(resources = "processes/contract-renewal.bpmn")
  class LateAndEscalation {

    @Test
    void missedRenewalDeadlineFlagsLateAndEscalatesToLeaderAndOfficeOnce() {
      ProcessInstance pi = atRenewalProposal();
      clockAt(LocalDateTime.of(2027, 10, 31, 9, 1));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).hasPassed(FLAG_RENEWAL_LATE, RENEWAL_ESCALATION_MAIL, "EndEvent_RenewalEscalated")
          .isWaitingAt(PREPARE_RENEWAL);
      assertThat(pi).variables().containsEntry(LATE, true).containsEntry(STATUS_COLOUR_TEXT, RED);
      verify(contracts).markLate(NUMBER);
      Assertions.assertThat(reminderMail.types()).containsExactly("BEFORE_DUE", "ESCALATION");
      Assertions.assertThat(reminderMail.sent.get(1).recipients()).isEqualTo("leader,group:office");
      clockAt(LocalDateTime.of(2027, 11, 30, 9, 0));
      Assertions.assertThat(runDueJobs(managementService, pi.getId())).isZero();
    }

    @Test
    void missedTenderDeadlineFlagsLateAndEscalates() {
      ProcessInstance pi = start(ENDS_ON, true);
      clockAt(LocalDateTime.of(2027, 7, 1, 9, 0));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).hasPassed(FLAG_TENDER_LATE, TENDER_ESCALATION_MAIL).isWaitingAt(PREPARE_TENDER_PLAN);
      verify(contracts).markLate(NUMBER);
      Assertions.assertThat(reminderMail.types()).containsExactly("BEFORE_DUE", "ESCALATION");
    }

    @Test
    void alreadyExpiredContractIsLateAtOnceAndItsDeadlinesFireImmediately() {
      ProcessInstance pi = start(LocalDate.of(2026, 12, 1), false);
      assertThat(pi).variables().containsEntry(LATE, true).containsEntry(STATUS_COLOUR_TEXT, RED);
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isWaitingAt(PREPARE_RENEWAL).hasPassed(FLAG_RENEWAL_LATE, RENEWAL_ESCALATION_MAIL);
    }
  }

  @Nested
  @Deployment(resources = "processes/contract-renewal.bpmn")
  class LegalReviewAndSigning {

    @Test
    void objectionSendsTheContractBackUntilAnOpinionWithoutObjection() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      assertThat(task(LEGAL_REVIEW, pi)).hasCandidateGroup("legal");
      legalOpinion(pi, "法意〔2027〕12号", "OBJECTION");
      assertThat(pi).isWaitingAt(AMEND_CONTRACT);
      complete(task(AMEND_CONTRACT, pi), withVariables("amendmentNotes", "已删除第8条"));
      legalOpinion(pi, "法意〔2027〕13号", "NO_OBJECTION");
      assertThat(pi).isWaitingAt(SIGN_RENEWAL);
      verify(contracts).addLegalOpinion(eq(NUMBER), eq("法意〔2027〕12号"), any(), anyString(), anyString(), eq(true),
          eq("legal1"));
      verify(contracts).addLegalOpinion(eq(NUMBER), eq("法意〔2027〕13号"), any(), anyString(), anyString(), eq(false),
          any());
    }

    @Test
    void signedRenewalUpdatesTheRegisterAndReArmsTheTimersForTheNewTerm() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      legalOpinion(pi, "法意〔2027〕13号", "NO_OBJECTION");
      complete(task(SIGN_RENEWAL, pi), withVariables("signedOn", "2027-10-20", NEW_ENDS_ON, "2030-12-31"));
      runDueJobs(managementService, pi.getId());
      verify(contracts).renew(NUMBER, LocalDate.of(2030, 12, 31), "法意〔2027〕13号");
      assertThat(pi).isWaitingAt(TIMER_RENEWAL_REMINDER);
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_REMINDER).getDuedate()).isEqualTo(at(LocalDate.of(2030, 9, 30)));
      assertThat(pi).variables().containsEntry(RENEWAL_DEADLINE, at(LocalDate.of(2030, 10, 31)))
          .containsEntry(LATE, false);
    }

    @Test
    void signingIsImpossibleWithoutALegalOpinion() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      assertThat(pi).isWaitingAt(LEGAL_REVIEW).hasNotPassed(SIGN_RENEWAL);
      verify(contracts, times(0)).renew(anyString(), any(), anyString());
    }
  }

  @Nested
  @Deployment(resources = "processes/contract-renewal.bpmn")
  class Tender {

    @Test
    void notRenewedGoesToTenderAndClosesAsRetendered() {
      ProcessInstance pi = atRenewalProposal();
      complete(task(PREPARE_RENEWAL, pi), withVariables("recommendation", "RETENDER", "qualityJustification", "多次不合格"));
      complete(task(MEETING_DECISION, pi), withVariables(RENEWAL_DECISION, "REJECTED"));
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN);
      complete(task(PREPARE_TENDER_PLAN, pi), withVariables("tenderPlanSummary", "公开招标"));
      complete(task(TENDER_MEETING_DECISION, pi), withVariables(TENDER_PLAN_DECISION, "REJECTED"));
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN);
      complete(task(PREPARE_TENDER_PLAN, pi), withVariables("tenderPlanSummary", "公开招标，补充预算"));
      complete(task(TENDER_MEETING_DECISION, pi), withVariables(TENDER_PLAN_DECISION, "APPROVED"));
      complete(task(CONDUCT_TENDER, pi), withVariables(TENDER_SCHEDULE, "IN_TIME"));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isEnded().hasPassed(CLOSE_RETENDERED, END_RETENDERED).hasNotPassed(APPLY_POSTPONEMENT);
      verify(contracts).close(NUMBER, CloseRetenderedDelegate.RETENDERED);
    }

    @Test
    void delayedTenderAppliesForFinancePostponementAndTendersATemporaryService() {
      ProcessInstance pi = start(ENDS_ON, true);
      clockAt(LocalDateTime.of(2027, 5, 31, 9, 0));
      runDueJobs(managementService, pi.getId());
      complete(task(PREPARE_TENDER_PLAN, pi), withVariables("tenderPlanSummary", "公开招标"));
      complete(task(TENDER_MEETING_DECISION, pi), withVariables(TENDER_PLAN_DECISION, "APPROVED"));
      complete(task(CONDUCT_TENDER, pi), withVariables(TENDER_SCHEDULE, "DELAYED"));
      assertThat(pi).isWaitingAt(APPLY_POSTPONEMENT);
      complete(task(APPLY_POSTPONEMENT, pi), withVariables("postponementAppliedOn", "2027-09-01",
          "postponementResult", "财政局同意延期三个月"));
      complete(task(TEMPORARY_TENDER, pi), withVariables("temporaryTenderReference", "LS-2027-07"));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isEnded().hasPassed(APPLY_POSTPONEMENT, TEMPORARY_TENDER, END_RETENDERED);
      verify(contracts).close(NUMBER, CloseRetenderedDelegate.TEMPORARY_SERVICE);
    }
  }

  @Test
  void contractorExitEndsTheRenewalPathAndOpensReplacementProcurement() {
    ProcessInstance pi = atRenewalProposal();
    runtimeService().createMessageCorrelation(MESSAGE_CONTRACTOR_EXITED).processInstanceBusinessKey(NUMBER)
        .correlate();
    assertThat(pi).isWaitingAt(REPLACEMENT_PROCUREMENT);
    Assertions.assertThat(taskQuery().taskDefinitionKey(PREPARE_RENEWAL).count()).isZero();
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    complete(task(REPLACEMENT_PROCUREMENT, pi), withVariables("replacementPlan", "启动应急采购"));
    assertThat(pi).isEnded().hasPassed(END_EXITED);
  }

  @Test
  void routineAssessmentsStartOnTheCategoryCycleWhileTheRenewalWaits() {
    ProcessInstance pi = start(ENDS_ON, false, QUARTERLY);
    clockAt(LocalDateTime.of(2027, 3, 31, 9, 0));
    Assertions.assertThat(runDueJobs(managementService, pi.getId())).isZero();
    clockAt(LocalDateTime.of(2027, 4, 1, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(routineAssessments).containsExactly(NUMBER);
    assertThat(pi).hasPassed(START_ROUTINE_ASSESSMENT, END_ROUTINE_ASSESSMENT).isWaitingAt(TIMER_RENEWAL_REMINDER);
    clockAt(LocalDateTime.of(2027, 7, 1, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(routineAssessments).hasSize(2);
  }

  @Test
  void startVariablesCarryTheTasklistColumns() {
    Map<String, Object> variables =
        startVariables(NUMBER, "公园绿地养护服务", "greening", "园林绿化科", ENDS_ON, false, QUARTERLY);
    Assertions.assertThat(variables).containsEntry(BUSINESS_NUMBER, NUMBER).containsEntry(DEPARTMENT_NAME, "园林绿化科")
        .containsEntry(TENDER_REQUIRED, false).containsEntry(ASSESSMENT_CYCLE, QUARTERLY);
  }
}
