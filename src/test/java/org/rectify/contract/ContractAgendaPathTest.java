package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.rectify.contract.ContractRenewalProcess.*;
import static org.rectify.contract.ProcessTestSupport.*;

import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The renewal decision and the tender plan go through the real {@code agenda-prereview} as a call
 * activity: the topic is registered with the contract's facts (business key = topic number), and
 * the agenda's outcome drives the contract — approved (also with conditions) → legal review, not
 * approved or 不予上会 → tender path, deferral stays inside the agenda. Tender paths: plan returned and
 * resubmitted, tender in time, finance postponement.
 */
@Deployment(
    resources = {
      "processes/contract-renewal.bpmn",
      "processes/contract-signing.bpmn",
      "processes/agenda-prereview.bpmn",
      "processes/meeting-routing.dmn"
    })
class ContractAgendaPathTest extends ContractRenewalTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-contract.cfg.xml").build();

  @Override
  ProcessEngineCoverageExtension extension() {
    return extension;
  }

  /**
   * The renewal is proposed and its topic approved, reviewed, re-reviewed and scheduled: the
   * meeting is next.
   */
  private ProcessInstance renewalTopicBeforeTheMeeting(ProcessInstance pi) {
    proposeRenewal(pi);
    ProcessInstance called = AgendaStandIns.calledTopic(pi);
    AgendaStandIns.approveAndReview(called, "PASS");
    AgendaStandIns.reReviewAndSchedule(called);
    return called;
  }

  @Nested
  @Deployment(
      resources = {
        "processes/contract-renewal.bpmn",
        "processes/contract-signing.bpmn",
        "processes/agenda-prereview.bpmn",
        "processes/meeting-routing.dmn"
      })
  class Renewal {

    @Test
    void proposalBecomesARenewalTopicOfTheAgendaCalledWithTheTopicNumberAsBusinessKey() {
      ProcessInstance pi = atRenewalProposal();
      proposeRenewal(pi);
      assertThat(pi).hasPassed(REGISTER_RENEWAL_TOPIC).isWaitingAt(RENEWAL_PREREVIEW);
      AgendaStandIns.Submitted topic = agenda.submitted.get(0);
      Assertions.assertThat(topic.type()).isEqualTo("CONTRACT_RENEWAL");
      Assertions.assertThat(topic.linkedContract()).isEqualTo(NUMBER);
      Assertions.assertThat(topic.deadline()).isEqualTo(at(LocalDate.of(2027, 10, 31)));
      Assertions.assertThat(topic.contractEndsOn()).isEqualTo(at(ENDS_ON));
      Assertions.assertThat(topic.amount()).isEqualTo(2450000.0);
      Assertions.assertThat(topic.supplier()).isEqualTo("深圳市青木园林绿化有限公司");
      Assertions.assertThat(topic.creditCode()).isEqualTo(CONTRACTOR_CODE);
      Assertions.assertThat(topic.performanceRecord()).contains("履约考核共2次，其中不合格1次");
      verify(agendaTopics)
          .link(
              NUMBER,
              "YT-2027-0001",
              "CONTRACT_RENEWAL",
              LocalDate.of(2027, 9, 30),
              LocalDate.of(2027, 10, 31));

      ProcessInstance called = AgendaStandIns.calledTopic(pi);
      Assertions.assertThat(called.getBusinessKey()).isEqualTo("YT-2027-0001");
      assertThat(called).isWaitingAt("UserTask_HeadApproval");
      assertThat(AgendaStandIns.task(called, "UserTask_HeadApproval")).isAssignedTo("greeningHead");
      assertThat(called)
          .variables()
          .containsEntry("topicType", "CONTRACT_RENEWAL")
          .containsEntry("businessNumber", "YT-2027-0001")
          .containsEntry("department", "greening")
          .containsEntry("amount", 2450000.0)
          .containsEntry("tripleOneMajor", false)
          .containsEntry("businessTitle", "公园绿地养护服务（HT-2027-001）续签")
          .doesNotContainKey(CONTRACT_NUMBER)
          .doesNotContainKey(PERFORMANCE_RECORD);
      Assertions.assertThat(topic.tripleOneMajor()).isEqualTo(false);
      Assertions.assertThat(topic.lateReason()).isNull();
      assertThat(called)
          .variables()
          .containsEntry("tripleOneMajorText", "否")
          .containsEntry("lateReason", null);
    }

    /**
     * The department declares 三重一大 (and its category) and explains a late proposal: both reach the
     * topic and the called pre-review — the reviewers' forms show them — and the topic is routed to
     * the 党组会 although its amount alone would go to the 局长办公会.
     */
    @Test
    void aDeclaredTripleOneMajorAndTheLateReasonReachThePreReviewAndRouteToThePartyGroup() {
      ProcessInstance pi = atRenewalProposal();
      claim(task(PREPARE_RENEWAL, pi), "greening1");
      complete(
          task(PREPARE_RENEWAL, pi),
          withVariables(
              "recommendation",
              "RENEW",
              "qualityJustification",
              "服务质量稳定，考核均合格",
              TRIPLE_ONE_MAJOR,
              true,
              TRIPLE_ONE_MAJOR_CATEGORY,
              "PROJECT",
              LATE_REASON,
              "等待年度考核结果，晚提交十天"));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isWaitingAt(RENEWAL_PREREVIEW);
      AgendaStandIns.Submitted topic = agenda.submitted.get(0);
      Assertions.assertThat(topic.tripleOneMajor()).isEqualTo(true);
      Assertions.assertThat(topic.tripleOneMajorCategory()).isEqualTo("PROJECT");
      Assertions.assertThat(topic.lateReason()).isEqualTo("等待年度考核结果，晚提交十天");
      ProcessInstance called = AgendaStandIns.calledTopic(pi);
      assertThat(called)
          .variables()
          .containsEntry("tripleOneMajor", true)
          .containsEntry("tripleOneMajorCategory", "PROJECT")
          .containsEntry("tripleOneMajorText", "是（重大项目安排）")
          .containsEntry("lateReason", "等待年度考核结果，晚提交十天");
      AgendaStandIns.approveAndReview(called, "PASS");
      AgendaStandIns.reReviewAndSchedule(called);
      assertThat(called).variables().containsEntry("meeting", "PARTY_GROUP");
    }

    @Test
    void approvedWithConditionsGoesToLegalReviewAndIsKeptInTheRegister() {
      ProcessInstance pi = atRenewalProposal();
      ProcessInstance called = renewalTopicBeforeTheMeeting(pi);
      AgendaStandIns.decide(called, "APPROVED_WITH_CONDITIONS", "续签期限不超过一年");
      runDueJobs(managementService, pi.getId());
      assertThat(called).isEnded().hasPassed("BusinessRuleTask_Routing", "EndEvent_Decided");
      assertThat(pi).hasPassed(RENEWAL_PREREVIEW, RECORD_RENEWAL_OUTCOME).isWaitingAt(LEGAL_REVIEW);
      assertThat(pi)
          .variables()
          .containsEntry(RENEWAL_DECISION, "APPROVED")
          .containsEntry(AGENDA_OUTCOME_TEXT, "议题 YT-2027-0001：会议附条件通过（续签期限不超过一年）");
      verify(agendaTopics)
          .decide(
              eq("YT-2027-0001"),
              eq("APPROVED_WITH_CONDITIONS"),
              eq("DIRECTOR_OFFICE"),
              eq("局长办公会纪要〔2027〕9号"),
              any());
    }

    @Test
    void deferralStaysInsideTheAgendaUntilTheMeetingDecides() {
      ProcessInstance pi = atRenewalProposal();
      ProcessInstance called = renewalTopicBeforeTheMeeting(pi);
      AgendaStandIns.decide(called, "DEFERRED", "材料待补充");
      assertThat(called).isWaitingAt("UserTask_Schedule");
      assertThat(pi).isWaitingAt(RENEWAL_PREREVIEW);
      verify(agendaTopics, never()).decide(anyString(), anyString(), any(), any(), any());
      taskService()
          .complete(
              AgendaStandIns.task(called, "UserTask_Schedule").getId(),
              withVariables("meetingDate", "2027-10-27", "agendaOrder", 3));
      AgendaStandIns.decide(called, "APPROVED", null);
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isWaitingAt(LEGAL_REVIEW);
    }

    @Test
    void notApprovedByTheMeetingGoesToTheTenderPath() {
      ProcessInstance pi = atRenewalProposal();
      proposeRenewal(pi);
      agendaDecides(pi, "NOT_APPROVED");
      assertThat(pi)
          .hasPassed(RECORD_RENEWAL_OUTCOME)
          .isWaitingAt(PREPARE_TENDER_PLAN)
          .hasNotPassed(LEGAL_REVIEW);
      assertThat(pi).variables().containsEntry(RENEWAL_DECISION, "REJECTED");
      verify(agendaTopics).decide(eq("YT-2027-0001"), eq("NOT_APPROVED"), any(), any(), any());
    }

    @Test
    void blacklistedContractorIsRejectedByTheOfficeReviewAndTheContractGoesToTender() {
      agenda.blacklistedCode = CONTRACTOR_CODE;
      ProcessInstance pi = atRenewalProposal();
      proposeRenewal(pi);
      ProcessInstance called = AgendaStandIns.calledTopic(pi);
      AgendaStandIns.approveAndReview(called, "PASS");
      runDueJobs(managementService, pi.getId());
      assertThat(called).isEnded().hasPassed("EndEvent_Rejected");
      Assertions.assertThat(agenda.rejected).containsExactly("YT-2027-0001");
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN);
      assertThat(pi).variables().containsEntry(AGENDA_OUTCOME_TEXT, "议题 YT-2027-0001：办公室审核不予上会");
      verify(agendaTopics)
          .decide(
              eq("YT-2027-0001"),
              eq(RecordAgendaOutcomeDelegate.REJECTED_BY_REVIEW),
              isNull(),
              isNull(),
              any());
    }

    @Test
    void aRejectionInTheNextTermIsNotMistakenForTheEarlierApproval() {
      ProcessInstance pi = atRenewalProposal();
      approveRenewal(pi);
      legalOpinion(pi, "法意〔2027〕13号", "NO_OBJECTION");
      complete(
          task(SIGN_RENEWAL, pi),
          withVariables("signedOn", "2027-09-30", NEW_ENDS_ON, "2028-12-31"));
      runDueJobs(managementService, pi.getId());
      clockAt(java.time.LocalDateTime.of(2028, 9, 30, 9, 0));
      runDueJobs(managementService, pi.getId());
      proposeRenewal(pi);
      ProcessInstance second = AgendaStandIns.calledTopic(pi);
      Assertions.assertThat(second.getBusinessKey()).isEqualTo("YT-2027-0002");
      AgendaStandIns.approveAndReview(second, "REJECT");
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN, TEAM_FILING);
      assertThat(pi).variables().containsEntry(RENEWAL_DECISION, "REJECTED");
      verify(agendaTopics)
          .decide(
              eq("YT-2027-0002"),
              eq(RecordAgendaOutcomeDelegate.REJECTED_BY_REVIEW),
              isNull(),
              isNull(),
              any());
    }

    @Test
    void recommendingARetenderSkipsTheRenewalTopicAndOpensTheTenderPlan() {
      ProcessInstance pi = atRenewalProposal();
      complete(
          task(PREPARE_RENEWAL, pi),
          withVariables("recommendation", "RETENDER", "qualityJustification", "多次不合格"));
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN).hasNotPassed(REGISTER_RENEWAL_TOPIC);
      Assertions.assertThat(agenda.submitted).isEmpty();
    }

    @Test
    void contractorExitDuringThePreReviewCancelsTheCalledTopic() {
      ProcessInstance pi = atRenewalProposal();
      proposeRenewal(pi);
      ProcessInstance called = AgendaStandIns.calledTopic(pi);
      runtimeService()
          .createMessageCorrelation(MESSAGE_CONTRACTOR_EXITED)
          .processInstanceBusinessKey(NUMBER)
          .correlate();
      assertThat(called).isEnded();
      assertThat(pi).isWaitingAt(REPLACEMENT_PROCUREMENT);
    }
  }

  @Nested
  @Deployment(
      resources = {
        "processes/contract-renewal.bpmn",
        "processes/contract-signing.bpmn",
        "processes/agenda-prereview.bpmn",
        "processes/meeting-routing.dmn"
      })
  class Tender {

    @Test
    void tenderPlanBecomesATenderPlanTopicDueSixMonthsBeforeExpiry() {
      ProcessInstance pi = atTenderPlan();
      submitTenderPlan(pi, "公开招标，服务期三年");
      assertThat(pi).hasPassed(REGISTER_TENDER_TOPIC).isWaitingAt(TENDER_PREREVIEW);
      AgendaStandIns.Submitted topic = agenda.submitted.get(0);
      Assertions.assertThat(topic.type()).isEqualTo("TENDER_PLAN");
      Assertions.assertThat(topic.deadline()).isEqualTo(at(LocalDate.of(2027, 6, 30)));
      Assertions.assertThat(topic.serviceStartsOn()).isEqualTo(at(ENDS_ON));
      Assertions.assertThat(topic.supplier()).isNull();
      assertThat(AgendaStandIns.calledTopic(pi))
          .variables()
          .containsEntry("topicType", "TENDER_PLAN")
          .containsEntry("amount", 2600000)
          .containsEntry("tripleOneMajor", false)
          .containsEntry("tripleOneMajorText", "否");
      verify(agendaTopics)
          .link(
              NUMBER,
              "YT-2027-0001",
              "TENDER_PLAN",
              LocalDate.of(2027, 5, 31),
              LocalDate.of(2027, 6, 30));
    }

    @Test
    void planNotApprovedIsRevisedAndResubmittedThenTenderedInTime() {
      ProcessInstance pi = atTenderPlan();
      submitTenderPlan(pi, "公开招标");
      agendaDecides(pi, "NOT_APPROVED");
      assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN);
      submitTenderPlan(pi, "公开招标，补充预算");
      Assertions.assertThat(AgendaStandIns.calledTopic(pi).getBusinessKey())
          .isEqualTo("YT-2027-0002");
      agendaDecides(pi, "APPROVED");
      complete(task(CONDUCT_TENDER, pi), withVariables(TENDER_SCHEDULE, "IN_TIME"));
      runDueJobs(managementService, pi.getId());
      assertThat(pi).isWaitingAt(SIGN_RETENDERED);
      verify(contracts, never()).close(anyString(), anyString());
      signCalledContract(pi, "法意〔2027〕21号");
      assertThat(pi)
          .isEnded()
          .hasPassed(RECORD_TENDER_OUTCOME, CLOSE_RETENDERED, END_RETENDERED)
          .hasNotPassed(APPLY_POSTPONEMENT);
      verify(contracts).close(NUMBER, CloseRetenderedDelegate.RETENDERED);
    }

    @Test
    void delayedTenderAppliesForFinancePostponementAndTendersATemporaryService() {
      ProcessInstance pi = atTenderPlan();
      submitTenderPlan(pi, "公开招标");
      agendaDecides(pi, "APPROVED");
      complete(task(CONDUCT_TENDER, pi), withVariables(TENDER_SCHEDULE, "DELAYED"));
      assertThat(pi).isWaitingAt(APPLY_POSTPONEMENT);
      complete(
          task(APPLY_POSTPONEMENT, pi),
          withVariables("postponementAppliedOn", "2027-09-01", "postponementResult", "财政局同意延期三个月"));
      complete(task(TEMPORARY_TENDER, pi), withVariables("temporaryTenderReference", "LS-2027-07"));
      runDueJobs(managementService, pi.getId());
      signCalledContract(pi, "法意〔2027〕22号");
      assertThat(pi).isEnded().hasPassed(APPLY_POSTPONEMENT, TEMPORARY_TENDER, END_RETENDERED);
      verify(contracts).close(NUMBER, CloseRetenderedDelegate.TEMPORARY_SERVICE);
    }

    @Test
    void renewalNotApprovedEndsInATenderClosedAsRetendered() {
      ProcessInstance pi = atRenewalProposal();
      proposeRenewal(pi);
      agendaDecides(pi, "NOT_APPROVED");
      submitTenderPlan(pi, "公开招标");
      agendaDecides(pi, "APPROVED");
      complete(task(CONDUCT_TENDER, pi), withVariables(TENDER_SCHEDULE, "IN_TIME"));
      runDueJobs(managementService, pi.getId());
      signCalledContract(pi, "法意〔2027〕23号");
      assertThat(pi)
          .isEnded()
          .hasPassed(RENEWAL_PREREVIEW, TENDER_PREREVIEW, SIGN_RETENDERED, END_RETENDERED);
      Assertions.assertThat(agenda.submitted)
          .extracting(AgendaStandIns.Submitted::type)
          .containsExactly("CONTRACT_RENEWAL", "TENDER_PLAN");
    }
  }
}
