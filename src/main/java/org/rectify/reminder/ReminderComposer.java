package org.rectify.reminder;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Builds what a reminder mail says for one open task: the business it belongs to, due date as a
 * business date, status colour, working days late, the Tasklist deep link and the escalation chain
 * with its dates.
 */
@Component
class ReminderComposer {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final OrganizationDirectory organization;
  private final ReminderTimes times;
  private final StatusColour statusColour;
  private final ReminderProperties properties;
  private final Environment environment;
  private final String engineName;

  ReminderComposer(
      OrganizationDirectory organization,
      ReminderTimes times,
      StatusColour statusColour,
      ReminderProperties properties,
      ProcessEngine processEngine,
      Environment environment) {
    this.organization = organization;
    this.times = times;
    this.statusColour = statusColour;
    this.properties = properties;
    this.environment = environment;
    this.engineName = processEngine.getName();
  }

  ReminderMail compose(
      ReminderType type,
      Task task,
      ReminderVariables variables,
      String recipientName,
      String note) {
    return compose(type, task, variables, recipientName, note, new DirectoryLookups(organization));
  }

  /** As above, sharing the organisation look-ups of one reminder. */
  ReminderMail compose(
      ReminderType type,
      Task task,
      ReminderVariables variables,
      String recipientName,
      String note,
      DirectoryLookups directory) {
    Date due = variables.dueDate();
    StatusColour.Colour colour = statusColour.of(due);
    int late = statusColour.workingDaysLate(due);
    String departmentName =
        !variables.departmentName().isEmpty()
            ? variables.departmentName()
            : variables.department() == null ? "" : directory.nameOf(variables.department());
    return new ReminderMail(
        type,
        type.label(),
        recipientName,
        task.getName() == null ? "待办任务" : task.getName(),
        variables.businessNumber(),
        variables.businessTitle(),
        departmentName,
        due == null ? "未设置" : DATE.format(times.businessDate(due)),
        colour.text(),
        cssColour(colour),
        late,
        late > 0 ? "已超期 " + late + " 个工作日" : "",
        taskLink(task.getId()),
        chain(type, due, variables.department(), directory),
        note == null ? "" : note);
  }

  private List<String> chain(
      ReminderType type, Date due, String department, DirectoryLookups directory) {
    List<String> steps = new ArrayList<>();
    if (due == null) {
      steps.add("截止日期未设置，无法计算提醒和督办时间");
      return steps;
    }
    steps.add(date(times.beforeDue(due)) + " 到期前提醒：承办人" + current(type == ReminderType.BEFORE_DUE));
    steps.add(
        date(times.overdue(due))
            + " 超期通知：承办人、科室负责人 "
            + person(department, true, directory)
            + "、分管领导 "
            + person(department, false, directory)
            + current(type == ReminderType.OVERDUE));
    int levels = properties.getEscalationWorkingDays().size();
    int current = type == ReminderType.ESCALATION ? currentEscalationLevel(due, levels) : 0;
    for (int level = 1; level <= levels; level++) {
      String who = level == 1 ? "整改办下发督办单" : level == 2 ? "报党组书记、局长" : "第 " + level + " 级督办";
      steps.add(
          date(times.escalation(due, level))
              + " "
              + levelName(level)
              + "督办（超期 "
              + times.escalationOffset(level)
              + " 个工作日）："
              + who
              + current(level == current));
    }
    return steps;
  }

  /**
   * Resolved per mail, so a base URL that depends on the actual port ({@code local.server.port})
   * works.
   */
  String taskLink(String taskId) {
    return tasklistLink() + "#/?task=" + taskId;
  }

  /** Tasklist's start page, for a mail about no single task (the calendar warning). */
  String tasklistLink() {
    String baseUrl = environment.getRequiredProperty("rectify.base-url");
    return stripSlash(baseUrl) + "/camunda/app/tasklist/" + engineName + "/";
  }

  /** The highest escalation level already reached (its time has come), 0 for none. */
  private int currentEscalationLevel(Date due, int levels) {
    Date now = ClockUtil.getCurrentTime();
    int reached = 0;
    for (int level = 1; level <= levels; level++) {
      if (!times.escalation(due, level).after(now)) {
        reached = level;
      }
    }
    return reached;
  }

  private static String levelName(int level) {
    String[] names = {"一级", "二级", "三级", "四级", "五级"};
    return level <= names.length ? names[level - 1] : "第 " + level + " 级";
  }

  private static String person(String department, boolean head, DirectoryLookups directory) {
    if (department == null) {
      return "（未知科室）";
    }
    try {
      return directory.displayNameOf(
          head ? directory.headOf(department) : directory.leaderOf(department));
    } catch (RuntimeException e) {
      return "（未配置）";
    }
  }

  private String date(Date date) {
    return DATE.format(date.toInstant().atZone(properties.getZone()));
  }

  private static String current(boolean current) {
    return current ? " ← 本次" : "";
  }

  private static String cssColour(StatusColour.Colour colour) {
    return switch (colour) {
      case GREEN -> "#1a7f37";
      case YELLOW -> "#b08800";
      case RED -> "#cf222e";
    };
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
