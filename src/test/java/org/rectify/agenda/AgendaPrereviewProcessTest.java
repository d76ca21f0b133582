package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.rectify.agenda.AgendaPrereviewProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.meeting.MeetingRegister;
import org.rectify.meeting.MeetingType;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.reminder.ReminderModels;
import org.rectify.reminder.ReminderTimes;
import org.rectify.reminder.StatusColour;
import org.rectify.supplier.Blacklist;
import org.rectify.supplier.Contractor;
import org.rectify.supplier.ContractorRepository;

/**
 * Every path of {@code agenda-prereview} on a plain engine: the register and the supplier beans are
 * mocks.
 */
@Deployment(resources = {"processes/agenda-prereview.bpmn", "processes/meeting-routing.dmn"})
class AgendaPrereviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-agenda.cfg.xml").build();

  private static final String NUMBER = "YT-2026-0007";
  private static final String FORGED_CODE = "91350100M000100Y43";

  private final AgendaTopicRepository topics = mock(AgendaTopicRepository.class);
  private final Blacklist blacklist = mock(Blacklist.class);
  private final ContractorRepository contractors = mock(ContractorRepository.class);
  private final OrganizationDirectory organization = mock(OrganizationDirectory.class);
  private final MeetingRegister meetings = mock(MeetingRegister.class);
  private final AgendaTopicRegistration registration = mock(AgendaTopicRegistration.class);
  private final List<String> mails = new ArrayList<>();
  private ManagementService managementService;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    managementService = extension.getProcessEngine().getManagementService();
    Mocks.register("organization", organization);
    Mocks.register("reminderTimes", ReminderTimes.withDefaults());
    Mocks.register(
        "reminderMail",
        (org.camunda.bpm.engine.delegate.JavaDelegate)
            execution -> {
              Map<String, String> reminder = ReminderModels.settings(execution);
              mails.add(reminder.get("reminderType") + ":" + reminder.get("reminderRecipients"));
            });
    Mocks.register(
        "agendaAutoChecks",
        new AgendaAutoChecksDelegate(
            topics,
            blacklist,
            ReminderTimes.withDefaults(),
            StatusColour.withDefaults(),
            new BigDecimal("1000000"),
            3));
    Mocks.register("agendaRevision", new AgendaRevisionDelegate(topics));
    Mocks.register("agendaRejection", new AgendaRejectionDelegate(topics, contractors, blacklist));
    Mocks.register("agendaDecision", new AgendaDecisionDelegate(topics, meetings));
    Mocks.register("agendaScheduling", new AgendaScheduleListener(meetings, topics));
    Mocks.register("agendaWithdrawal", new AgendaWithdrawalListener(topics, meetings));
    Mocks.register(
        "agendaStartForm",
        new AgendaStartFormListener(
            registration,
            topics,
            new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()));
    when(meetings.schedule(any(), any(), any(), any(), any(), any(), any(), any()))
        .thenAnswer(
            call -> {
              Long id = call.getArgument(0);
              LocalDate date = id == null ? call.getArgument(2) : LocalDate.of(2026, 12, 10);
              Integer position = call.getArgument(3);
              return new MeetingRegister.Scheduled(
                  id == null ? 41 : id, date, "局务会（" + date + "）", position == null ? 3 : position);
            });
    Mocks.register("agendaFourEyes", new AgendaFourEyesListener(topics));
    Mocks.register("agendaJustification", new AgendaJustificationListener());
    Mocks.register("agendaChoiceCheck", new AgendaChoiceCheck());
    when(organization.headOf("enforcement")).thenReturn("enforcementHead");
    when(organization.leaderOf("enforcement")).thenReturn("leaders1");
    when(organization.headOf("office")).thenReturn("officeHead");
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    extension.getProcessEngine().getIdentityService().clearAuthentication();
  }

  private static AgendaTopicRequest.Quote quote(String supplier, boolean checked, boolean forged) {
    return new AgendaTopicRequest.Quote(
        supplier,
        forged ? FORGED_CODE : null,
        new BigDecimal("280000"),
        "方案",
        "效果",
        "资质",
        checked ? LocalDate.of(2026, 11, 20) : null,
        checked ? "存续" : null,
        forged);
  }

  private static List<AgendaTopicRequest.Quote> threeValidQuotes() {
    return List.of(quote("甲公司", true, false), quote("乙公司", true, false), quote("丙公司", true, false));
  }

  private ProcessInstance start(
      String type, double amount, boolean tripleOneMajor, List<AgendaTopicRequest.Quote> quotes) {
    AgendaTopic topic =
        new AgendaTopic(
            NUMBER,
            "执法车辆维修",
            type,
            "enforcement",
            "enforcement",
            "vehicleRepair",
            BigDecimal.valueOf(amount),
            tripleOneMajor,
            null,
            null,
            null,
            null,
            2026,
            "SUBMITTED",
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "enforcement1");
    when(topics.findByNumber(NUMBER)).thenReturn(Optional.of(topic));
    when(topics.quotesOf(NUMBER)).thenReturn(quotes);
    Map<String, Object> variables = new HashMap<>();
    variables.put(TOPIC_NUMBER, NUMBER);
    variables.put(TOPIC_TYPE, type);
    variables.put(AMOUNT, amount);
    variables.put(TRIPLE_ONE_MAJOR, tripleOneMajor);
    variables.put(REVISION, 0);
    variables.put("department", "enforcement");
    variables.put("businessNumber", NUMBER);
    variables.put("businessTitle", "执法车辆维修");
    return runtimeService().startProcessInstanceByKey(KEY, NUMBER, variables);
  }

  private void approveByDepartment(ProcessInstance pi) {
    assertThat(task(TASK_HEAD_APPROVAL, pi)).isAssignedTo("enforcementHead");
    taskService()
        .complete(task(TASK_HEAD_APPROVAL, pi).getId(), withVariables("headApproved", true));
    assertThat(task(TASK_LEADER_APPROVAL, pi)).isAssignedTo("leaders1");
    taskService()
        .complete(task(TASK_LEADER_APPROVAL, pi).getId(), withVariables("leaderApproved", true));
    assertThat(pi).isWaitingAt(TASK_OFFICE_REVIEW);
    assertThat(task(TASK_OFFICE_REVIEW, pi)).hasCandidateGroup("office");
  }

  /** The reviewer accepts the prefilled checklist and gives the outcome. */
  private void review(
      ProcessInstance pi, String reviewer, String outcome, Map<String, Object> overrides) {
    String id = task(TASK_OFFICE_REVIEW, pi).getId();
    taskService().claim(id, reviewer);
    Map<String, Object> variables = new HashMap<>(overrides);
    variables.put("reviewOutcome", outcome);
    taskService().complete(id, variables);
  }

  private void reReview(ProcessInstance pi, String reviewer, boolean agreed) {
    String id = task(TASK_RE_REVIEW, pi).getId();
    taskService().claim(id, reviewer);
    taskService().complete(id, withVariables("reReviewAgreed", agreed));
  }

  /** The office creates a new meeting on the date (place 2) and records the meeting's decision. */
  private void scheduleAndDecide(ProcessInstance pi, String decision, String date) {
    taskService()
        .complete(
            task(TASK_SCHEDULE, pi).getId(),
            withVariables(
                MEETING_ID,
                AgendaScheduleListener.NEW_MEETING,
                "meetingDate",
                date,
                "agendaOrder",
                2));
    taskService()
        .complete(
            task(TASK_DECISION, pi).getId(),
            withVariables(DECISION, decision, "minutesRef", "局务会纪要〔2026〕12号"));
  }

  private void scheduleAndDecide(ProcessInstance pi, String decision) {
    scheduleAndDecide(pi, decision, "2026-12-10");
  }

  @Test
  void threeValidQuotesPassBothReviewsAndAreRoutedByTheDmnToTheBureauAffairsMeeting() {
    ProcessInstance pi = start("PRICE_COMPARISON", 280_000, false, threeValidQuotes());
    approveByDepartment(pi);
    assertThat(pi).hasVariables("c3", "autoChecklist", "dueDate");
    assertThat(runtimeService().getVariable(pi.getId(), "c3")).isEqualTo("PASS");
    assertThat(runtimeService().getVariable(pi.getId(), "c4")).isEqualTo("PASS");
    assertThat((String) runtimeService().getVariable(pi.getId(), "autoChecklist"))
        .contains("C3 三方比价：三家以上报价");
    review(pi, "office1", "PASS", Map.of());
    reReview(pi, "office2", true);
    assertThat(runtimeService().getVariable(pi.getId(), PROPOSED_MEETING))
        .isEqualTo("BUREAU_AFFAIRS");
    assertThat(runtimeService().getVariable(pi.getId(), MEETING)).isEqualTo("BUREAU_AFFAIRS");
    taskService().complete(task(TASK_CONFIRM_MEETING, pi).getId());
    scheduleAndDecide(pi, "APPROVED");
    assertThat(pi).isEnded().hasPassed(END_DECIDED);
    verify(topics).update(NUMBER, "reviewer", "office1");
    verify(topics).update(NUMBER, "re_reviewer", "office2");
    verify(topics)
        .update(
            eq(NUMBER),
            eq("review_checklist"),
            org.mockito.ArgumentMatchers.contains("C3=PASS；C4=PASS"));
    verify(topics).update(NUMBER, "re_review_checklist", "同意审核结论；");
    verify(topics).update(NUMBER, "decision", "APPROVED");
    verify(topics).update(NUMBER, "minutes_ref", "局务会纪要〔2026〕12号");
    verify(meetings)
        .schedule(
            null,
            MeetingType.BUREAU_AFFAIRS,
            LocalDate.of(2026, 12, 10),
            2,
            NUMBER,
            "执法车辆维修",
            null,
            "system");
    verify(meetings).recordDecision(41L, NUMBER, "APPROVED", null, "局务会纪要〔2026〕12号", null);
  }

  @Test
  void theFirstReviewerCannotClaimOrCompleteTheReReview() {
    ProcessInstance pi = start("GENERAL_REQUEST", 2_000_000, false, List.of());
    approveByDepartment(pi);
    review(pi, "office1", "PASS", Map.of());
    String reReview = task(TASK_RE_REVIEW, pi).getId();
    assertThatThrownBy(() -> taskService().claim(reReview, "office1"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("复核人不得与审核人为同一人");
    assertThat(task(TASK_RE_REVIEW, pi)).isNotAssigned();
    extension.getProcessEngine().getIdentityService().setAuthenticatedUserId("office1");
    assertThatThrownBy(
            () -> taskService().complete(reReview, withVariables("reReviewAgreed", true)))
        .hasMessageContaining("四眼原则");
    extension.getProcessEngine().getIdentityService().clearAuthentication();
    assertThat(pi).isWaitingAt(TASK_RE_REVIEW);
    reReview(pi, "office2", true);
    assertThat(runtimeService().getVariable(pi.getId(), PROPOSED_MEETING))
        .isEqualTo("DIRECTOR_OFFICE");
  }

  @Test
  void aCancelledPreReviewWithdrawsItsTopicAndAFinishedOneDoesNot() {
    ProcessInstance cancelled = start("GENERAL_REQUEST", 50_000, false, List.of());
    approveByDepartment(cancelled);
    runtimeService().deleteProcessInstance(cancelled.getId(), "承包商已出局，续签议题撤回");
    assertThat(cancelled).isEnded();
    verify(topics).update(NUMBER, "status", "WITHDRAWN");
    verify(meetings).withdrawTopic(NUMBER);

    org.mockito.Mockito.clearInvocations(topics, meetings);
    ProcessInstance rejected =
        start(
            "PRICE_COMPARISON",
            280_000,
            false,
            List.of(quote("甲公司", true, false), quote("乙公司", false, false)));
    approveByDepartment(rejected);
    review(rejected, "office1", "PASS", Map.of());
    assertThat(rejected).isEnded().hasPassed(END_REJECTED);
    verify(topics, org.mockito.Mockito.never()).update(NUMBER, "status", "WITHDRAWN");
    verify(meetings, org.mockito.Mockito.never()).withdrawTopic(any());
  }

  @Test
  void twoQuotesAreNeverPutOnTheAgenda() {
    ProcessInstance pi =
        start(
            "PRICE_COMPARISON",
            280_000,
            false,
            List.of(quote("甲公司", true, false), quote("乙公司", false, false)));
    approveByDepartment(pi);
    assertThat(runtimeService().getVariable(pi.getId(), "c3")).isEqualTo("FAIL");
    assertThat((String) runtimeService().getVariable(pi.getId(), "autoChecklist"))
        .contains("仅有 2 家供应商报价")
        .contains("乙公司”未做工商登记信息查询");
    review(pi, "office1", "PASS", Map.of());
    assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed("BusinessRuleTask_Routing");
    verify(topics).update(NUMBER, "status", "REJECTED");
  }

  @Test
  void aBlacklistedSupplierEndsTheTopicAsRejected() {
    List<AgendaTopicRequest.Quote> quotes =
        List.of(
            quote("甲公司", true, false),
            quote("乙公司", true, false),
            new AgendaTopicRequest.Quote(
                "黑名单公司",
                "91440300MA5F000010",
                BigDecimal.TEN,
                "方案",
                "效果",
                "资质",
                LocalDate.of(2026, 11, 20),
                "存续",
                false));
    when(blacklist.isBlacklisted("91440300MA5F000010")).thenReturn(true);
    ProcessInstance pi = start("PRICE_COMPARISON", 280_000, false, quotes);
    approveByDepartment(pi);
    assertThat(runtimeService().getVariable(pi.getId(), "c4")).isEqualTo("FAIL");
    assertThat((String) runtimeService().getVariable(pi.getId(), "autoChecklist"))
        .contains("黑名单公司”已列入黑名单");
    review(pi, "office1", "PASS", Map.of());
    assertThat(pi).isEnded().hasPassed(END_REJECTED);
    verify(blacklist, never())
        .add(anyLong(), anyString(), anyString(), anyString(), any(), any(), anyString());
  }

  @Test
  void aForgedRegistrationEndsTheTopicAndBlacklistsTheSupplier() {
    when(contractors.findOrRegister("伪造公司", FORGED_CODE))
        .thenReturn(new Contractor(9, "伪造公司", FORGED_CODE, false));
    ProcessInstance pi =
        start(
            "PRICE_COMPARISON",
            280_000,
            false,
            List.of(
                quote("甲公司", true, false), quote("乙公司", true, false), quote("伪造公司", true, true)));
    approveByDepartment(pi);
    assertThat(runtimeService().getVariable(pi.getId(), "c5")).isEqualTo("FAIL");
    review(pi, "office1", "REJECT", Map.of());
    assertThat(pi).isEnded().hasPassed(END_REJECTED);
    verify(contractors).markForgedRegistration(9);
    verify(blacklist)
        .add(
            eq(9L),
            eq("B1"),
            anyString(),
            anyString(),
            eq(null),
            any(LocalDate.class),
            eq("office1"));
  }

  @Test
  void splittingHintListsTheEarlierTopicsAndTheReviewerMayJustifyIt() {
    when(topics.sameKindInYear(NUMBER, "enforcement", "vehicleRepair", 2026))
        .thenReturn(
            List.of(
                new AgendaTopicRepository.EarlierTopic(
                    "YT-2026-0002", "执法车辆维修（一）", new BigDecimal("400000")),
                new AgendaTopicRepository.EarlierTopic(
                    "YT-2026-0004", "执法车辆维修（二）", new BigDecimal("450000"))));
    ProcessInstance pi = start("GENERAL_REQUEST", 280_000, false, List.of());
    approveByDepartment(pi);
    assertThat(runtimeService().getVariable(pi.getId(), "c6")).isEqualTo("FAIL");
    assertThat((String) runtimeService().getVariable(pi.getId(), "autoChecklist"))
        .contains("疑似拆分规避招标")
        .contains("YT-2026-0002")
        .contains("YT-2026-0004")
        .contains("1130000");
    assertThatThrownBy(() -> review(pi, "office1", "PASS", Map.of("c6", "PASS")))
        .hasMessageContaining("C6 系统提示疑似拆分规避招标，改为通过须在审核意见中说明理由");
    assertThat(pi).isWaitingAt(TASK_OFFICE_REVIEW);
    review(pi, "office1", "PASS", Map.of("c6", "PASS", "reviewComment", "三次维修对应不同车辆的突发故障，非同一项目"));
    assertThat(pi).isWaitingAt(TASK_RE_REVIEW);
  }

  @Test
  void correctableDefectsGoBackWithARevisionCounter() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    taskService()
        .complete(task(TASK_HEAD_APPROVAL, pi).getId(), withVariables("headApproved", false));
    assertThat(pi).isWaitingAt(TASK_REVISE);
    assertThat(runtimeService().getVariable(pi.getId(), REVISION)).isEqualTo(1);
    taskService().complete(task(TASK_REVISE, pi).getId(), withVariables("revisionNote", "补充材料"));
    taskService()
        .complete(task(TASK_HEAD_APPROVAL, pi).getId(), withVariables("headApproved", true));
    taskService()
        .complete(task(TASK_LEADER_APPROVAL, pi).getId(), withVariables("leaderApproved", false));
    assertThat(runtimeService().getVariable(pi.getId(), REVISION)).isEqualTo(2);
    taskService().complete(task(TASK_REVISE, pi).getId(), withVariables("revisionNote", "再补充"));
    approveByDepartment(pi);
    review(pi, "office1", "RETURN", Map.of("reviewComment", "缺少会议材料"));
    assertThat(pi).isWaitingAt(TASK_REVISE);
    assertThat(runtimeService().getVariable(pi.getId(), REVISION)).isEqualTo(3);
    verify(topics, org.mockito.Mockito.times(3)).incrementRevision(NUMBER);
  }

  @Test
  void reReviewerDisagreementSendsTheTopicBackAndAPartyGroupTopicNeverTakesTheFirstPlace() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, true, List.of());
    approveByDepartment(pi);
    review(pi, "office1", "PASS", Map.of());
    reReview(pi, "office2", false);
    assertThat(pi).isWaitingAt(TASK_OFFICE_REVIEW);
    review(pi, "office1", "PASS", Map.of());
    reReview(pi, "office2", true);
    assertThat(runtimeService().getVariable(pi.getId(), PROPOSED_MEETING)).isEqualTo("PARTY_GROUP");
    taskService().complete(task(TASK_CONFIRM_MEETING, pi).getId());
    String schedule = task(TASK_SCHEDULE, pi).getId();
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        schedule,
                        withVariables(
                            MEETING_ID, "NEW", "meetingDate", "2026-12-10", "agendaOrder", 1)))
        .hasMessageContaining("第一议题");
    taskService()
        .complete(
            schedule,
            withVariables(MEETING_ID, "NEW", "meetingDate", "2026-12-10", "agendaOrder", 2));
    assertThat(pi).isWaitingAt(TASK_DECISION);
    verify(meetings)
        .schedule(
            null,
            MeetingType.PARTY_GROUP,
            LocalDate.of(2026, 12, 10),
            2,
            NUMBER,
            "执法车辆维修",
            null,
            "system");
    taskService()
        .complete(
            task(TASK_DECISION, pi).getId(),
            withVariables(
                DECISION,
                "APPROVED",
                "minutesRef",
                "党组会纪要〔2026〕5号",
                "firstTopic",
                "学习《中国共产党党组工作条例》"));
    verify(meetings)
        .recordDecision(41L, NUMBER, "APPROVED", null, "党组会纪要〔2026〕5号", "学习《中国共产党党组工作条例》");
    assertThat(pi).isEnded().hasPassed(END_DECIDED);
  }

  /**
   * The five decision gateways have no default flow: {@code agendaChoiceCheck}, their declared
   * {@code checkedBy}, refuses a missing or unknown decision at the step in Chinese, and the topic
   * stays there (issue 26).
   */
  @Test
  void aMissingOrUnknownDecisionIsRefusedAtItsStepAndTheTopicStaysThere() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    String head = task(TASK_HEAD_APPROVAL, pi).getId();
    assertRefused(() -> taskService().complete(head), "请选择“科室负责人意见”（同意或退回）");
    assertRefused(
        () -> taskService().complete(head, withVariables("headApproved", "yes")),
        "请选择“科室负责人意见”（同意或退回）");
    assertThat(pi).isWaitingAt(TASK_HEAD_APPROVAL);
    taskService().complete(head, withVariables("headApproved", true));
    String leader = task(TASK_LEADER_APPROVAL, pi).getId();
    assertRefused(() -> taskService().complete(leader), "请选择“分管领导意见”（同意或退回）");
    assertThat(pi).isWaitingAt(TASK_LEADER_APPROVAL);
    taskService().complete(leader, withVariables("leaderApproved", true));
    String review = task(TASK_OFFICE_REVIEW, pi).getId();
    taskService().claim(review, "office1");
    assertRefused(
        () -> taskService().complete(review, withVariables("reviewOutcome", "MAYBE")),
        "“审核结论”的取值无效，请从列表中选择");
    assertRefused(
        () -> taskService().complete(review, withVariables("reviewOutcome", "PASS", "c4", "OK")),
        "“C4 核查结果”的取值无效，请从列表中选择");
    assertThat(pi).isWaitingAt(TASK_OFFICE_REVIEW);
    verify(topics, org.mockito.Mockito.never())
        .update(eq(NUMBER), eq("review_checklist"), org.mockito.ArgumentMatchers.any());
    review(pi, "office1", "PASS", Map.of());
    String reReview = task(TASK_RE_REVIEW, pi).getId();
    taskService().claim(reReview, "office2");
    assertRefused(() -> taskService().complete(reReview), "请选择“复核意见”（同意或退回）");
    assertThat(pi).isWaitingAt(TASK_RE_REVIEW);
    taskService().complete(reReview, withVariables("reReviewAgreed", true));
    taskService()
        .complete(task(TASK_CONFIRM_MEETING, pi).getId(), withVariables(MEETING, "BUREAU_AFFAIRS"));
    assertRefused(() -> scheduleAndDecide(pi, "POSTPONED"), "“会议决定”的取值无效，请从列表中选择");
    assertThat(pi).isWaitingAt(TASK_DECISION);
    taskService()
        .complete(
            task(TASK_DECISION, pi).getId(),
            withVariables(DECISION, "APPROVED", "minutesRef", "局务会纪要〔2026〕12号"));
    assertThat(pi).isEnded().hasPassed(END_DECIDED);
  }

  private static void assertRefused(Runnable completion, String message) {
    assertThatThrownBy(completion::run)
        .hasRootCauseInstanceOf(
            org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .rootCause()
        .hasMessage(message);
  }

  @Test
  void aDeferredTopicIsScheduledAgainAndANotApprovedTopicEnds() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    approveByDepartment(pi);
    review(pi, "office1", "PASS", Map.of());
    reReview(pi, "office2", true);
    String confirm = task(TASK_CONFIRM_MEETING, pi).getId();
    assertThatThrownBy(
            () -> taskService().complete(confirm, withVariables(MEETING, "DIRECTOR_OFFICE")))
        .hasMessageContaining("C10 确认的会议与规则建议（局务会）不一致，须说明理由");
    taskService()
        .complete(
            confirm, withVariables(MEETING, "DIRECTOR_OFFICE", "routingComment", "涉及执法装备，提请局长办公会"));
    scheduleAndDecide(pi, "DEFERRED");
    assertThat(pi).isWaitingAt(TASK_SCHEDULE);
    verify(topics).update(NUMBER, "status", "DEFERRED");
    assertThat(runtimeService().getVariable(pi.getId(), DEFERRED_MEETING_DATE))
        .isEqualTo("2026-12-10");
    assertThat(runtimeService().getVariable(pi.getId(), MEETING_ID)).isNull();
    verify(meetings).planned(MeetingType.DIRECTOR_OFFICE, LocalDate.of(2026, 12, 10));
    scheduleAndDecide(pi, "NOT_APPROVED", "2026-12-17");
    verify(meetings)
        .schedule(
            null,
            MeetingType.DIRECTOR_OFFICE,
            LocalDate.of(2026, 12, 17),
            2,
            NUMBER,
            "执法车辆维修",
            LocalDate.of(2026, 12, 10),
            "system");
    assertThat(pi).isEnded().hasPassed(END_NOT_APPROVED);
    verify(topics, org.mockito.Mockito.atLeastOnce()).update(NUMBER, "meeting", "DIRECTOR_OFFICE");
  }

  @Test
  void aMeetingAfterTheDecisionDeadlineIsFlaggedAndTakenOnlyKnowingly() {
    LocalDate today = MeetingRegister.today();
    LocalDate deadline = today.plusDays(8);
    LocalDate late = today.plusDays(13);
    when(topics.decideBy(NUMBER))
        .thenReturn(Optional.of(new AgendaTopicRepository.DecideBy(deadline, "合同到期日")));
    when(meetings.planned(org.mockito.ArgumentMatchers.eq(MeetingType.BUREAU_AFFAIRS), any()))
        .thenReturn(List.of(new MeetingRegister.PlannedMeeting(7, late, late + " 局务会（已排 2 项）")));
    when(meetings.schedule(eq(7L), any(), any(), any(), any(), any(), any(), any()))
        .thenReturn(new MeetingRegister.Scheduled(7, late, "局务会", 3));

    ProcessInstance pi = readyForScheduling();
    assertThat(runtimeService().getVariable(pi.getId(), AgendaScheduleListener.DECIDE_BY_TEXT))
        .isEqualTo(deadline + "（合同到期日）");
    assertThat(
            (String)
                runtimeService().getVariable(pi.getId(), AgendaScheduleListener.SCHEDULE_ALERT))
        .contains("本议题须在 " + deadline + "（合同到期日）前由局务会作出决定")
        .contains("没有此前召开的局务会");
    assertThat(
            runtimeService()
                .getVariableTyped(pi.getId(), AgendaScheduleListener.PLANNED_MEETINGS)
                .getValue()
                .toString())
        .contains("（晚于决策期限 " + deadline + "）");

    String schedule = task(TASK_SCHEDULE, pi).getId();
    assertThatThrownBy(() -> taskService().complete(schedule, withVariables(MEETING_ID, "7")))
        .hasMessageContaining("会议日期 " + late + " 晚于本议题的决策期限 " + deadline + "（合同到期日）");
    assertThat(pi).isWaitingAt(TASK_SCHEDULE);
    taskService()
        .complete(
            schedule,
            withVariables(MEETING_ID, "7", AgendaScheduleListener.LATE_ACKNOWLEDGED, true));
    assertThat(pi).isWaitingAt("UserTask_RecordDecision");
  }

  @Test
  void aTopicWithoutADecisionDeadlineShowsNoAlert() {
    ProcessInstance pi = readyForScheduling();
    assertThat(runtimeService().getVariable(pi.getId(), AgendaScheduleListener.DECIDE_BY_TEXT))
        .isEqualTo("");
    assertThat(runtimeService().getVariable(pi.getId(), AgendaScheduleListener.SCHEDULE_ALERT))
        .isEqualTo("");
  }

  /**
   * Department, both reviews and the confirmation of the DMN's proposal: the topic waits at 安排上会.
   */
  private ProcessInstance readyForScheduling() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    approveByDepartment(pi);
    review(pi, "office1", "PASS", Map.of());
    reReview(pi, "office2", true);
    taskService().complete(task(TASK_CONFIRM_MEETING, pi).getId());
    assertThat(pi).isWaitingAt(TASK_SCHEDULE);
    return pi;
  }

  @Test
  void schedulingOffersThePlannedMeetingsOfTheRoutedTypeAndPutsTheTopicOnTheChosenOne() {
    when(meetings.planned(org.mockito.ArgumentMatchers.eq(MeetingType.BUREAU_AFFAIRS), any()))
        .thenReturn(
            List.of(
                new MeetingRegister.PlannedMeeting(
                    17, LocalDate.of(2026, 12, 3), "2026-12-03 局务会（已排 2 项）")));
    ProcessInstance pi = readyForScheduling();
    String options =
        runtimeService()
            .getVariableTyped(pi.getId(), AgendaScheduleListener.PLANNED_MEETINGS)
            .getValue()
            .toString();
    assertThat(options)
        .contains("\"value\":\"17\"")
        .contains("2026-12-03 局务会（已排 2 项）")
        .contains("\"value\":\"NEW\"")
        .contains("新建局务会");
    assertThat(runtimeService().getVariable(pi.getId(), "meetingTypeName")).isEqualTo("局务会");
    taskService().complete(task(TASK_SCHEDULE, pi).getId(), withVariables(MEETING_ID, "17"));
    verify(meetings)
        .schedule(17L, MeetingType.BUREAU_AFFAIRS, null, null, NUMBER, "执法车辆维修", null, "system");
    assertThat(pi).isWaitingAt(TASK_DECISION);
    assertThat(runtimeService().getVariable(pi.getId(), MEETING_ID)).isEqualTo(17L);
    assertThat(runtimeService().getVariable(pi.getId(), "agendaOrder")).isEqualTo(3);
    assertThat(runtimeService().getVariable(pi.getId(), "meetingDate")).isEqualTo("2026-12-10");
    verify(topics).update(NUMBER, "status", "SCHEDULED");
    verify(topics).update(NUMBER, "meeting_date", LocalDate.of(2026, 12, 10));
  }

  @Test
  void aRefusalOfTheRegisterKeepsTheTaskOpenAndWritesNothing() {
    ProcessInstance pi = readyForScheduling();
    when(meetings.schedule(eq(17L), any(), any(), any(), any(), any(), any(), any()))
        .thenThrow(
            new org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException(
                "meetingId", "会议“局务会（2026-12-03）”已召开，不能再安排议题"));
    String schedule = task(TASK_SCHEDULE, pi).getId();
    assertThatThrownBy(() -> taskService().complete(schedule, withVariables(MEETING_ID, "17")))
        .hasMessageContaining("已召开，不能再安排议题");
    assertThat(pi).isWaitingAt(TASK_SCHEDULE);
    verify(topics, never()).update(NUMBER, "status", "SCHEDULED");
    assertThatThrownBy(() -> taskService().complete(schedule, withVariables(MEETING_ID, "第三次")))
        .hasMessageContaining("请选择会议");
    scheduleAndDecide(pi, "APPROVED");
    org.mockito.Mockito.doThrow(
            new org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException(
                "firstTopic", "党组会须以“第一议题”（理论学习）开篇"))
        .when(meetings)
        .recordDecision(anyLong(), anyString(), anyString(), any(), any(), eq(null));
    ProcessInstance second = readyForScheduling();
    taskService()
        .complete(
            task(TASK_SCHEDULE, second).getId(),
            withVariables(MEETING_ID, "NEW", "meetingDate", "2026-12-24"));
    String decision = task(TASK_DECISION, second).getId();
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(decision, withVariables(DECISION, "APPROVED", "minutesRef", "x")))
        .hasMessageContaining("第一议题");
    assertThat(second).isWaitingAt(TASK_DECISION);
  }

  @Test
  void aTopicSubmittedWithTheTasklistStartFormIsRegisteredAndStartedUnderItsNumber() {
    Map<String, Object> registered =
        new HashMap<>(
            Map.of(
                TOPIC_NUMBER,
                "YT-2026-0042",
                TOPIC_TYPE,
                "PRICE_COMPARISON",
                AMOUNT,
                280000.0,
                TRIPLE_ONE_MAJOR,
                false,
                REVISION,
                0,
                "department",
                "enforcement",
                "businessNumber",
                "YT-2026-0042",
                "businessTitle",
                "执法车辆维修服务"));
    org.mockito.ArgumentCaptor<AgendaTopicRequest> request =
        org.mockito.ArgumentCaptor.forClass(AgendaTopicRequest.class);
    when(registration.registerForStartedInstance(request.capture())).thenReturn(registered);
    Map<String, Object> form =
        new HashMap<>(
            Map.of(
                "title",
                "执法车辆维修服务",
                "type",
                "PRICE_COMPARISON",
                "department",
                "enforcement",
                "amount",
                280000,
                "tripleOneMajor",
                false,
                "category",
                "vehicleRepair",
                "deadline",
                "2026-12-31"));
    form.put(
        "quotes",
        org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                "[{\"supplier\":\"甲公司\","
                    + "\"price\":280000,\"registrationCheckedOn\":\"2026-11-20\",\"forged\":false},{\"supplier\":\"乙公司\"}]")
            .create());
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, form);
    assertThat(pi.getBusinessKey()).isEqualTo("YT-2026-0042");
    assertThat(pi).isWaitingAt(TASK_HEAD_APPROVAL);
    assertThat(runtimeService().getVariable(pi.getId(), TOPIC_NUMBER)).isEqualTo("YT-2026-0042");
    assertThat(runtimeService().getVariable(pi.getId(), "quotes")).isNull();
    assertThat(runtimeService().getVariable(pi.getId(), "title")).isNull();
    AgendaTopicRequest sent = request.getValue();
    assertThat(sent.amount()).isEqualByComparingTo("280000");
    assertThat(sent.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(sent.quotes()).hasSize(2);
    assertThat(sent.quotes().get(0).registrationCheckedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(sent.quotes().get(1).supplier()).isEqualTo("乙公司");
  }

  @Test
  void aRefusedStartFormStartsNothing() {
    when(registration.registerForStartedInstance(any()))
        .thenThrow(
            org.rectify.platform.ApiException.badRequest(
                "议题信息有误，未提交", "amount：金额不能为负数", "type：未知议题类型 BRIBE"));
    Map<String, Object> form =
        Map.of("title", "x", "type", "BRIBE", "department", "enforcement", "amount", -5);
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, form))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining("议题信息有误，未提交：金额不能为负数；未知议题类型 BRIBE");
    assertThatThrownBy(
            () -> runtimeService().startProcessInstanceByKey(KEY, Map.of("amount", "很多")))
        .hasMessageContaining("议题信息格式有误");
    assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey(KEY, Map.of(TOPIC_NUMBER, "YT-1999-0001")))
        .hasMessageContaining("议题编号未登记：YT-1999-0001");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isZero();
    assertThat(
            extension
                .getProcessEngine()
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .count())
        .isZero();
  }

  @Test
  void reviewSlaSendsAReminderAndEscalatesToTheHeadOfTheOffice() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    approveByDepartment(pi);
    review(pi, "office1", "PASS", Map.of());
    runTimers(pi);
    assertThat(pi).isWaitingAt(TASK_RE_REVIEW);
    assertThat(mails)
        .containsExactlyInAnyOrder(
            "BEFORE_DUE:candidates", "ESCALATION:candidates,user:officeHead");
  }

  @Test
  void officeReviewRemindersFireWhileTheReviewIsOpen() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    approveByDepartment(pi);
    runTimers(pi);
    assertThat(pi).isWaitingAt(TASK_OFFICE_REVIEW);
    assertThat(mails).hasSize(2);
  }

  @Test
  void everyStepHasAWorkingDayDueDateAndRemindsWhoeverHoldsItWhenOverdue() {
    ReminderTimes times = ReminderTimes.withDefaults();
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    assertOverdueReminder(
        pi,
        TASK_HEAD_APPROVAL,
        TIMER_HEAD_APPROVAL_OVERDUE,
        times.dueInWorkingDays(2),
        "OVERDUE:assignee");
    taskService()
        .complete(task(TASK_HEAD_APPROVAL, pi).getId(), withVariables("headApproved", true));
    assertOverdueReminder(
        pi,
        TASK_LEADER_APPROVAL,
        TIMER_LEADER_APPROVAL_OVERDUE,
        times.dueInWorkingDays(3),
        "OVERDUE:assignee");
    taskService()
        .complete(task(TASK_LEADER_APPROVAL, pi).getId(), withVariables("leaderApproved", true));
    review(pi, "office1", "PASS", Map.of());
    reReview(pi, "office2", true);
    assertOverdueReminder(
        pi,
        TASK_CONFIRM_MEETING,
        TIMER_CONFIRM_MEETING_OVERDUE,
        times.dueInWorkingDays(2),
        "OVERDUE:assignee,candidates");
    taskService().complete(task(TASK_CONFIRM_MEETING, pi).getId());
    assertOverdueReminder(
        pi,
        TASK_SCHEDULE,
        TIMER_SCHEDULE_OVERDUE,
        times.dueInWorkingDays(5),
        "OVERDUE:assignee,candidates");
    taskService()
        .complete(
            task(TASK_SCHEDULE, pi).getId(),
            withVariables(
                MEETING_ID,
                AgendaScheduleListener.NEW_MEETING,
                "meetingDate",
                "2026-12-31",
                "agendaOrder",
                2));
    // two working days after the meeting: New Year's Day and the weekend are skipped (Mon 4, Tue 5)
    java.util.Date decisionDue =
        java.util.Date.from(
            LocalDate.of(2027, 1, 5)
                .atTime(23, 59, 59)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant());
    assertThat(times.dueInWorkingDaysAfter("2026-12-31", 2)).isEqualTo(decisionDue);
    assertOverdueReminder(
        pi, TASK_DECISION, TIMER_DECISION_OVERDUE, decisionDue, "OVERDUE:assignee,candidates");
    taskService()
        .complete(
            task(TASK_DECISION, pi).getId(),
            withVariables(DECISION, "APPROVED", "minutesRef", "局务会纪要〔2026〕12号"));
    assertThat(pi)
        .isEnded()
        .hasPassed(
            "EndEvent_HeadApprovalOverdueReminded",
            "EndEvent_LeaderApprovalOverdueReminded",
            "EndEvent_ConfirmMeetingOverdueReminded",
            "EndEvent_ScheduleOverdueReminded",
            "EndEvent_RecordDecisionOverdueReminded",
            END_DECIDED);
  }

  @Test
  void aReturnedTopicIsDueForRevisionInFiveWorkingDaysAndItsDepartmentIsReminded() {
    ProcessInstance pi = start("GENERAL_REQUEST", 50_000, false, List.of());
    taskService()
        .complete(task(TASK_HEAD_APPROVAL, pi).getId(), withVariables("headApproved", false));
    assertOverdueReminder(
        pi,
        TASK_REVISE,
        TIMER_REVISE_OVERDUE,
        ReminderTimes.withDefaults().dueInWorkingDays(5),
        "OVERDUE:assignee,candidates");
    assertThat(task(TASK_REVISE, pi)).hasCandidateGroup("enforcement");
    assertThat(pi).hasPassed("EndEvent_ReviseOverdueReminded");
  }

  /**
   * The open task of {@code taskKey} is due on {@code due}; its overdue timer is due the first
   * working day after; fired (clock moved there), it mails {@code mail} and leaves the task open.
   */
  private void assertOverdueReminder(
      ProcessInstance pi, String taskKey, String timerId, java.util.Date due, String mail) {
    assertThat(task(taskKey, pi).getDueDate()).isEqualTo(due);
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(pi.getId())
            .activityId(timerId)
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(ReminderTimes.withDefaults().overdue(due));
    mails.clear();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(timer.getDuedate());
    try {
      managementService.executeJob(timer.getId());
      for (Job job :
          managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
        managementService.executeJob(job.getId());
      }
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    assertThat(mails).containsExactly(mail);
    assertThat(pi).isWaitingAt(taskKey);
  }

  /**
   * Fires the timers of the open review (whatever their due date), then the asynchronous reminder
   * mails.
   */
  private void runTimers(ProcessInstance pi) {
    for (Job timer :
        managementService.createJobQuery().processInstanceId(pi.getId()).timers().list()) {
      managementService.executeJob(timer.getId());
    }
    for (Job job :
        managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
      managementService.executeJob(job.getId());
    }
  }
}
