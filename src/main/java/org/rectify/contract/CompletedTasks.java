package org.rectify.contract;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * Who completed a user task of the current instance — recorded as counsel, approver… instead of a
 * typed name.
 */
final class CompletedTasks {

  private CompletedTasks() {}

  /**
   * The assignee of the latest completed task with this definition key, empty if unassigned or
   * none.
   */
  static Optional<String> lastAssignee(DelegateExecution execution, String taskDefinitionKey) {
    return execution
        .getProcessEngineServices()
        .getHistoryService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey)
        .finished()
        .orderByHistoricTaskInstanceEndTime()
        .desc()
        .list()
        .stream()
        .findFirst()
        .map(HistoricTaskInstance::getAssignee);
  }
}
