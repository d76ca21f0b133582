package org.rectify.reminder;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The process variables reminders read, declared once (names from the shared contract); read from the open task's
 * execution, so a task inside a sub-process or multi-instance sees its local {@code department}.
 */
record ReminderVariables(String businessNumber, String businessTitle, String department, String departmentName,
                         Date dueDate) {

  static final String BUSINESS_NUMBER = "businessNumber";
  static final String BUSINESS_TITLE = "businessTitle";
  static final String DEPARTMENT = "department";
  static final String DEPARTMENT_NAME = "departmentName";
  static final String DUE_DATE = "dueDate";
  static final String STATUS_COLOUR_TEXT = "statusColourText";

  static final String INPUT_TYPE = "reminderType";
  static final String INPUT_TASK = "reminderTask";
  static final String INPUT_RECIPIENTS = "reminderRecipients";

  static ReminderVariables of(RuntimeService runtimeService, String executionId, Date taskDueDate) {
    Object due = runtimeService.getVariable(executionId, DUE_DATE);
    return new ReminderVariables(
        text(runtimeService.getVariable(executionId, BUSINESS_NUMBER)),
        text(runtimeService.getVariable(executionId, BUSINESS_TITLE)),
        (String) runtimeService.getVariable(executionId, DEPARTMENT),
        text(runtimeService.getVariable(executionId, DEPARTMENT_NAME)),
        due instanceof Date date ? date : taskDueDate);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
