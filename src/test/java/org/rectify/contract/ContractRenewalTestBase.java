package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.rectify.contract.ContractRenewalProcess.*;
import static org.rectify.contract.ProcessTestSupport.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up of the {@code contract-renewal} process tests: a plain engine, the real contract
 * delegates over mocked repositories, a recording {@code reminderMail}, and the real {@code
 * agenda-prereview} as called process with stand-ins for the agenda's beans ({@link
 * AgendaStandIns}). The clock starts on 4 January 2027.
 */
abstract class ContractRenewalTestBase {

  static final String NUMBER = "HT-2027-001";
  static final String CONTRACTOR_CODE = "91440310MA5G012338";
  static final LocalDate ENDS_ON = LocalDate.of(2027, 12, 31);

  /** Once a year on 1 January: stays out of the way of the clock moves of the tests. */
  static final String YEARLY = "0 0 9 1 1 ?";

  final List<String> routineAssessments = new ArrayList<>();
  final ContractRepository contracts = mock(ContractRepository.class);
  final AssessmentRepository assessments = mock(AssessmentRepository.class);
  final ContractAgendaRepository agendaTopics = mock(ContractAgendaRepository.class);
  final TeamFilingRepository filings = mock(TeamFilingRepository.class);
  final RecordingReminderMail reminderMail = new RecordingReminderMail();
  final AgendaStandIns agenda = new AgendaStandIns();
  ManagementService managementService;

  abstract ProcessEngineCoverageExtension extension();

  @BeforeEach
  void setUpEngine() {
    init(extension().getProcessEngine());
    managementService = extension().getProcessEngine().getManagementService();
    ContractProperties properties = new ContractProperties();
    Mocks.register("contractTermScheduler", new ScheduleTermDelegate(properties));
    Mocks.register("contractPerformanceCompiler", new CompilePerformanceDelegate(assessments));
    Mocks.register("contractLateFlag", new FlagLateDelegate(contracts));
    Mocks.register("legalOpinionRecorder", new RecordLegalOpinionDelegate(contracts));
    Mocks.register("contractRenewalRecorder", new RecordRenewalDelegate(contracts));
    Mocks.register("renewalSigningCheck", new RenewalSigningCheck());
    Mocks.register("contractRetenderClosure", new CloseRetenderedDelegate(contracts));
    Mocks.register("recordSigningDelegate", new RecordSigningDelegate(contracts));
    Mocks.register("contractAgendaLink", new LinkAgendaTopicListener(agendaTopics));
    Mocks.register("contractAgendaOutcome", new RecordAgendaOutcomeDelegate(agendaTopics));
    Mocks.register("contractTeamFilingRecorder", new RecordTeamFilingDelegate(filings));
    Mocks.register("reminderMail", reminderMail);
    Mocks.register(
        "routineAssessmentStarter",
        (JavaDelegate)
            execution -> routineAssessments.add((String) execution.getVariable(CONTRACT_NUMBER)));
    agenda.register();
    when(assessments.performance(NUMBER))
        .thenReturn(
            new PerformanceRecord(
                List.of(
                    new AssessmentRecord(
                        LocalDate.of(2027, 6, 30),
                        "2027年第2季度",
                        "assessmentTeam",
                        new BigDecimal("92"),
                        true,
                        null),
                    new AssessmentRecord(
                        LocalDate.of(2027, 3, 31),
                        "2027年第1季度",
                        "greening",
                        new BigDecimal("58"),
                        false,
                        "落叶未当日清理")),
                0,
                1));
    clockAt(LocalDateTime.of(2027, 1, 4, 10, 0));
  }

  @AfterEach
  void resetEngine() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start(LocalDate endsOn, boolean tenderRequired) {
    return start(endsOn, tenderRequired, YEARLY);
  }

  ProcessInstance start(LocalDate endsOn, boolean tenderRequired, String assessmentCycle) {
    Map<String, Object> variables =
        startVariables(
            NUMBER, "公园绿地养护服务", "greening", "园林绿化科", endsOn, tenderRequired, assessmentCycle);
    variables.putAll(
        topicFacts(new BigDecimal("2450000"), "深圳市青木园林绿化有限公司", CONTRACTOR_CODE, "greening"));
    return runtimeService().startProcessInstanceByKey(KEY, NUMBER, variables);
  }

  /** The {@code contract-signing} instance called by the contract's instance. */
  ProcessInstance calledSigning(ProcessInstance pi) {
    return runtimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId())
        .processDefinitionKey(ContractSigningProcess.KEY)
        .singleResult();
  }

  /**
   * Walks the called {@code contract-signing}: counsel issues an opinion without objection, the
   * department signs; returns the (ended) signing instance.
   */
  ProcessInstance signCalledContract(ProcessInstance pi, String opinionNo) {
    ProcessInstance signing = calledSigning(pi);
    assertThat(signing).isWaitingAt(ContractSigningProcess.LEGAL_REVIEW);
    complete(
        task(ContractSigningProcess.LEGAL_REVIEW, signing),
        withVariables(LEGAL_OPINION_NO, opinionNo, LEGAL_VERDICT, "NO_OBJECTION"));
    runDueJobs(managementService, signing.getId());
    complete(
        task(ContractSigningProcess.SIGN_CONTRACT, signing),
        withVariables(ContractSigningProcess.SIGNED_ON, "2027-01-05"));
    runDueJobs(managementService, signing.getId());
    runDueJobs(managementService, pi.getId());
    return signing;
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .timers()
        .singleResult();
  }

  /** Starts a renewable contract and moves to the renewal reminder: the proposal task is open. */
  ProcessInstance atRenewalProposal() {
    return startAndRemind(false, LocalDateTime.of(2027, 9, 30, 9, 0), PREPARE_RENEWAL);
  }

  private ProcessInstance startAndRemind(
      boolean tenderRequired, LocalDateTime reminder, String openTask) {
    ProcessInstance pi = start(ENDS_ON, tenderRequired);
    clockAt(reminder);
    runDueJobs(managementService, pi.getId());
    assertThat(pi).isWaitingAt(openTask);
    return pi;
  }

  /** The department proposes the renewal; the topic is registered and the agenda process called. */
  void proposeRenewal(ProcessInstance pi) {
    claim(task(PREPARE_RENEWAL, pi), "greening1");
    complete(
        task(PREPARE_RENEWAL, pi),
        withVariables("recommendation", "RENEW", "qualityJustification", "服务质量稳定"));
    runDueJobs(managementService, pi.getId());
  }

  /**
   * The agenda's meeting decision comes back; the outcome is recorded by an async job of the
   * contract.
   */
  void agendaDecides(ProcessInstance pi, String decision) {
    AgendaStandIns.passWithDecision(pi, decision);
    runDueJobs(managementService, pi.getId());
  }

  void approveRenewal(ProcessInstance pi) {
    proposeRenewal(pi);
    agendaDecides(pi, "APPROVED");
  }

  void legalOpinion(ProcessInstance pi, String number, String verdict) {
    claim(task(LEGAL_REVIEW, pi), "legal1");
    complete(
        task(LEGAL_REVIEW, pi),
        withVariables(
            LEGAL_OPINION_NO,
            number,
            LEGAL_VERDICT,
            verdict,
            FLAGGED_CLAUSES,
            "第8条",
            REQUIRED_AMENDMENTS,
            "删除甲方单方面承担全部责任的条款"));
    runDueJobs(managementService, pi.getId());
  }

  /** Tender-required contract at its tender reminder: the tender plan is open. */
  ProcessInstance atTenderPlan() {
    return startAndRemind(true, LocalDateTime.of(2027, 5, 31, 9, 0), PREPARE_TENDER_PLAN);
  }

  void submitTenderPlan(ProcessInstance pi, String summary) {
    complete(
        task(PREPARE_TENDER_PLAN, pi),
        withVariables("tenderPlanSummary", summary, "estimatedAmount", 2600000));
    runDueJobs(managementService, pi.getId());
  }
}
