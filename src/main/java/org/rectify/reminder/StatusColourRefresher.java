package org.rectify.reminder;

import java.util.Date;
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
    int changed = 0;
    for (VariableInstance colour : runtimeService.createVariableInstanceQuery()
        .variableName(ReminderVariables.STATUS_COLOUR_TEXT).list()) {
      VariableInstance due = runtimeService.createVariableInstanceQuery()
          .variableName(ReminderVariables.DUE_DATE).variableScopeIdIn(colour.getExecutionId()).singleResult();
      if (due == null || !(due.getValue() instanceof Date dueDate)) {
        continue;
      }
      String text = statusColour.textOf(dueDate);
      if (!text.equals(colour.getValue())) {
        runtimeService.setVariableLocal(colour.getExecutionId(), ReminderVariables.STATUS_COLOUR_TEXT, text);
        changed++;
      }
    }
    LOG.info("状态颜色已刷新：{} 个流程变量发生变化", changed);
    return changed;
  }
}
