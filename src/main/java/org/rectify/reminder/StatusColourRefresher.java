package org.rectify.reminder;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps Tasklist's {@code statusColourText} column true as days pass: every morning (and at start-up) each running
 * process that has both {@code statusColourText} and {@code dueDate} in one scope gets the colour of
 * {@link StatusColour}. Idempotent (only changed values are written), so running it on several nodes is harmless.
 */
@Component
class StatusColourRefresher {

  private static final Logger LOG = LoggerFactory.getLogger(StatusColourRefresher.class);

  private final RuntimeService runtimeService;
  private final StatusColour statusColour;

  StatusColourRefresher(RuntimeService runtimeService, StatusColour statusColour) {
    this.runtimeService = runtimeService;
    this.statusColour = statusColour;
  }

  @EventListener(ApplicationReadyEvent.class)
  void refreshAfterStart() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("启动时刷新状态颜色失败，将在下次定时任务中重试", e);
    }
  }

  @Scheduled(cron = "${rectify.reminder.colour-refresh-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
  int refresh() {
    // one query for both variables of every scope, not one due-date query per colour (N+1)
    Map<String, Map<String, Object>> byScope = new HashMap<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
        .variableNameIn(ReminderVariables.STATUS_COLOUR_TEXT, ReminderVariables.DUE_DATE).list()) {
      if (variable.getExecutionId() == null) {
        continue; // task-local copies are not refreshed here
      }
      byScope.computeIfAbsent(variable.getExecutionId(), scope -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    int changed = 0;
    for (Map.Entry<String, Map<String, Object>> scope : byScope.entrySet()) {
      Map<String, Object> values = scope.getValue();
      if (!values.containsKey(ReminderVariables.STATUS_COLOUR_TEXT)
          || !(values.get(ReminderVariables.DUE_DATE) instanceof Date dueDate)) {
        continue;
      }
      String text = statusColour.textOf(dueDate);
      if (!text.equals(values.get(ReminderVariables.STATUS_COLOUR_TEXT))) {
        runtimeService.setVariableLocal(scope.getKey(), ReminderVariables.STATUS_COLOUR_TEXT, text);
        changed++;
      }
    }
    LOG.info("状态颜色已刷新：{} 个流程变量发生变化", changed);
    return changed;
  }
}
