package org.rectify.reminder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectify.organization.OrganizationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 每日汇总: on each working day, one mail per person who chose it, listing their open tasks (assigned
 * or as candidate) that are overdue or due within the yellow window. Tried every hour of the
 * working day by the engine timer of {@code daily-digest} (one node per occurrence); the ledger key
 * {@code digest/<date>} makes it once per person and day even so, and a failed hour is retried the
 * next hour. Tasks without a due date are not listed.
 */
@Component
class DailyDigest {

  private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

  private final DigestPreferences preferences;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final OrganizationDirectory organization;
  private final WorkingDayCalendar calendar;
  private final ReminderTimes times;
  private final ReminderProperties properties;
  private final ReminderComposer composer;
  private final ReminderMailRenderer renderer;
  private final ReminderMailer mailer;

  DailyDigest(
      DigestPreferences preferences,
      TaskService taskService,
      RuntimeService runtimeService,
      OrganizationDirectory organization,
      WorkingDayCalendar calendar,
      ReminderTimes times,
      ReminderProperties properties,
      ReminderComposer composer,
      ReminderMailRenderer renderer,
      ReminderMailer mailer) {
    this.preferences = preferences;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.organization = organization;
    this.calendar = calendar;
    this.times = times;
    this.properties = properties;
    this.composer = composer;
    this.renderer = renderer;
    this.mailer = mailer;
  }

  /** Sends today's digests if today is a working day; returns how many went out now. */
  int sendIfWorkingDay() {
    if (!calendar.isWorkingDay(times.today())) {
      LOG.info("{} 不是工作日，不发送每日汇总", times.today());
      return 0;
    }
    return sendAll();
  }

  /** Sends today's digests not yet sent; returns how many went out now. */
  int sendAll() {
    int sent = 0;
    for (String userId : preferences.digestUsers()) {
      try {
        sent += sendTo(userId) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.warn("{} 的每日汇总邮件发送失败，将在下一小时重试：{}", userId, e.getMessage());
      }
    }
    return sent;
  }

  boolean sendTo(String userId) {
    LocalDate today = times.today();
    var email = organization.emailOf(userId);
    if (email.isEmpty()) {
      LOG.warn("{} 选择了每日汇总但没有设置电子邮箱，无法发送", userId);
      return false;
    }
    List<Map<String, Object>> rows = rows(userId, today);
    if (rows.isEmpty()) {
      return false;
    }
    String name = organization.displayNameOf(userId);
    String subject = "【每日汇总】" + today + " 您有 " + rows.size() + " 项临近或超期的整改任务";
    Map<String, Object> model =
        Map.of("name", name, "date", today.toString(), "rows", rows, "subject", subject);
    return mailer.send(
        "digest/" + today,
        new ReminderRecipients.Recipient(userId, name, email.get()),
        ReminderType.DIGEST,
        subject,
        () -> renderer.render("digest.txt", model),
        () -> renderer.render("digest.html", model),
        null,
        null);
  }

  private List<Map<String, Object>> rows(String userId, LocalDate today) {
    LocalDate horizon = calendar.plusWorkingDays(today, properties.getYellowWithinWorkingDays());
    Date dueBefore =
        Date.from(horizon.atTime(LocalTime.MAX).atZone(properties.getZone()).toInstant());
    Map<String, Task> tasks = new LinkedHashMap<>();
    taskService
        .createTaskQuery()
        .taskAssignee(userId)
        .dueBefore(dueBefore)
        .orderByDueDate()
        .asc()
        .list()
        .forEach(task -> tasks.put(task.getId(), task));
    taskService
        .createTaskQuery()
        .taskCandidateUser(userId)
        .dueBefore(dueBefore)
        .orderByDueDate()
        .asc()
        .list()
        .forEach(task -> tasks.putIfAbsent(task.getId(), task));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Task task : tasks.values()) {
      if (task.getExecutionId() == null) {
        continue;
      }
      // the tasks were chosen by their own due dates, so each row shows that date (not a process
      // deadline)
      ReminderVariables variables =
          ReminderVariables.of(runtimeService, task.getExecutionId(), task.getDueDate(), true);
      ReminderMail mail = composer.compose(ReminderType.DIGEST, task, variables, "", null);
      rows.add(
          Map.of(
              "task",
              mail.taskName(),
              "business",
              (mail.businessNumber() + " " + mail.businessTitle()).strip(),
              "due",
              mail.dueDateText(),
              "status",
              mail.statusText() + (mail.lateText().isEmpty() ? "" : "（" + mail.lateText() + "）"),
              "colour",
              mail.statusColour(),
              "link",
              mail.taskLink()));
    }
    return rows;
  }
}
