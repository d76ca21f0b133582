package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.rectify.contract.ContractRenewalProcess.*;
import static org.rectify.contract.ProcessTestSupport.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.reminder.ReminderTimes;
import org.rectify.reminder.StatusColour;

/**
 * Reminder, deadline and signing paths of {@code contract-renewal} on a plain engine with the clock
 * moved: reminders, late flag and the escalation ladder (leader + office at the deadline, Party
 * secretary at level 2), legal objection loop, signed renewal re-arming the timers and opening the
 * team filing, contractor exit, routine assessments. The agenda pre-review paths are in {@link
 * ContractAgendaPathTest}.
 */
@Deployment(
    resources = {
      "processes/contract-renewal.bpmn",
      "processes/agenda-prereview.bpmn",
      "processes/meeting-routing.dmn"
    })
class ContractRenewalProcessTest extends ContractRenewalTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-contract.cfg.xml").build();

  private static final String QUARTERLY = "0 0 9 1 1/3 ?";

  @Override
  ProcessEngineCoverageExtension extension() {
    return extension;
  }

  @Nested
  @Deployment(
      resources = {
        "processes/contract-renewal.bpmn",
        "processes/agenda-prereview.bpmn",
        "processes/meeting-routing.dmn"
      })
  class Reminders {

    @Test
    void armsTheRenewalReminderThreeMonthsAndTheDeadlineTwoMonthsBeforeExpiry() {
      ProcessInstance pi = start(ENDS_ON, false);
      assertThat(pi).isWaitingAt(TIMER_RENEWAL_REMINDER);
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_REMINDER).getDuedate())
          .isEqualTo(at(LocalDate.of(2027, 9, 30)));
      assertThat(pi)
          .variables()
          .containsEntry(RENEWAL_DEADLINE, at(LocalDate.of(2027, 10, 31)))
          .containsEntry(DUE_DATE_TEXT, "2027-10-31")
          .containsEntry(STATUS_COLOUR_TEXT, GREEN);
    }

    @Test
    void theColourTurnsYellowAMonthBeforeTheDeadlineInTheDailyRefreshAsInTheLedger() {
      ProcessInstance pi = start(ENDS_ON, false);
      assertThat(pi)
          .variables()
          .containsEntry(StatusColour.STATUS_YELLOW_FROM, at(LocalDate.of(2027, 9, 30)));
      clockAt(LocalDateTime.of(2027, 9, 29, 9, 0));
      Assertions.assertThat(refreshedColour(pi)).isEqualTo(GREEN);
      clockAt(LocalDateTime.of(2027, 9, 30, 9, 0));
      Assertions.assertThat(refreshedColour(pi)).isEqualTo(YELLOW);
      clockAt(LocalDateTime.of(2027, 11, 1, 9, 0));
      Assertions.assertThat(refreshedColour(pi)).isEqualTo(RED);
    }

    /** What the daily refresh and the reminder mails make of the instance's variables now. */
    private String refreshedColour(ProcessInstance pi) {
      return StatusColour.withDefaults()
          .textForScope(runtimeService().getVariables(pi.getId()))
          .orElseThrow();
    }

    @Test
    void renewalReminderOpensTheProposalWithTheCompiledPerformanceRecordAndMailsTheDepartment() {
      ProcessInstance pi = atRenewalProposal();
      assertThat(task(PREPARE_RENEWAL, pi))
          .hasCandidateGroup("greening")
          .hasDueDate(at(LocalDate.of(2027, 10, 31)));
      Assertions.assertThat((String) runtimeService().getVariable(pi.getId(), PERFORMANCE_RECORD))
          .contains("履约考核共2次，其中不合格1次")
          .contains("落叶未当日清理");
      Assertions.assertThat(reminderMail.sent)
          .containsExactly(
              new RecordingReminderMail.Sent(
                  "BEFORE_DUE", PREPARE_RENEWAL, "candidates,head,group:office", NUMBER));
      assertThat(pi).hasPassed(RENEWAL_REMINDER_MAIL, "EndEvent_RenewalReminded");
    }

    @Test
    void tenderReminderFiresSevenMonthsBeforeExpiryAndOpensTheTenderPlan() {
      ProcessInstance pi = start(ENDS_ON, true);
      assertThat(pi).isWaitingAt(TIMER_TENDER_REMINDER);
      Assertions.assertThat(timer(pi, TIMER_TENDER_REMINDER).getDuedate())
          .isEqualTo(at(LocalDate.of(2027, 5, 31)));
      clockAt(LocalDateTime.of(2027, 5, 30, 9, 0));
      Assertions.assertThat(runDueJobs(managementService, pi.getId())).isZero();
      clockAt(LocalDateTime.of(2027, 5, 31, 9, 0));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN);
      assertThat(task(PREPARE_TENDER_PLAN, pi))
          .hasCandidateGroup("greening")
          .hasDueDate(at(LocalDate.of(2027, 6, 30)));
      Assertions.assertThat(reminderMail.types()).containsExactly("BEFORE_DUE");
      Assertions.assertThat(reminderMail.sent.get(0).task()).isEqualTo(PREPARE_TENDER_PLAN);
    }
  }

  @Nested
  @Deployment(
      resources = {
        "processes/contract-renewal.bpmn",
        "processes/agenda-prereview.bpmn",
        "processes/meeting-routing.dmn"
      })
  class LateAndEscalation {

    @Test
    void missedRenewalDeadlineFlagsLateAndEscalatesToLeaderAndOfficeOnce() {
      ProcessInstance pi = atRenewalProposal();
      clockAt(LocalDateTime.of(2027, 10, 31, 9, 1));
      runDueJobs(managementService, pi.getId());
      assertThat(pi)
          .hasPassed(FLAG_RENEWAL_LATE, RENEWAL_ESCALATION_MAIL, "EndEvent_RenewalEscalated")
          .isWaitingAt(PREPARE_RENEWAL);
      assertThat(pi).variables().containsEntry(LATE, true).containsEntry(STATUS_COLOUR_TEXT, RED);
      verify(contracts).markLate(NUMBER);
      Assertions.assertThat(reminderMail.types()).containsExactly("BEFORE_DUE", "ESCALATION");
      Assertions.assertThat(reminderMail.sent.get(1).recipients()).isEqualTo("leader,group:office");
      clockAt(LocalDateTime.of(2027, 11, 10, 9, 0));
      Assertions.assertThat(runDueJobs(managementService, pi.getId())).isZero();
    }

    @Test
    void stillNotSubmittedFourteenWorkingDaysAfterTheDeadlineEscalatesToThePartySecretaryOnce() {
      ProcessInstance pi = atRenewalProposal();
      clockAt(LocalDateTime.of(2027, 10, 31, 9, 1));
      runDueJobs(managementService, pi.getId());
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_ESCALATION).getDuedate())
          .isEqualTo(ReminderTimes.withDefaults().escalation(at(LocalDate.of(2027, 10, 31)), 2));
      ClockUtil.setCurrentTime(timer(pi, TIMER_RENEWAL_ESCALATION).getDuedate());
      runDueJobs(managementService, pi.getId());
      assertThat(pi)
          .hasPassed(RENEWAL_SECRETARY_MAIL, "EndEvent_RenewalSecretaryEscalated")
          .isWaitingAt(PREPARE_RENEWAL);
      Assertions.assertThat(reminderMail.types())
          .containsExactly("BEFORE_DUE", "ESCALATION", "ESCALATION");
      Assertions.assertThat(reminderMail.sent.get(2).recipients())
          .isEqualTo("group:partySecretary,leader,group:office");
      clockAt(LocalDateTime.of(2027, 12, 31, 9, 0));
      Assertions.assertThat(runDueJobs(managementService, pi.getId())).isZero();
    }

    @Test
    void stillUndecidedFourteenDaysBeforeExpiryEscalatesToThePartySecretaryOnce() {
      ProcessInstance pi = atRenewalProposal();
      proposeRenewal(pi);
      assertThat(pi).isWaitingAt(RENEWAL_PREREVIEW);
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_UNDECIDED).getDuedate())
          .isEqualTo(at(ENDS_ON.minusDays(14)));
      ClockUtil.setCurrentTime(timer(pi, TIMER_RENEWAL_UNDECIDED).getDuedate());
      runDueJobs(managementService, pi.getId());
      assertThat(pi)
          .hasPassed(TASK_RENEWAL_UNDECIDED_MAIL, "EndEvent_RenewalUndecidedEscalated")
          .isWaitingAt(RENEWAL_PREREVIEW);
      Assertions.assertThat(reminderMail.sent)
          .last()
          .satisfies(
              mail -> {
                Assertions.assertThat(mail.type()).isEqualTo("ESCALATION");
                Assertions.assertThat(mail.recipients())
                    .isEqualTo("group:partySecretary,leader,group:office");
              });
      clockAt(LocalDateTime.of(2027, 12, 30, 9, 0));
      Assertions.assertThat(runDueJobs(managementService, pi.getId())).isZero();
    }

    @Test
    void submittingInTimeCancelsTheEscalationLadder() {
      ProcessInstance pi = atRenewalProposal();
      proposeRenewal(pi);
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_DEADLINE)).isNull();
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_ESCALATION)).isNull();
      assertThat(pi).isWaitingAt(RENEWAL_PREREVIEW).hasNotPassed(FLAG_RENEWAL_LATE);
    }

    @Test
    void missedTenderDeadlineFlagsLateAndEscalatesUpToThePartySecretary() {
      ProcessInstance pi = start(ENDS_ON, true);
      clockAt(LocalDateTime.of(2027, 7, 1, 9, 0));
      runDueJobs(managementService, pi.getId());
      assertThat(pi)
          .hasPassed(FLAG_TENDER_LATE, TENDER_ESCALATION_MAIL)
          .isWaitingAt(PREPARE_TENDER_PLAN);
      verify(contracts).markLate(NUMBER);
      Assertions.assertThat(reminderMail.types()).containsExactly("BEFORE_DUE", "ESCALATION");
      ClockUtil.setCurrentTime(timer(pi, TIMER_TENDER_ESCALATION).getDuedate());
      runDueJobs(managementService, pi.getId());
      assertThat(pi).hasPassed(TENDER_SECRETARY_MAIL, "EndEvent_TenderSecretaryEscalated");
      Assertions.assertThat(reminderMail.sent.get(2).recipients())
          .startsWith("group:partySecretary");
    }

    @Test
    void alreadyExpiredContractIsLateAtOnceAndItsDeadlinesFireImmediately() {
      ProcessInstance pi = start(LocalDate.of(2026, 12, 1), false);
      assertThat(pi).variables().containsEntry(LATE, true).containsEntry(STATUS_COLOUR_TEXT, RED);
      runDueJobs(managementService, pi.getId());
      assertThat(pi)
          .isWaitingAt(PREPARE_RENEWAL)
          .hasPassed(FLAG_RENEWAL_LATE, RENEWAL_ESCALATION_MAIL, RENEWAL_SECRETARY_MAIL);
    }
  }

  @Nested
  @Deployment(
      resources = {
        "processes/contract-renewal.bpmn",
        "processes/agenda-prereview.bpmn",
        "processes/meeting-routing.dmn"
      })
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
      verify(contracts)
          .addLegalOpinion(
              eq(NUMBER),
              eq("法意〔2027〕12号"),
              any(),
              anyString(),
              anyString(),
              eq(true),
              eq("legal1"));
      verify(contracts)
          .addLegalOpinion(
              eq(NUMBER), eq("法意〔2027〕13号"), any(), anyString(), anyString(), eq(false), any());
    }

    @Test
    void aNewEndDateNotAfterTheCurrentOneIsRefusedAtTheSigningForm() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      legalOpinion(pi, "法意〔2027〕13号", "NO_OBJECTION");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  complete(
                      task(SIGN_RENEWAL, pi),
                      withVariables("signedOn", "2027-10-20", NEW_ENDS_ON, "2027-12-31")))
          .hasRootCauseInstanceOf(
              org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
          .rootCause()
          .hasMessage("续签后的合同终止日期（2027-12-31）必须晚于原终止日期（2027-12-31）");
      assertThat(pi).isWaitingAt(SIGN_RENEWAL);
      verify(contracts, times(0)).renew(anyString(), any(), anyString());
    }

    @Test
    void signedRenewalUpdatesTheRegisterReArmsTheTimersAndAsksForTheTeamFiling() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      legalOpinion(pi, "法意〔2027〕13号", "NO_OBJECTION");
      complete(
          task(SIGN_RENEWAL, pi),
          withVariables("signedOn", "2027-10-20", NEW_ENDS_ON, "2030-12-31"));
      runDueJobs(managementService, pi.getId());
      verify(contracts).renew(NUMBER, LocalDate.of(2030, 12, 31), "法意〔2027〕13号");
      assertThat(pi).isWaitingAt(TIMER_RENEWAL_REMINDER, TEAM_FILING);
      Assertions.assertThat(timer(pi, TIMER_RENEWAL_REMINDER).getDuedate())
          .isEqualTo(at(LocalDate.of(2030, 9, 30)));
      assertThat(pi)
          .variables()
          .containsEntry(RENEWAL_DEADLINE, at(LocalDate.of(2030, 10, 31)))
          .containsEntry(LATE, false);
      assertThat(task(TEAM_FILING, pi)).hasCandidateGroup("greening");
    }

    @Test
    void teamFilingMatchingTheBidIsRecorded() {
      ProcessInstance pi = signedRenewal();
      claim(task(TEAM_FILING, pi), "greening1");
      complete(
          task(TEAM_FILING, pi),
          withVariables(
              "projectLead",
              "王工（高级园林工程师）",
              "technicians",
              "李工、赵工",
              "equipment",
              "高空作业车2台",
              MATCHES_BID,
              true));
      runDueJobs(managementService, pi.getId());
      assertThat(pi)
          .hasPassed(RECORD_TEAM_FILING, END_TEAM_FILED)
          .isWaitingAt(TIMER_RENEWAL_REMINDER);
      verify(filings)
          .add(
              NUMBER,
              new TeamFilingRepository.TeamFiling(
                  LocalDate.of(2027, 9, 30), "王工（高级园林工程师）", "李工、赵工", "高空作业车2台", true, "greening1"));
      verify(filings, times(0)).addNotice(anyString(), anyString(), any(), anyString(), any());
    }

    @Test
    void teamFilingThatDoesNotMatchTheBidIssuesARectificationNotice() {
      ProcessInstance pi = signedRenewal();
      Map<String, Object> form =
          withVariables(
              "projectLead", "张三", "technicians", "无", "equipment", "高空作业车1台", MATCHES_BID, false);
      form.putAll(
          withVariables(
              "mismatchIssues",
              "项目负责人与投标文件不一致",
              "filingNoticeNo",
              "园整〔2027〕3号",
              "filingNoticeDeadline",
              "2027-10-15"));
      complete(task(TEAM_FILING, pi), form);
      runDueJobs(managementService, pi.getId());
      verify(filings)
          .addNotice(
              NUMBER,
              "园整〔2027〕3号",
              LocalDate.of(2027, 9, 30),
              "项目负责人与投标文件不一致",
              LocalDate.of(2027, 10, 15));
    }

    @Test
    void signingIsImpossibleWithoutALegalOpinion() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      assertThat(pi).isWaitingAt(LEGAL_REVIEW).hasNotPassed(SIGN_RENEWAL);
      verify(contracts, times(0)).renew(anyString(), any(), anyString());
    }

    @Test
    void legalReviewAmendmentAndSigningAreDueInWorkingDaysAndRemindWhoeverHoldsThem() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      // from Thursday 2027-09-30, five working days after 国庆 (1–3 October) → Friday 2027-10-08
      assertDueAndRemindedWhenOverdue(
          pi,
          LEGAL_REVIEW,
          TIMER_LEGAL_REVIEW_OVERDUE,
          LocalDate.of(2027, 10, 8),
          LocalDate.of(2027, 10, 11));
      legalOpinion(pi, "法意〔2027〕12号", "OBJECTION");
      // from Monday 2027-10-11, five working days → Monday 2027-10-18
      assertDueAndRemindedWhenOverdue(
          pi,
          AMEND_CONTRACT,
          TIMER_AMEND_CONTRACT_OVERDUE,
          LocalDate.of(2027, 10, 18),
          LocalDate.of(2027, 10, 19));
      complete(task(AMEND_CONTRACT, pi), withVariables("amendmentNotes", "已删除第8条"));
      legalOpinion(pi, "法意〔2027〕13号", "NO_OBJECTION");
      // from Tuesday 2027-10-19, ten working days → Tuesday 2027-11-02
      assertDueAndRemindedWhenOverdue(
          pi,
          SIGN_RENEWAL,
          TIMER_SIGN_RENEWAL_OVERDUE,
          LocalDate.of(2027, 11, 2),
          LocalDate.of(2027, 11, 3));
      assertThat(pi)
          .hasPassed(
              "EndEvent_LegalReviewOverdueReminded",
              "EndEvent_AmendContractOverdueReminded",
              "EndEvent_SignRenewalOverdueReminded");
    }

    @Test
    void theTeamFilingIsDueInTenWorkingDaysAndRemindsTheDepartment() {
      ProcessInstance pi = signedRenewal();
      // signed on Thursday 2027-09-30: ten working days after 国庆 → Friday 2027-10-15
      assertDueAndRemindedWhenOverdue(
          pi,
          TEAM_FILING,
          TIMER_TEAM_FILING_OVERDUE,
          LocalDate.of(2027, 10, 15),
          LocalDate.of(2027, 10, 18));
      assertThat(task(TEAM_FILING, pi)).hasCandidateGroup("greening");
    }

    private ProcessInstance signedRenewal() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      legalOpinion(pi, "法意〔2027〕13号", "NO_OBJECTION");
      complete(
          task(SIGN_RENEWAL, pi),
          withVariables("signedOn", "2027-09-30", NEW_ENDS_ON, "2030-12-31"));
      runDueJobs(managementService, pi.getId());
      return pi;
    }
  }

  @Test
  void contractorExitEndsTheRenewalPathAndOpensReplacementProcurement() {
    ProcessInstance pi = atRenewalProposal();
    runtimeService()
        .createMessageCorrelation(MESSAGE_CONTRACTOR_EXITED)
        .processInstanceBusinessKey(NUMBER)
        .correlate();
    assertThat(pi).isWaitingAt(REPLACEMENT_PROCUREMENT);
    Assertions.assertThat(taskQuery().taskDefinitionKey(PREPARE_RENEWAL).count()).isZero();
    // the renewal's timers are gone; only the replacement's own overdue reminder waits
    Assertions.assertThat(
            managementService.createJobQuery().processInstanceId(pi.getId()).timers().list())
        .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactly(timer(pi, TIMER_REPLACEMENT_OVERDUE).getDuedate());
    // from Thursday 2027-09-30, twenty working days (国庆 1–3 October) → Friday 2027-10-29
    assertDueAndRemindedWhenOverdue(
        pi,
        REPLACEMENT_PROCUREMENT,
        TIMER_REPLACEMENT_OVERDUE,
        LocalDate.of(2027, 10, 29),
        LocalDate.of(2027, 11, 1));
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
    assertThat(pi)
        .hasPassed(START_ROUTINE_ASSESSMENT, END_ROUTINE_ASSESSMENT)
        .isWaitingAt(TIMER_RENEWAL_REMINDER);
    clockAt(LocalDateTime.of(2027, 7, 1, 9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(routineAssessments).hasSize(2);
  }

  @Test
  void startVariablesCarryTheTasklistColumnsAndTheTopicFacts() {
    Map<String, Object> variables =
        startVariables(NUMBER, "公园绿地养护服务", "greening", "园林绿化科", ENDS_ON, false, QUARTERLY);
    Assertions.assertThat(variables)
        .containsEntry(BUSINESS_NUMBER, NUMBER)
        .containsEntry(DEPARTMENT_NAME, "园林绿化科")
        .containsEntry(TENDER_REQUIRED, false)
        .containsEntry(ASSESSMENT_CYCLE, QUARTERLY);
    Assertions.assertThat(
            topicFacts(new java.math.BigDecimal("2450000.50"), "青木", CONTRACTOR_CODE, "greening"))
        .containsEntry(CONTRACT_AMOUNT, 2450000.5)
        .containsEntry(CONTRACTOR_CREDIT_CODE, CONTRACTOR_CODE);
  }

  /**
   * The task is due at the end of {@code due} (working days, issue 26); its overdue timer falls on
   * {@code reminded} at 09:00 and mails whoever holds the task, which stays open.
   */
  private void assertDueAndRemindedWhenOverdue(
      ProcessInstance pi, String taskKey, String timerId, LocalDate due, LocalDate reminded) {
    Assertions.assertThat(task(taskKey, pi).getDueDate())
        .isEqualTo(
            java.util.Date.from(due.atTime(23, 59, 59).atZone(BusinessDates.ZONE).toInstant()));
    Assertions.assertThat(timer(pi, timerId).getDuedate())
        .isEqualTo(
            java.util.Date.from(reminded.atTime(9, 0).atZone(BusinessDates.ZONE).toInstant()));
    clockAt(reminded.atTime(9, 0));
    runDueJobs(managementService, pi.getId());
    Assertions.assertThat(reminderMail.sent)
        .last()
        .isEqualTo(
            new RecordingReminderMail.Sent("OVERDUE", taskKey, "assignee,candidates", NUMBER));
    assertThat(pi).isWaitingAt(taskKey);
  }
}
