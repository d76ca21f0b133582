package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.reminder.ReminderTimes;

/**
 * The real {@code agenda-prereview.bpmn} + {@code meeting-routing.dmn} called from {@code
 * contract-renewal}, with stand-ins for the agenda capability's beans (its delegates are its own,
 * package-private; they are tested there): the topic registration records what the contract process
 * submits, the start listener insists on a registered topic number, the automatic checks pass
 * unless a blacklisted contractor is set. Helpers drive a called topic through its steps like the
 * office would.
 */
final class AgendaStandIns {

  /** What {@code agendaTopicSubmission} received: the inputs of the registering service task. */
  record Submitted(
      String number,
      String type,
      String title,
      Object amount,
      Date deadline,
      String linkedContract,
      Date contractEndsOn,
      Date serviceStartsOn,
      String performanceRecord,
      String supplier,
      String creditCode,
      Object tripleOneMajor,
      Object tripleOneMajorCategory,
      Object lateReason) {}

  final List<Submitted> submitted = new ArrayList<>();
  final List<String> rejected = new ArrayList<>();

  /** The automatic checks fail C4 (blacklist) for this credit code, as the real ones would. */
  String blacklistedCode;

  void register() {
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    when(organization.headOf("greening")).thenReturn("greeningHead");
    when(organization.leaderOf("greening")).thenReturn("leaders1");
    when(organization.headOf("office")).thenReturn("officeHead");
    Mocks.register("organization", organization);
    Mocks.register("reminderTimes", ReminderTimes.withDefaults());
    Mocks.register(
        "agendaTopicSubmission",
        (JavaDelegate)
            execution -> {
              String number = String.format("YT-2027-%04d", submitted.size() + 1);
              submitted.add(
                  new Submitted(
                      number,
                      (String) execution.getVariable("topicType"),
                      (String) execution.getVariable("topicTitle"),
                      execution.getVariable("topicAmount"),
                      (Date) execution.getVariable("topicDeadline"),
                      (String) execution.getVariable("linkedContract"),
                      (Date) execution.getVariable("contractEndsOn"),
                      (Date) execution.getVariable("serviceStartsOn"),
                      (String) execution.getVariable("performanceRecord"),
                      (String) execution.getVariable("supplier"),
                      (String) execution.getVariable("supplierCreditCode"),
                      execution.getVariable("topicTripleOneMajor"),
                      execution.getVariable("topicTripleOneMajorCategory"),
                      execution.getVariable("topicLateReason")));
              execution.setVariable("topicNumber", number);
            });
    Mocks.register(
        "agendaAutoChecks",
        (JavaDelegate)
            execution -> {
              Map<String, Object> checks = new HashMap<>();
              checks.put("c3", "NA");
              checks.put(
                  "c4",
                  blacklistedCode != null
                          && blacklistedCode.equals(codeOf(execution.getVariable("topicNumber")))
                      ? "FAIL"
                      : "PASS");
              checks.put("c5", "PASS");
              execution.setVariables(checks);
              execution.setVariable(
                  "dueDate",
                  new Date(ClockUtil.getCurrentTime().getTime() + 3L * 24 * 3600 * 1000));
            });
    Mocks.register("agendaRevision", (JavaDelegate) execution -> {});
    Mocks.register(
        "agendaRejection",
        (JavaDelegate) execution -> rejected.add((String) execution.getVariable("topicNumber")));
    Mocks.register("agendaDecision", (JavaDelegate) execution -> {});
    Mocks.register("agendaFourEyes", (TaskListener) task -> {});
    Mocks.register("agendaJustification", (TaskListener) task -> {});
    Mocks.register("agendaChoiceCheck", (TaskListener) task -> {});
    Mocks.register("agendaScheduling", (TaskListener) task -> {});
    Mocks.register("agendaWithdrawal", (ExecutionListener) execution -> {});
    Mocks.register(
        "agendaStartForm",
        (ExecutionListener)
            execution -> {
              if (submitted.stream()
                  .noneMatch(s -> s.number().equals(execution.getVariable("topicNumber")))) {
                throw new IllegalStateException("called without a registered topic number");
              }
            });
  }

  private String codeOf(Object topicNumber) {
    return submitted.stream()
        .filter(s -> s.number().equals(topicNumber))
        .map(Submitted::creditCode)
        .findFirst()
        .orElse(null);
  }

  /** The topic instance the contract instance called; null when none is running. */
  static ProcessInstance calledTopic(ProcessInstance contract) {
    return runtimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(contract.getId())
        .singleResult();
  }

  /**
   * Department head and leader approve, the office reviews (outcome as given) — C3–C5 as the checks
   * set them.
   */
  static void approveAndReview(ProcessInstance topic, String reviewOutcome) {
    complete(topic, "UserTask_HeadApproval", withVariables("headApproved", true));
    complete(topic, "UserTask_LeaderApproval", withVariables("leaderApproved", true));
    Task review = task(topic, "UserTask_OfficeReview");
    taskService().claim(review.getId(), "office1");
    taskService().complete(review.getId(), withVariables("reviewOutcome", reviewOutcome));
  }

  /** Re-review by a second reviewer, the routed meeting confirmed and the topic scheduled. */
  static void reReviewAndSchedule(ProcessInstance topic) {
    Task reReview = task(topic, "UserTask_ReReview");
    taskService().claim(reReview.getId(), "office2");
    taskService().complete(reReview.getId(), withVariables("reReviewAgreed", true));
    complete(topic, "UserTask_ConfirmMeeting", new HashMap<>());
    complete(
        topic, "UserTask_Schedule", withVariables("meetingDate", "2027-10-20", "agendaOrder", 2));
  }

  /** The meeting's decision as the office records it. */
  static void decide(ProcessInstance topic, String decision, String conditions) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("decision", decision);
    variables.put("decisionConditions", conditions);
    variables.put("minutesRef", "局长办公会纪要〔2027〕9号");
    complete(topic, "UserTask_RecordDecision", variables);
  }

  /** The whole pre-review with the given meeting decision. */
  static void passWithDecision(ProcessInstance contract, String decision) {
    ProcessInstance topic = calledTopic(contract);
    approveAndReview(topic, "PASS");
    reReviewAndSchedule(topic);
    decide(topic, decision, null);
  }

  static Task task(ProcessInstance topic, String key) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(topic.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private static void complete(ProcessInstance topic, String key, Map<String, Object> variables) {
    taskService().complete(task(topic, key).getId(), variables);
  }
}
