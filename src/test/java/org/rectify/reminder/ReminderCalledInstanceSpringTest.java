package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * A reminder timer on a call activity (contract renewal waiting in agenda pre-review, "still
 * undecided 14 days before expiry"): the instance itself has no open task, so the open task of the
 * instance it called is the one the mail is about — with the called instance's department for
 * {@code leader}/{@code head}.
 */
class ReminderCalledInstanceSpringTest extends ReminderSpringTestBase {

  private static final String CALLER = "reminder-caller-example";
  private static final String CALLED = "reminder-called-example";

  @Test
  void remindsOfTheOpenTaskOfTheCalledInstance() throws Exception {
    createUser("calledUser1", "calledUser1@rectify.local", "tradeUnion");
    BpmnModelInstance called =
        Bpmn.createExecutableProcess(CALLED)
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_Called")
            .userTask("UserTask_OfficeReview")
            .name("办公室审核")
            .camundaCandidateGroups("office")
            .endEvent("EndEvent_Called")
            .done();
    BpmnModelInstance caller =
        Bpmn.createExecutableProcess(CALLER)
            .camundaHistoryTimeToLive(180)
            .startEvent("StartEvent_Caller")
            .callActivity("CallActivity_Prereview")
            .calledElement(CALLED)
            .camundaIn("department", "department")
            .camundaIn("businessNumber", "businessNumber")
            .camundaIn("businessTitle", "businessTitle")
            .camundaIn("dueDate", "dueDate")
            .boundaryEvent("Timer_Undecided")
            .cancelActivity(false)
            .timerWithDuration("PT1H")
            .serviceTask("ServiceTask_RemindUndecided")
            .camundaAsyncBefore()
            .camundaDelegateExpression("${reminderMail}")
            // the form of definitions deployed before the contract used extension properties: still
            // reminded
            .camundaInputParameter(ReminderSpec.TYPE, "ESCALATION")
            .camundaInputParameter(ReminderSpec.TASK, "UserTask_HeadApproval,UserTask_OfficeReview")
            .camundaInputParameter(ReminderSpec.RECIPIENTS, "user:calledUser1")
            .endEvent("EndEvent_Reminded")
            .moveToActivity("CallActivity_Prereview")
            .endEvent("EndEvent_Decided")
            .done();
    repositoryService
        .createDeployment()
        .addModelInstance(CALLED + ".bpmn", called)
        .addModelInstance(CALLER + ".bpmn", caller)
        .deploy();
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 4, 10, 0));
    String pi =
        runtimeService
            .startProcessInstanceByKey(
                CALLER,
                "HT-2026-009",
                Map.of(
                    "department",
                    "greening",
                    "dueDate",
                    ReminderTimesTest.at(2026, 12, 17, 23, 59),
                    "businessNumber",
                    "HT-2026-009",
                    "businessTitle",
                    "公园保洁服务合同",
                    "departmentName",
                    "园林绿化科"))
            .getId();
    try {
      execute(pi, "Timer_Undecided");
      execute(pi, "ServiceTask_RemindUndecided");

      assertThat(recipients(smtp.getReceivedMessages()))
          .containsExactly("calledUser1@rectify.local");
      assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("HT-2026-009");
    } finally {
      runtimeService.deleteProcessInstance(pi, "test cleanup");
    }
  }
}
