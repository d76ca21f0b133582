package org.rectify.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectify.measure.MeasureLifecycle.Vars;

/**
 * The measure-lifecycle happy path as a user drives it, step by step: who acts (user and groups),
 * whether the task is claimed first (candidate-group tasks) and which form fields are submitted.
 * Both engines of the benchmark get exactly these calls, so the difference between them is what the
 * engine does behind them.
 */
record HappyPath(
    String taskKey,
    String user,
    List<String> groups,
    boolean claimFirst,
    Map<String, Object> form) {

  static final String DEPARTMENT = "enforcement";
  static final String HEAD = "enforcementHead";
  static final String LEADER = "leaders1";

  /**
   * The six user tasks of the happy path, in order (the look-back timer sits between the last two).
   */
  static List<HappyPath> steps() {
    return List.of(
        new HappyPath(
            "UserTask_ClaimMeasure",
            HEAD,
            List.of(DEPARTMENT),
            false,
            form(Vars.CLAIM_DECISION, "CLAIM", Vars.IMPLEMENTER, "张科员")),
        new HappyPath(
            "UserTask_ReportProgress",
            "enforcement1",
            List.of(DEPARTMENT),
            true,
            form(
                Vars.PROGRESS_NARRATIVE,
                "已完成专项整治，建立台账",
                Vars.PROGRESS_PERCENT,
                100L,
                Vars.PROGRESS_ACTION,
                "SUBMIT")),
        new HappyPath(
            "UserTask_SubmitCompletion",
            HEAD,
            List.of(DEPARTMENT),
            false,
            form(
                Vars.COMPLETION_STATEMENT,
                "问题已整改到位",
                Vars.DELIVERABLES,
                "制度文件\n整改台账",
                Vars.METRICS,
                "专项行动 3 次",
                Vars.CAUSE_CLARIFIED,
                true,
                Vars.RECTIFIED,
                true,
                Vars.RULE_ESTABLISHED,
                true)),
        new HappyPath(
            "UserTask_LeaderApproval",
            LEADER,
            List.of("leaders"),
            false,
            form(Vars.LEADER_DECISION, "APPROVE", Vars.LEADER_COMMENT, "同意")),
        new HappyPath(
            "UserTask_VerifyMeasure",
            "rectOffice1",
            List.of("rectOffice"),
            true,
            form(Vars.VERIFICATION_OUTCOME, "COMPLETED", Vars.VERIFICATION_NOTES, "核验属实")),
        new HappyPath(
            "UserTask_LookBack",
            "rectOffice1",
            List.of("rectOffice"),
            true,
            form(Vars.LOOK_BACK_RESULT, "CONSOLIDATED", Vars.LOOK_BACK_FINDINGS, "未反弹")));
  }

  /**
   * Does this step as its user: finds the instance's open task, claims it if it is a group task,
   * completes it.
   */
  void perform(ProcessEngine engine, String instanceId) {
    TaskService tasks = engine.getTaskService();
    engine.getIdentityService().setAuthentication(user, groups);
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    if (claimFirst) {
      tasks.claim(task.getId(), user);
    }
    tasks.complete(task.getId(), form);
  }

  static int userTasks() {
    return steps().size();
  }

  private static Map<String, Object> form(Object... pairs) {
    Map<String, Object> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put((String) pairs[i], pairs[i + 1]);
    }
    return form;
  }
}
