package org.rectify.worklog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.rectify.platform.SystemAct;
import org.springframework.stereotype.Component;

/**
 * Puts a record's history together: from the engine's history (started, each task reached, claimed,
 * assigned, completed, comments) and from the capabilities' own tables ({@link WorklogSource}). The
 * caller must be allowed to read the task's process instance — the engine decides, with the
 * caller's authorizations — before anything is read; the lines themselves are then read as the
 * system.
 */
@Component
public class Worklog {

  static final String SYSTEM = "系统";

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final OrganizationDirectory organization;
  private final List<WorklogSource> sources;

  Worklog(
      HistoryService history,
      TaskService tasks,
      RepositoryService repository,
      IdentityService identity,
      OrganizationDirectory organization,
      List<WorklogSource> sources) {
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.organization = organization;
    this.sources = sources;
  }

  List<WorklogEntry> ofTask(String taskId) {
    HistoricTaskInstance task =
        SystemAct.run(
            identity,
            () -> history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
    if (task == null || task.getProcessInstanceId() == null) {
      throw ApiException.notFound("任务不存在或已删除");
    }
    String instanceId = task.getProcessInstanceId();
    // as the caller: the engine answers only with an instance his authorizations let him read
    if (history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
      throw ApiException.forbidden("没有权限查看该事项的办理经过：仅经办人员、本科室和有查看权限的领导可以查看");
    }
    return SystemAct.run(identity, () -> collect(instanceId));
  }

  /**
   * Every process instance of a record ({@code businessKey}: a measure code, {@code PLAN-1}, a
   * contract number), oldest line first, read as the system: for the records kept in an archive;
   * the caller's right to read the record is checked by the caller.
   */
  public List<WorklogEntry> ofRecord(String businessKey) {
    return SystemAct.run(
        identity,
        () -> {
          List<WorklogEntry> lines = new ArrayList<>();
          for (HistoricProcessInstance instance :
              history
                  .createHistoricProcessInstanceQuery()
                  .processInstanceBusinessKey(businessKey)
                  .list()) {
            lines.addAll(collect(instance.getId()));
          }
          lines.sort(Comparator.comparing(WorklogEntry::at));
          return lines;
        });
  }

  private List<WorklogEntry> collect(String instanceId) {
    HistoricProcessInstance instance =
        history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    ProcessDefinition definition =
        repository.getProcessDefinition(instance.getProcessDefinitionId());
    Map<String, String> names = new HashMap<>();
    WorklogSource.People people =
        new WorklogSource.People() {
          @Override
          public String name(String userId) {
            return userId == null || "system".equals(userId)
                ? SYSTEM
                : names.computeIfAbsent(userId, organization::displayNameOf);
          }

          @Override
          public String unit(String userId) {
            return userId == null || "system".equals(userId)
                ? ""
                : names.computeIfAbsent("@" + userId, u -> organization.unitOf(userId));
          }
        };
    List<WorklogEntry> lines = new ArrayList<>();
    String process = definition.getName() == null ? "流程" : definition.getName();
    String number = instance.getBusinessKey() == null ? "" : "（" + instance.getBusinessKey() + "）";
    lines.add(
        line(instance.getStartTime(), instance.getStartUserId(), people, "发起", process + number));
    if (instance.getEndTime() != null) {
      boolean ended = instance.getDeleteReason() == null;
      lines.add(line(instance.getEndTime(), null, people, ended ? "办结" : "终止", process + number));
    }
    Map<String, String> taskNames = new HashMap<>();
    for (HistoricTaskInstance task :
        history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).list()) {
      String name = "“" + task.getName() + "”";
      taskNames.put(task.getId(), name);
      List<HistoricIdentityLinkLog> links =
          history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list();
      String assignee = null;
      List<String> queues = new ArrayList<>();
      for (HistoricIdentityLinkLog link : links) {
        boolean routing = atCreation(link, task);
        if (routing && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getGroupId() != null) {
            queues.add(organization.nameOf(link.getGroupId()));
          }
        } else if (IdentityLinkType.ASSIGNEE.equals(link.getType())) {
          if (routing && "add".equals(link.getOperationType())) {
            assignee = link.getUserId();
          } else {
            lines.add(assignment(link, name, people));
          }
        }
      }
      String to =
          assignee != null
              ? "，交" + people.name(assignee) + "办理"
              : queues.isEmpty() ? "" : "，进入" + String.join("、", queues) + "待办";
      lines.add(line(task.getStartTime(), null, people, "送达", name + to));
      if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
        lines.add(line(task.getEndTime(), task.getAssignee(), people, "办结", name));
      }
    }
    for (Comment comment : tasks.getProcessInstanceComments(instanceId)) {
      String where = taskNames.getOrDefault(comment.getTaskId(), "");
      lines.add(
          line(
              comment.getTime(),
              comment.getUserId(),
              people,
              "意见",
              (where.isEmpty() ? "" : where + "：") + comment.getFullMessage()));
    }
    if (instance.getBusinessKey() != null) {
      sources.stream()
          .filter(s -> s.serves(definition.getKey()))
          .forEach(s -> lines.addAll(s.entries(instance.getBusinessKey(), people)));
    }
    lines.sort(Comparator.comparing(WorklogEntry::at, Comparator.reverseOrder()));
    return lines;
  }

  /** A link made with the task (routing by the model), not by a person later. */
  private static boolean atCreation(HistoricIdentityLinkLog link, HistoricTaskInstance task) {
    return link.getTime() != null
        && task.getStartTime() != null
        && Math.abs(link.getTime().getTime() - task.getStartTime().getTime()) < 1000;
  }

  private static WorklogEntry assignment(
      HistoricIdentityLinkLog link, String taskName, WorklogSource.People people) {
    boolean added = "add".equals(link.getOperationType());
    String user = link.getUserId();
    String by = link.getAssignerId();
    if (by != null && by.equals(user)) {
      return line(link.getTime(), user, people, added ? "认领" : "取消认领", taskName);
    }
    return line(
        link.getTime(),
        by,
        people,
        added ? "转交" : "收回",
        taskName + (added ? "交" + people.name(user) + "办理" : "收回自" + people.name(user)));
  }

  private static WorklogEntry line(
      Date at, String user, WorklogSource.People people, String action, String detail) {
    return new WorklogEntry(
        at == null ? Instant.EPOCH : at.toInstant(),
        people.name(user),
        people.unit(user),
        action,
        detail);
  }
}
