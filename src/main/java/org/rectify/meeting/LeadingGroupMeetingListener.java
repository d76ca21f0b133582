package org.rectify.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of {@code UserTask_LeadingGroupMeeting} 领导小组听取整改进展 in {@code
 * rectification-plan}: the meeting the leading group held is recorded in the register as a 领导小组会议,
 * chaired by the group's leader (the Party secretary, domain §3.1 #4), so the notice counts it.
 * Once per task.
 */
@Component("leadingGroupMeetingRecord")
class LeadingGroupMeetingListener implements TaskListener {

  private final MeetingRegister register;
  private final OrganizationDirectory organization;

  LeadingGroupMeetingListener(MeetingRegister register, OrganizationDirectory organization) {
    this.register = register;
    this.organization = organization;
  }

  @Override
  public void notify(DelegateTask task) {
    String source = "rectification-plan:" + task.getId();
    if (register.recorded(source)) {
      return;
    }
    LocalDate date = date(task.getVariable("meetingDate"));
    List<String> items = new ArrayList<>();
    items.add("听取整改进展汇报");
    text(task.getVariable("difficultIssues"))
        .ifPresent(issues -> items.add("会审整改难题：" + abbreviate(issues)));
    text(task.getVariable("meetingDecisions"))
        .ifPresent(decisions -> items.add("研究事项和决定：" + abbreviate(decisions)));
    String chair =
        organization.membersOf(OrganizationGroups.PARTY_SECRETARY).stream()
            .findFirst()
            .orElse(null);
    String by = task.getAssignee() != null ? task.getAssignee() : "system";
    register.recordLeadingGroupMeeting(
        date,
        chair,
        "巡察整改工作领导小组会议（听取整改进展）",
        (String) task.getVariable("minutesRef"),
        items,
        source,
        by);
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(MeetingRegister.ZONE).toLocalDate();
    }
    return value instanceof String text && text.length() >= 10
        ? LocalDate.parse(text.substring(0, 10))
        : MeetingRegister.today();
  }

  private static java.util.Optional<String> text(Object value) {
    return value == null || value.toString().isBlank()
        ? java.util.Optional.empty()
        : java.util.Optional.of(value.toString().trim());
  }

  private static String abbreviate(String text) {
    return text.length() <= 250 ? text : text.substring(0, 249) + "…";
  }
}
