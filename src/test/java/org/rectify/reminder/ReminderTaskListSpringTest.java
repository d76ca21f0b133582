package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * A reminder whose {@code reminderTask} names several tasks, as measure-lifecycle's
 * implementation-phase timers do ({@code UserTask_ReportProgress,UserTask_SubmitCompletion}): the
 * one that is open is reminded of. Found by the reminder-flush benchmark: such reminders were
 * dropped as if the task were done.
 */
class ReminderTaskListSpringTest extends ReminderSpringTestBase {

  private static final String KEY = "reminder-task-list-example";

  @Test
  void remindsOfWhicheverNamedTaskIsOpen() throws Exception {
    createUser("taskListUser1", "taskListUser1@rectify.local", "tradeUnion");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(KEY)
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_Example")
            .userTask("UserTask_SubmitCompletion")
            .name("提交整改完成材料")
            .camundaCandidateGroups("${department}")
            .boundaryEvent("Timer_Overdue")
            .cancelActivity(false)
            .timerWithDuration("PT1H")
            .serviceTask("ServiceTask_RemindOverdue")
            .camundaAsyncBefore()
            .camundaDelegateExpression("${reminderMail}")
            .endEvent("EndEvent_Reminded")
            .moveToActivity("UserTask_SubmitCompletion")
            .endEvent("EndEvent_Done")
            .done();
    ReminderModels.withReminder(
        model,
        "ServiceTask_RemindOverdue",
        "OVERDUE",
        "UserTask_ReportProgress,UserTask_SubmitCompletion",
        "user:taskListUser1");
    repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 4, 10, 0));
    String pi =
        runtimeService
            .startProcessInstanceByKey(
                KEY,
                "M08",
                Map.of(
                    "department",
                    "greening",
                    "dueDate",
                    ReminderTimesTest.at(2026, 12, 3, 23, 59),
                    "businessNumber",
                    "M08",
                    "businessTitle",
                    "绿地养护台账不全",
                    "departmentName",
                    "园林绿化科"))
            .getId();
    try {
      execute(pi, "Timer_Overdue");
      execute(pi, "ServiceTask_RemindOverdue");

      assertThat(recipients(smtp.getReceivedMessages()))
          .containsExactly("taskListUser1@rectify.local");
      assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("M08");
    } finally {
      runtimeService.deleteProcessInstance(pi, "test cleanup");
    }
  }
}
