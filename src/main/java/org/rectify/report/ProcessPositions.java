package org.rectify.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.SystemAct;
import org.springframework.stereotype.Component;

/**
 * Where a business record's process stands: the open tasks of its instance and of the instances it
 * called (current step, holder by name, task due date), or the element it waits at when no task is
 * open. Read as the system: the caller's right to the record is checked by the overview before
 * anything is shown, and a clerk's own engine grants would hide steps held by others.
 */
@Component
class ProcessPositions {

  /** {@code instanceId} null: no running instance (the process has ended). */
  record Position(String instanceId, String step, String holder, Date taskDue) {
    static final Position ENDED = new Position(null, "已办结", "—", null);
  }

  private static final int CHUNK = 500;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final OrganizationDirectory organization;

  ProcessPositions(
      RuntimeService runtime,
      TaskService tasks,
      RepositoryService repository,
      IdentityService identity,
      OrganizationDirectory organization) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.organization = organization;
  }

  /** Business key → position of every running instance of the process. */
  Map<String, Position> byBusinessKey(String processKey) {
    return SystemAct.run(
        identity,
        () -> {
          List<ProcessInstance> roots =
              runtime.createProcessInstanceQuery().processDefinitionKey(processKey).list();
          Map<String, List<Task>> open =
              openTasks(roots.stream().map(ProcessInstance::getId).toList());
          Map<String, Position> positions = new HashMap<>();
          for (ProcessInstance root : roots) {
            if (root.getBusinessKey() != null) {
              positions.put(root.getBusinessKey(), position(root, open.get(root.getId())));
            }
          }
          return positions;
        });
  }

  /** The position of one running instance (with what it called). */
  Position of(ProcessInstance instance) {
    return SystemAct.run(
        identity,
        () -> position(instance, openTasks(List.of(instance.getId())).get(instance.getId())));
  }

  /** Root instance id → open tasks of the root and of every instance below it. */
  private Map<String, List<Task>> openTasks(Collection<String> rootIds) {
    Map<String, List<Task>> byRoot = new HashMap<>();
    if (rootIds.isEmpty()) {
      return byRoot;
    }
    Map<String, String> rootOf = new HashMap<>();
    rootIds.forEach(id -> rootOf.put(id, id));
    for (ProcessInstance called : runtime.createProcessInstanceQuery().list()) {
      String root = called.getRootProcessInstanceId();
      if (root != null && rootOf.containsKey(root)) {
        rootOf.put(called.getId(), root);
      }
    }
    List<String> ids = new ArrayList<>(rootOf.keySet());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      for (Task task :
          tasks
              .createTaskQuery()
              .processInstanceIdIn(chunk.toArray(String[]::new))
              .active()
              .orderByTaskCreateTime()
              .asc()
              .list()) {
        byRoot
            .computeIfAbsent(rootOf.get(task.getProcessInstanceId()), k -> new ArrayList<>())
            .add(task);
      }
    }
    return byRoot;
  }

  private Position position(ProcessInstance instance, List<Task> open) {
    if (open == null || open.isEmpty()) {
      return new Position(instance.getId(), waitingAt(instance), "—", null);
    }
    String step = open.stream().map(Task::getName).distinct().collect(Collectors.joining("；"));
    String holder = open.stream().map(this::holderOf).distinct().collect(Collectors.joining("；"));
    Date due =
        open.stream()
            .map(Task::getDueDate)
            .filter(Objects::nonNull)
            .min(Date::compareTo)
            .orElse(null);
    return new Position(instance.getId(), step, holder, due);
  }

  /** The assignee by name, else who may claim it. */
  private String holderOf(Task task) {
    if (task.getAssignee() != null) {
      return organization.displayNameOf(task.getAssignee());
    }
    List<String> candidates = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        candidates.add(
            link.getGroupId() != null
                ? organization.nameOf(link.getGroupId())
                : organization.displayNameOf(link.getUserId()));
      }
    }
    return candidates.isEmpty() ? "（未分派）" : "待认领（" + String.join("、", candidates) + "）";
  }

  /** No task open: the names of the elements the instance waits at (a timer, a message). */
  private String waitingAt(ProcessInstance instance) {
    var model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    Map<String, String> names = new LinkedHashMap<>();
    for (String activity : runtime.getActiveActivityIds(instance.getId())) {
      FlowElement element = model.getModelElementById(activity);
      names.put(
          activity, element == null || element.getName() == null ? activity : element.getName());
    }
    return names.isEmpty() ? "办理中" : "等待：" + String.join("、", names.values());
  }
}
