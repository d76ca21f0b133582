package org.rectify.organization;

import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rectify.platform.ParseListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tasks assigned from the directory — {@code camunda:assignee="${organization.headOf(department)}"}
 * or {@code leaderOf(…)} in the models — never become invisible when the directory has nobody in
 * that role: the task falls back to the department's group (its members see it in Tasklist and one
 * of them claims it), a comment on the task says why, and the office is told ({@link
 * DirectoryFallback}, mailed to 整改办 by the reminder capability). The models keep reading as
 * written; at parse time the plugin evaluates the same department expression through {@link
 * OrganizationDirectory#headOrNobody}/{@link OrganizationDirectory#leaderOrNobody} instead, which
 * answer null instead of failing. An unknown department still fails (bad data, an incident).
 */
@Component
public class DirectoryFallbackPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryFallbackPlugin.class);

  /** {@code ${organization.headOf(department)}}: the role and the department's expression. */
  static final Pattern DIRECTORY_ASSIGNEE =
      Pattern.compile("^\\$\\{\\s*organization\\.(headOf|leaderOf)\\((.+)\\)\\s*\\}$");

  private final ApplicationEventPublisher events;

  public DirectoryFallbackPlugin(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterEngines(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
              fallBack(userTask.getTaskDefinition(), configuration.getExpressionManager());
            }
          }
        });
  }

  void fallBack(TaskDefinition definition, ExpressionManager expressions) {
    Expression assignee = definition.getAssigneeExpression();
    Matcher matcher =
        assignee == null ? null : DIRECTORY_ASSIGNEE.matcher(assignee.getExpressionText().trim());
    if (matcher == null || !matcher.matches()) {
      return;
    }
    boolean head = "headOf".equals(matcher.group(1));
    String departmentExpression = matcher.group(2).trim();
    definition.setAssigneeExpression(
        expressions.createExpression(
            "${organization."
                + (head ? "headOrNobody" : "leaderOrNobody")
                + "("
                + departmentExpression
                + ")}"));
    Expression department = expressions.createExpression("${" + departmentExpression + "}");
    Expression name =
        expressions.createExpression("${organization.nameOf(" + departmentExpression + ")}");
    definition.addBuiltInTaskListener(
        TaskListener.EVENTNAME_CREATE,
        task -> {
          if (task.getAssignee() == null) {
            toDepartmentGroup(
                task,
                String.valueOf(department.getValue(task)),
                String.valueOf(name.getValue(task)),
                head);
          }
        });
  }

  private void toDepartmentGroup(
      DelegateTask task, String departmentId, String departmentName, boolean head) {
    String role = head ? "负责人" : "分管领导";
    task.addCandidateGroup(departmentId);
    String note =
        "组织机构中“"
            + departmentName
            + "”暂无"
            + role
            + "，任务“"
            + task.getName()
            + "”已转由本科室人员认领办理，并已告知整改办；请管理员在组织机构中补充"
            + role
            + "。";
    LOG.warn("任务 {}（{}）：科室 {} 暂无{}，已转科室候选组", task.getId(), task.getName(), departmentId, role);
    // the system writes the comment and tells the office, whoever's step created the task
    Context.getCommandContext()
        .runWithoutAuthorization(
            (Callable<Void>)
                () -> {
                  task.getProcessEngineServices()
                      .getTaskService()
                      .createComment(task.getId(), task.getProcessInstanceId(), note);
                  events.publishEvent(
                      new DirectoryFallback(task.getId(), departmentId, role, note));
                  return null;
                });
  }
}
