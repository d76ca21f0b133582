package org.rectify.reminder;

import java.util.List;

/**
 * What a reminder mail says, prepared for the templates ({@code
 * mail-templates/reminder.html|.txt}); every field is display-ready Chinese text.
 *
 * @param typeLabel 即将到期 / 已超期 / 督办 / 催办
 * @param statusText the status colour text (绿色 正常 …)
 * @param lateText e.g. 已超期 3 个工作日, empty when not late
 * @param chain the escalation chain, one step per line, in order
 * @param note a free text (the urging leader's words), may be empty
 */
record ReminderMail(
    ReminderType type,
    String typeLabel,
    String recipientName,
    String taskName,
    String businessNumber,
    String businessTitle,
    String departmentName,
    String dueDateText,
    String statusText,
    String statusColour,
    int workingDaysLate,
    String lateText,
    String taskLink,
    List<String> chain,
    String note) {

  String subject() {
    String business = businessNumber.isEmpty() ? "" : businessNumber + " ";
    String tail =
        switch (type) {
          case BEFORE_DUE -> "将于 " + dueDateText + " 到期";
          case OVERDUE, ESCALATION -> lateText.isEmpty() ? "截止日期 " + dueDateText : lateText;
          case URGE, DIGEST, CALENDAR -> "请尽快办理";
          case STAFFING -> "无人担任，已转由科室办理，请补充人员";
        };
    return "【" + typeLabel + "】" + business + taskName + "：" + tail;
  }
}
