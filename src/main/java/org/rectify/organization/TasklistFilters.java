package org.rectify.organization;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The four shared Tasklist filters every department works with, in Chinese. Each is readable by
 * every group of the organisation; what a user sees inside a filter is still limited by the
 * engine's task authorizations.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "我的待办";
  static final String DEPARTMENT_TASKS = "本科室待办";
  static final String DUE_SOON = "即将到期";
  static final String OVERDUE = "已超期";

  /** Task variables shown in the list under each task (set by the processes where they apply). */
  static final List<Map<String, String>> SHOWN_VARIABLES =
      List.of(
          Map.of("name", "businessNumber", "label", "编号"),
          Map.of("name", "businessTitle", "label", "事项"),
          Map.of("name", "departmentName", "label", "责任科室"),
          Map.of("name", "dueDateText", "label", "期限"),
          Map.of("name", "statusColourText", "label", "状态"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AccessBaseline accessBaseline;

  TasklistFilters(
      FilterService filterService, TaskService taskService, AccessBaseline accessBaseline) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.accessBaseline = accessBaseline;
  }

  void ensure() {
    ensure(
        MY_TASKS,
        -10,
        "#2f6fdb",
        "分配给我的任务",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(
        DEPARTMENT_TASKS,
        -5,
        "#2e9d5b",
        "本科室（我所在组）尚未认领的任务，认领后开始办理",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned());
    ensure(
        DUE_SOON,
        0,
        "#e6a23c",
        "3 天内到期、尚未超期的任务",
        taskService
            .createTaskQuery()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    ensure(
        OVERDUE,
        5,
        "#d9363e",
        "已超过办理期限的任务",
        taskService.createTaskQuery().dueBeforeExpression("${now()}"));
  }

  private void ensure(
      String name, int priority, String colour, String description, TaskQuery query) {
    Filter filter =
        filterService.createFilterQuery().filterName(name).list().stream()
            .filter(f -> f.getOwner() == null)
            .findFirst()
            .orElse(null);
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(
        Map.of(
            "priority", priority,
            "color", colour,
            "description", description,
            "refresh", true,
            "showUndefinedVariable", false,
            "variables", SHOWN_VARIABLES));
    filterService.saveFilter(filter);
    for (OrganizationGroups.GroupDefinition group : OrganizationGroups.ALL) {
      accessBaseline.grant(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
