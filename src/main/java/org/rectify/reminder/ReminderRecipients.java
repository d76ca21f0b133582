package org.rectify.reminder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code reminderRecipients} ({@code assignee}, {@code candidates}, {@code head}, {@code
 * leader}, {@code group:<id>}, {@code user:<id>}) to people with an e-mail address through the
 * organisation directory. Whatever cannot be resolved (no head configured, a user without e-mail)
 * is reported as a problem, not skipped silently; an unknown token is a modelling error and fails
 * the task.
 */
@Component
class ReminderRecipients {

  /** A person to mail. */
  record Recipient(String userId, String name, String email) {}

  /**
   * The people found and, in Chinese, what could not be resolved (keyed by user id or token for
   * incidents).
   */
  record Resolution(List<Recipient> recipients, List<Problem> problems) {}

  record Problem(String key, String message) {}

  private final OrganizationDirectory organization;
  private final TaskService taskService;
  private final boolean usersByQuery;

  ReminderRecipients(
      OrganizationDirectory organization,
      TaskService taskService,
      @Value("${rectify.reminder.users-by-query:false}") boolean usersByQuery) {
    this.organization = organization;
    this.taskService = taskService;
    this.usersByQuery = usersByQuery;
  }

  Resolution resolve(String spec, Task task, String department) {
    return resolve(spec, task, department, lookups());
  }

  /** A fresh set of look-ups (one reminder). */
  DirectoryLookups lookups() {
    return new DirectoryLookups(organization, usersByQuery);
  }

  /** As above, sharing the look-ups of one reminder (several tasks, the mails' texts). */
  Resolution resolve(String spec, Task task, String department, DirectoryLookups directory) {
    if (spec == null || spec.isBlank()) {
      throw new ProcessEngineException("提醒任务缺少属性 reminderRecipients");
    }
    Set<String> userIds = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (String raw : spec.split(",")) {
      String token = raw.trim();
      if (!token.isEmpty()) {
        collect(token, task, department, userIds, problems, directory);
      }
    }
    List<Recipient> recipients = new ArrayList<>();
    for (String userId : userIds) {
      if (directory.user(userId).isEmpty()) {
        problems.add(new Problem(userId, "用户 " + userId + " 不存在"));
        continue;
      }
      String name = directory.displayNameOf(userId);
      directory
          .emailOf(userId)
          .ifPresentOrElse(
              email -> recipients.add(new Recipient(userId, name, email)),
              () -> problems.add(new Problem(userId, "用户 " + name + "（" + userId + "）没有设置电子邮箱")));
    }
    return new Resolution(recipients, problems);
  }

  private void collect(
      String token,
      Task task,
      String department,
      Set<String> userIds,
      List<Problem> problems,
      DirectoryLookups directory) {
    switch (token) {
      case "assignee" -> {
        if (task.getAssignee() != null) {
          userIds.add(task.getAssignee());
        }
      }
      case "candidates" -> candidates(task, userIds, directory);
      case "head" ->
          inDepartment(
              token, department, problems, () -> userIds.add(directory.headOf(department)));
      case "leader" ->
          inDepartment(
              token, department, problems, () -> userIds.add(directory.leaderOf(department)));
      default -> {
        if (token.startsWith("group:") && token.length() > 6) {
          List<String> members = directory.membersOf(token.substring(6));
          if (members.isEmpty()) {
            problems.add(
                new Problem(token, "组 “" + directory.nameOf(token.substring(6)) + "” 没有成员"));
          }
          userIds.addAll(members);
        } else if (token.startsWith("user:") && token.length() > 5) {
          userIds.add(token.substring(5));
        } else {
          throw new ProcessEngineException(
              "reminderRecipients 中的 “"
                  + token
                  + "” 无效，允许 assignee、candidates、head、leader、group:<组>、user:<用户>");
        }
      }
    }
  }

  private void candidates(Task task, Set<String> userIds, DirectoryLookups directory) {
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        userIds.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        userIds.addAll(directory.membersOf(link.getGroupId()));
      }
    }
  }

  private static void inDepartment(
      String token, String department, List<Problem> problems, Runnable resolve) {
    if (department == null) {
      problems.add(
          new Problem(
              token, "流程变量 department 未设置，无法确定" + ("head".equals(token) ? "科室负责人" : "分管领导")));
      return;
    }
    try {
      resolve.run();
    } catch (ProcessEngineException e) {
      problems.add(new Problem(token + ":" + department, e.getMessage()));
    }
  }
}
