package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.rectify.contract.ContractSigningProcess.*;
import static org.rectify.contract.ProcessTestSupport.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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

/**
 * Every path of {@code contract-signing} (合同签订): an opinion without objection → signing → the
 * opinion's number in the register; an objection (需修改) → the department amends → reviewed again; a
 * review without a verdict never counts as approved; each step due in 5 working days with its
 * reminders (the legal review: 临期 reminder, then 督办 to the office).
 */
@Deployment(resources = {"processes/contract-signing.bpmn"})
class ContractSigningProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-contract.cfg.xml").build();

  private static final String NUMBER = "HT-2026-031";
  private static final String OPINION = "法意〔2026〕31号";

  private final ContractRepository contracts = mock(ContractRepository.class);
  private final RecordingReminderMail reminderMail = new RecordingReminderMail();
  private ManagementService managementService;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    managementService = extension.getProcessEngine().getManagementService();
    Mocks.register("legalOpinionRecorder", new RecordLegalOpinionDelegate(contracts));
    Mocks.register("recordSigningDelegate", new RecordSigningDelegate(contracts));
    Mocks.register("reminderMail", reminderMail);
    Mocks.register("reminderTimes", ReminderTimes.withDefaults());
    // Friday 2026-11-27
    clockAt(LocalDateTime.of(2026, 11, 27, 10, 0));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CONTRACT_NUMBER, NUMBER);
    variables.put(BUSINESS_NUMBER, NUMBER);
    variables.put(BUSINESS_TITLE, "公园绿化养护服务");
    variables.put(DEPARTMENT, "greening");
    variables.put(DEPARTMENT_NAME, "园林绿化科");
    variables.put(SIGNING_PURPOSE, "新签合同");
    return runtimeService().startProcessInstanceByKey(KEY, NUMBER, variables);
  }

  private void review(ProcessInstance pi, String verdict, String opinionNo) {
    assertThat(task(LEGAL_REVIEW, pi)).hasCandidateGroup("legal");
    Map<String, Object> form = new HashMap<>();
    form.put(LEGAL_OPINION_NO, opinionNo);
    form.put(LEGAL_VERDICT, verdict);
    form.put(FLAGGED_CLAUSES, "OBJECTION".equals(verdict) ? "第八条：甲方不得单方解除合同" : "");
    form.put(REQUIRED_AMENDMENTS, "OBJECTION".equals(verdict) ? "删除第八条，增加甲方解除权" : "");
    complete(task(LEGAL_REVIEW, pi), form);
    runDueJobs(managementService, pi.getId());
  }

  private void sign(ProcessInstance pi) {
    assertThat(task(SIGN_CONTRACT, pi)).hasCandidateGroup("greening");
    complete(task(SIGN_CONTRACT, pi), withVariables(SIGNED_ON, "2026-11-30"));
    runDueJobs(managementService, pi.getId());
  }

  @Test
  void anOpinionWithoutObjectionLetsTheDepartmentSignAndTheRegisterKeepsTheOpinion() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(LEGAL_REVIEW);
    review(pi, "NO_OBJECTION", OPINION);
    assertThat(pi).isWaitingAt(SIGN_CONTRACT);
    verify(contracts, never()).recordSigning(any(), any(), any());
    sign(pi);
    assertThat(pi).isEnded().hasPassed(RECORD_LEGAL_OPINION, RECORD_SIGNING, END_SIGNED);
    assertThat(pi).hasNotPassed(AMEND_CONTRACT);
    verify(contracts)
        .addLegalOpinion(eq(NUMBER), eq(OPINION), any(), any(), any(), eq(false), any());
    verify(contracts).recordSigning(NUMBER, OPINION, LocalDate.parse("2026-11-30"));
  }

  @Test
  void anObjectionGoesBackToTheDepartmentAndIsReviewedAgainBeforeSigning() {
    ProcessInstance pi = start();
    review(pi, "OBJECTION", "法意〔2026〕30号");
    assertThat(pi).isWaitingAt(AMEND_CONTRACT);
    assertThat(task(AMEND_CONTRACT, pi)).hasCandidateGroup("greening");
    verify(contracts, never()).recordSigning(any(), any(), any());
    complete(task(AMEND_CONTRACT, pi), withVariables(AMENDMENT_NOTES, "已删除第八条"));
    assertThat(pi).isWaitingAt(LEGAL_REVIEW);
    review(pi, "NO_OBJECTION", OPINION);
    sign(pi);
    assertThat(pi).isEnded().hasPassed(AMEND_CONTRACT, END_SIGNED);
    verify(contracts, times(2))
        .addLegalOpinion(eq(NUMBER), any(), any(), any(), any(), anyBoolean(), any());
    verify(contracts)
        .addLegalOpinion(eq(NUMBER), eq("法意〔2026〕30号"), any(), any(), any(), eq(true), any());
    verify(contracts).recordSigning(NUMBER, OPINION, LocalDate.parse("2026-11-30"));
  }

  @Test
  void aReviewWithoutAVerdictIsNeverTakenForApproval() {
    ProcessInstance pi = start();
    review(pi, null, OPINION);
    assertThat(pi).isWaitingAt(AMEND_CONTRACT);
    verify(contracts, never()).recordSigning(any(), any(), any());
  }

  @Test
  void theLegalReviewIsDueInFiveWorkingDaysRemindsCounselAndThenEscalatesToTheOffice() {
    ProcessInstance pi = start();
    // Friday 2026-11-27 + five working days → Friday 2026-12-04
    assertThat(task(LEGAL_REVIEW, pi)).hasDueDate(endOf(LocalDate.of(2026, 12, 4)));
    Assertions.assertThat(timerDue(pi, TIMER_LEGAL_REVIEW_BEFORE_DUE))
        .isEqualTo(nineOn(LocalDate.of(2026, 12, 2)));
    Assertions.assertThat(timerDue(pi, TIMER_LEGAL_REVIEW_OVERDUE))
        .isEqualTo(nineOn(LocalDate.of(2026, 12, 7)));
    clockAt(LocalDateTime.of(2026, 12, 2, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .containsExactly(
            new RecordingReminderMail.Sent(
                "BEFORE_DUE", LEGAL_REVIEW, "assignee,candidates", NUMBER));
    clockAt(LocalDateTime.of(2026, 12, 7, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .last()
        .isEqualTo(
            new RecordingReminderMail.Sent(
                "OVERDUE", LEGAL_REVIEW, "assignee,candidates,group:office", NUMBER));
    assertThat(pi)
        .isWaitingAt(LEGAL_REVIEW)
        .hasPassed("EndEvent_LegalReviewBeforeDueReminded", "EndEvent_LegalReviewOverdueReminded");
  }

  @Test
  void amendingAndSigningAreDueInFiveWorkingDaysAndRemindWhoeverHoldsThem() {
    ProcessInstance pi = start();
    review(pi, "OBJECTION", "法意〔2026〕30号");
    assertThat(task(AMEND_CONTRACT, pi)).hasDueDate(endOf(LocalDate.of(2026, 12, 4)));
    clockAt(LocalDateTime.of(2026, 12, 7, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .containsExactly(
            new RecordingReminderMail.Sent(
                "OVERDUE", AMEND_CONTRACT, "assignee,candidates,head", NUMBER));
    complete(task(AMEND_CONTRACT, pi), withVariables(AMENDMENT_NOTES, "已修改"));
    // reviewed again from Monday 2026-12-07: five working days → Monday 2026-12-14
    assertThat(task(LEGAL_REVIEW, pi)).hasDueDate(endOf(LocalDate.of(2026, 12, 14)));
    review(pi, "NO_OBJECTION", OPINION);
    assertThat(task(SIGN_CONTRACT, pi)).hasDueDate(endOf(LocalDate.of(2026, 12, 14)));
    clockAt(LocalDateTime.of(2026, 12, 15, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .last()
        .isEqualTo(
            new RecordingReminderMail.Sent(
                "OVERDUE", SIGN_CONTRACT, "assignee,candidates,head", NUMBER));
    sign(pi);
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_AmendOverdueReminded", "EndEvent_SignOverdueReminded", END_SIGNED);
  }

  private Instant timerDue(ProcessInstance pi, String timerId) {
    return managementService
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(timerId)
        .singleResult()
        .getDuedate()
        .toInstant();
  }

  private static Instant nineOn(LocalDate day) {
    return day.atTime(9, 0).atZone(BusinessDates.ZONE).toInstant();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(BusinessDates.ZONE).toInstant());
  }
}
