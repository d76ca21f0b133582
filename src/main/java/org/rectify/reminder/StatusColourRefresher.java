package org.rectify.reminder;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code statusColourRefresh} on {@code ServiceTask_RefreshStatusColours} of {@code
 * status-colour-refresh}: keeps Tasklist's {@code statusColourText} column true as days pass. Each
 * running scope holding {@code statusColourText} and its deadline ({@code dueDate}, or {@code
 * statusDueDate} where another deadline runs) gets the colour of {@link StatusColour}. An engine
 * timer (not a Spring scheduler) starts it, so on several nodes exactly one runs each occurrence,
 * with retries and an incident in Cockpit on failure; a node that was down at 00:05 catches up as
 * soon as a job executor sees the due timer.
 */
@Component("statusColourRefresh")
class StatusColourRefresher implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StatusColourRefresher.class);

  private final RuntimeService runtimeService;
  private final StatusColour statusColour;

  StatusColourRefresher(RuntimeService runtimeService, StatusColour statusColour) {
    this.runtimeService = runtimeService;
    this.statusColour = statusColour;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(StatusColourRefreshProcess.CHANGED_COLOURS, refresh());
  }

  int refresh() {
    // one query for the variables of every scope, not one due-date query per colour (N+1)
    Map<String, Map<String, Object>> byScope = new HashMap<>();
    for (VariableInstance variable :
        runtimeService
            .createVariableInstanceQuery()
            .variableNameIn(
                ReminderVariables.STATUS_COLOUR_TEXT,
                ReminderVariables.DUE_DATE,
                StatusColour.STATUS_DUE_DATE,
                StatusColour.STATUS_YELLOW_FROM)
            .list()) {
      if (variable.getExecutionId() == null) {
        continue; // task-local copies are not refreshed here
      }
      byScope
          .computeIfAbsent(variable.getExecutionId(), scope -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    int changed = 0;
    for (Map.Entry<String, Map<String, Object>> scope : byScope.entrySet()) {
      Map<String, Object> values = scope.getValue();
      if (!values.containsKey(ReminderVariables.STATUS_COLOUR_TEXT)) {
        continue;
      }
      String text = statusColour.textForScope(values).orElse(null);
      if (text != null && !text.equals(values.get(ReminderVariables.STATUS_COLOUR_TEXT))) {
        runtimeService.setVariableLocal(scope.getKey(), ReminderVariables.STATUS_COLOUR_TEXT, text);
        changed++;
      }
    }
    LOG.info("状态颜色已刷新：{} 个流程变量发生变化", changed);
    return changed;
  }
}
