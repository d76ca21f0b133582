package org.rectify.agenda;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The decisions of {@code agenda-prereview} are the values its gateways test, and none of them has
 * a sane "otherwise": a missing approval is neither 同意 nor 退回, an unknown meeting decision neither
 * 通过 nor 暂缓. So the step that takes the decision refuses, in Chinese, any value outside the
 * gateway's branches, and the topic stays where it was (issue 26). Declared on the gateways as
 * {@code checkedBy="agendaChoiceCheck"}; a "complete" listener on 科室负责人审批, 分管领导审批, 办公室审核, 办公室复核 and
 * 登记会议决定.
 */
@Component("agendaChoiceCheck")
class AgendaChoiceCheck implements TaskListener {

  static final Set<String> REVIEW_OUTCOMES = Set.of("PASS", "RETURN", "REJECT");
  static final Set<String> CHECK_RESULTS = Set.of("PASS", "FAIL", "NA");
  static final Set<String> DECISIONS =
      Set.of("APPROVED", "APPROVED_WITH_CONDITIONS", "NOT_APPROVED", "DEFERRED");

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case AgendaPrereviewProcess.TASK_HEAD_APPROVAL -> yesOrNo(task, "headApproved", "科室负责人意见");
      case AgendaPrereviewProcess.TASK_LEADER_APPROVAL -> yesOrNo(task, "leaderApproved", "分管领导意见");
      case AgendaPrereviewProcess.TASK_OFFICE_REVIEW -> {
        for (String check : new String[] {"c3", "c4", "c5"}) {
          oneOf(task, check, check.toUpperCase() + " 核查结果", CHECK_RESULTS);
        }
        oneOf(task, "reviewOutcome", "审核结论", REVIEW_OUTCOMES);
      }
      case AgendaPrereviewProcess.TASK_RE_REVIEW -> yesOrNo(task, "reReviewAgreed", "复核意见");
      case AgendaPrereviewProcess.TASK_DECISION ->
          oneOf(task, AgendaPrereviewProcess.DECISION, "会议决定", DECISIONS);
      default ->
          throw new IllegalStateException(
              "agendaChoiceCheck is not meant for " + task.getTaskDefinitionKey());
    }
  }

  private static void yesOrNo(DelegateTask task, String name, String label) {
    if (!(task.getVariable(name) instanceof Boolean)) {
      throw new FormFieldValidationException(name, "请选择“" + label + "”（同意或退回）");
    }
  }

  private static void oneOf(DelegateTask task, String name, String label, Set<String> values) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new FormFieldValidationException(name, "请选择“" + label + "”");
    }
    if (!(value instanceof String text) || !values.contains(text)) {
      throw new FormFieldValidationException(name, "“" + label + "”的取值无效，请从列表中选择");
    }
  }
}
