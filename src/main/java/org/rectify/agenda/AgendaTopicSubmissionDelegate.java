package org.rectify.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Bean {@code agendaTopicSubmission}: the agenda capability's entry for other processes (contract
 * renewal and tender plan in {@code contract-renewal.bpmn}). A service task with this delegate
 * registers a topic from its input parameters and sets {@code topicNumber}; the calling process
 * then runs {@code agenda-prereview} as a call activity with that number as business key. Inputs:
 * {@code topicType}, {@code topicTitle}, {@code topicDepartment}, {@code topicCategory}, {@code
 * topicAmount}, {@code topicDeadline} (Date), {@code linkedContract}, optional {@code
 * contractEndsOn} / {@code serviceStartsOn} (Date), {@code performanceRecord}, {@code
 * topicMaterials}, {@code supplier} + {@code supplierCreditCode} (one quote, so the blacklist check
 * C4 applies), {@code preparedInTask} (the user task whose assignee is recorded as submitter; the
 * department otherwise), {@code topicTripleOneMajor} + {@code topicTripleOneMajorCategory} (三重一大 as
 * the department declared it) and {@code topicLateReason} (why it was submitted after its deadline,
 * kept with the materials).
 */
@Component("agendaTopicSubmission")
class AgendaTopicSubmissionDelegate implements JavaDelegate {

  static final String TOPIC_NUMBER = AgendaPrereviewProcess.TOPIC_NUMBER;

  private final AgendaTopicRegistration registration;

  AgendaTopicSubmissionDelegate(AgendaTopicRegistration registration) {
    this.registration = registration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = text(execution, "topicDepartment");
    String supplier = text(execution, "supplier");
    List<AgendaTopicRequest.Quote> quotes =
        supplier == null
            ? List.of()
            : List.of(
                new AgendaTopicRequest.Quote(
                    supplier,
                    text(execution, "supplierCreditCode"),
                    amount(execution.getVariable("topicAmount")),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false));
    AgendaTopicRequest request =
        new AgendaTopicRequest(
            text(execution, "topicTitle"),
            text(execution, "topicType"),
            department,
            department,
            text(execution, "topicCategory"),
            amount(execution.getVariable("topicAmount")),
            null,
            Boolean.TRUE.equals(execution.getVariable("topicTripleOneMajor")),
            Boolean.TRUE.equals(execution.getVariable("topicTripleOneMajor"))
                ? text(execution, "topicTripleOneMajorCategory")
                : null,
            text(execution, "linkedContract"),
            null,
            date(execution.getVariable("topicDeadline")),
            date(execution.getVariable("serviceStartsOn")),
            date(execution.getVariable("contractEndsOn")),
            null,
            text(execution, "performanceRecord"),
            materials(text(execution, "topicMaterials"), text(execution, "topicLateReason")),
            quotes);
    String number =
        registration.registerForCallingProcess(request, submitter(execution, department));
    execution.setVariable(TOPIC_NUMBER, number);
  }

  /** The materials and, for a topic submitted late, its reason — within the register's column. */
  private static String materials(String materials, String lateReason) {
    String text =
        lateReason == null
            ? materials
            : (materials == null ? "" : materials + "\n") + "逾期提交说明：" + lateReason;
    return text == null || text.length() <= MATERIALS_MAX ? text : text.substring(0, MATERIALS_MAX);
  }

  private static final int MATERIALS_MAX = 2000;

  private static String submitter(DelegateExecution execution, String department) {
    String taskKey = text(execution, "preparedInTask");
    if (taskKey == null) {
      return department;
    }
    return execution
        .getProcessEngineServices()
        .getHistoryService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .finished()
        .orderByHistoricTaskInstanceEndTime()
        .desc()
        .list()
        .stream()
        .findFirst()
        .map(HistoricTaskInstance::getAssignee)
        .orElse(department);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static BigDecimal amount(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(AgendaAutoChecksDelegate.ZONE).toLocalDate();
    }
    return value instanceof String text && !text.isBlank()
        ? LocalDate.parse(text.substring(0, 10))
        : null;
  }
}
