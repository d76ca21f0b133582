package org.rectify.reminder;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The process variables reminders read, declared once (names from the shared contract); read from
 * the open task's execution, so a task inside a sub-process or multi-instance sees its local {@code
 * department}.
 */
record ReminderVariables(
    String businessNumber,
    String businessTitle,
    String department,
    String departmentName,
    Date dueDate) {

  static final String BUSINESS_NUMBER = "businessNumber";
  static final String BUSINESS_TITLE = "businessTitle";
  static final String DEPARTMENT = "department";
  static final String DEPARTMENT_NAME = "departmentName";
  static final String DUE_DATE = "dueDate";
  static final String STATUS_COLOUR_TEXT = "statusColourText";

  static ReminderVariables of(RuntimeService runtimeService, String executionId, Date taskDueDate) {
    return of(runtimeService, executionId, taskDueDate, false);
  }

  /**
   * As above; with {@code taskDueDateFirst} the task's own due date wins over the {@code dueDate}
   * variable.
   */
  static ReminderVariables of(
      RuntimeService runtimeService,
      String executionId,
      Date taskDueDate,
      boolean taskDueDateFirst) {
    // one command for the five (scope hierarchy as getVariable: the nearest scope holding the name
    // wins)
    Map<String, Object> values =
        runtimeService.getVariables(
            executionId,
            List.of(DUE_DATE, BUSINESS_NUMBER, BUSINESS_TITLE, DEPARTMENT, DEPARTMENT_NAME));
    Object due = values.get(DUE_DATE);
    return new ReminderVariables(
        text(values.get(BUSINESS_NUMBER)),
        text(values.get(BUSINESS_TITLE)),
        (String) values.get(DEPARTMENT),
        text(values.get(DEPARTMENT_NAME)),
        taskDueDateFirst && taskDueDate != null
            ? taskDueDate
            : due instanceof Date date ? date : taskDueDate);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
