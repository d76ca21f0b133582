package org.rectify.reminder;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/** The kinds of reminder mail (property {@code reminderType} of the {@code reminderMail} task). */
public enum ReminderType {
  BEFORE_DUE("即将到期"),
  OVERDUE("已超期"),
  ESCALATION("督办"),
  URGE("催办"),
  DIGEST("每日汇总"),
  CALENDAR("日历提醒"),
  /**
   * To the office: a head's or leader's task went to the department's group (nobody in the role).
   */
  STAFFING("人员缺位");

  private final String label;

  ReminderType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Before-due and overdue notices may be folded into a person's daily digest; escalations and
   * urges never.
   */
  boolean digestible() {
    return this == BEFORE_DUE || this == OVERDUE;
  }

  static ReminderType parse(Object value) {
    if (value == null) {
      throw new ProcessEngineException("提醒任务缺少属性 reminderType（BEFORE_DUE | OVERDUE | ESCALATION）");
    }
    try {
      return valueOf(value.toString().trim());
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException(
          "属性 reminderType 的值 “"
              + value
              + "” 无效，应为 "
              + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(" | ")));
    }
  }
}
