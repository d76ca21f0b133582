package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A {@code reminderMail} task is checked when deployed: what would otherwise fail as an incident on
 * the day the reminder falls due is refused at deployment, naming the task and the property;
 * nothing is deployed. A valid task's recipients may hold an expression, evaluated when the
 * reminder fires.
 */
class ReminderTaskCheckSpringTest extends ReminderSpringTestBase {

  private static final String KEY = "reminder-task-check-example";

  @Autowired HistoryService historyService;

  @Test
  void refusesAReminderWithoutTheTaskToRemindOf() {
    BpmnModelInstance model =
        ReminderModels.withReminder(model(), "ServiceTask_Remind", "OVERDUE", " ", "head");

    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("ServiceTask_Remind")
        .hasMessageContaining("缺少属性 reminderTask");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  @Test
  void refusesAnUnknownReminderType() {
    BpmnModelInstance model =
        ReminderModels.withReminder(model(), "ServiceTask_Remind", "LATE", "UserTask_Work", "head");

    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("reminderType 的值 “LATE” 无效");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  @Test
  void refusesAReminderWithoutProperties() {
    assertThatThrownBy(() -> deploy(model()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("缺少属性 reminderType");
  }

  @Test
  void evaluatesAnExpressionInTheRecipientsWhenTheReminderFires() throws Exception {
    createUser("checkUser1", "checkUser1@rectify.local", "tradeUnion");
    BpmnModelInstance model =
        ReminderModels.withReminder(
            model(), "ServiceTask_Remind", "OVERDUE", "UserTask_Work", "user:${recipient}");
    String deployment = deploy(model);
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 4, 10, 0));
    String pi =
        runtimeService
            .startProcessInstanceByKey(
                KEY,
                "M09",
                Map.of(
                    "department",
                    "greening",
                    "dueDate",
                    ReminderTimesTest.at(2026, 12, 3, 23, 59),
                    "businessNumber",
                    "M09",
                    "businessTitle",
                    "台账不全",
                    "recipient",
                    "checkUser1"))
            .getId();
    try {
      execute(pi, "Timer_Overdue");
      execute(pi, "ServiceTask_Remind");

      assertThat(recipients(smtp.getReceivedMessages()))
          .containsExactly("checkUser1@rectify.local");
      // no scope execution and no local variables for the reminder's settings
      assertThat(historyVariableNames(pi))
          .doesNotContain(ReminderSpec.TYPE, ReminderSpec.TASK, ReminderSpec.RECIPIENTS);
    } finally {
      runtimeService.deleteProcessInstance(pi, "test cleanup");
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void refusesAnUnknownDueDateSource() {
    BpmnModelInstance model =
        withDueDate(
            ReminderModels.withReminder(
                model(), "ServiceTask_Remind", "OVERDUE", "UserTask_Work", "head"),
            "measure");

    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("ServiceTask_Remind")
        .hasMessageContaining("reminderDueDate 无效：“measure”");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  @Test
  void namesTheRemindedTasksOwnDueDateWhenModelledSo() throws Exception {
    createUser("checkUser2", "checkUser2@rectify.local", "tradeUnion");
    BpmnModelInstance model =
        withDueDate(
            ReminderModels.withReminder(
                model(), "ServiceTask_Remind", "BEFORE_DUE", "UserTask_Work", "user:checkUser2"),
            "task");
    model.<UserTask>getModelElementById("UserTask_Work").setCamundaDueDate("2026-12-10T17:00:00");
    String deployment = deploy(model);
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 4, 10, 0));
    // the process's own deadline is months later: the mail must name the step's due date
    String pi =
        runtimeService
            .startProcessInstanceByKey(
                KEY,
                "M10",
                Map.of(
                    "department",
                    "greening",
                    "dueDate",
                    ReminderTimesTest.at(2027, 3, 31, 23, 59),
                    "businessNumber",
                    "M10"))
            .getId();
    try {
      execute(pi, "Timer_Overdue");
      execute(pi, "ServiceTask_Remind");

      assertThat(smtp.getReceivedMessages())
          .singleElement()
          .satisfies(
              mail ->
                  assertThat(mail.getSubject())
                      .contains("2026-12-10")
                      .doesNotContain("2027-03-31"));
    } finally {
      runtimeService.deleteProcessInstance(pi, "test cleanup");
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  /** Adds {@code reminderDueDate} to the mail task's extension properties. */
  private static BpmnModelInstance withDueDate(BpmnModelInstance model, String value) {
    ServiceTask task = model.getModelElementById("ServiceTask_Remind");
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(ReminderSpec.DUE_DATE);
    property.setCamundaValue(value);
    task.getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaProperties.class)
        .singleResult()
        .getCamundaProperties()
        .add(property);
    return model;
  }

  private List<String> historyVariableNames(String pi) {
    return historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceId(pi)
        .list()
        .stream()
        .map(HistoricVariableInstance::getName)
        .toList();
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Example")
        .userTask("UserTask_Work")
        .name("落实整改")
        .camundaCandidateGroups("${department}")
        .boundaryEvent("Timer_Overdue")
        .cancelActivity(false)
        .timerWithDuration("PT1H")
        .serviceTask("ServiceTask_Remind")
        .name("通知超期")
        .camundaAsyncBefore()
        .camundaDelegateExpression("${reminderMail}")
        .endEvent("EndEvent_Reminded")
        .moveToActivity("UserTask_Work")
        .endEvent("EndEvent_Done")
        .done();
  }

  private String deploy(BpmnModelInstance model) {
    return repositoryService
        .createDeployment()
        .addModelInstance(KEY + ".bpmn", model)
        .deploy()
        .getId();
  }
}
