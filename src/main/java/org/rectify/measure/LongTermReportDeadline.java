package org.rectify.measure;

import static org.rectify.measure.MeasureLifecycle.Vars;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.reminder.StatusColour;
import org.springframework.stereotype.Component;

/**
 * {@code ${longTermReportDeadline}} on {@code UserTask_ReportLongTerm} of {@code measure-lifecycle}
 * ("create" and "complete"): a long-term measure (需长期落实) has no rectification deadline any more,
 * but each report has one. While the report is open, the measure's traffic light follows the
 * report's due date ({@code statusDueDate}) — 红色 超期 once it has passed, as the overdue reminder
 * says — and not the old {@code dueDate}; once reported, no deadline runs until the next cycle
 * (green).
 */
@Component("longTermReportDeadline")
public class LongTermReportDeadline implements TaskListener {

  private final StatusColour statusColour;

  public LongTermReportDeadline(StatusColour statusColour) {
    this.statusColour = statusColour;
  }

  @Override
  public void notify(DelegateTask task) {
    Date due = EVENTNAME_CREATE.equals(task.getEventName()) ? task.getDueDate() : null;
    task.getExecution().setVariable(StatusColour.STATUS_DUE_DATE, due);
    MeasureLifecycle.update(task.getExecution(), Vars.STATUS_COLOUR_TEXT, statusColour.textOf(due));
  }
}
