package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The choices the spot-check gateways test have no sane "otherwise": a visit without a result is
 * neither 未发现问题 nor 发现问题, a missing approval neither 同意 nor 退回. The service tasks after these steps
 * run asynchronously, too late to refuse anything to the user; so this "complete" listener on 实施暗访,
 * 决定通报方式, 审批通报 and 复核整改情况 refuses a missing or unknown value in Chinese at the step, and the check
 * stays there (issue 26). Declared on the gateways as {@code checkedBy="spotCheckChoiceCheck"}.
 */
@Component("spotCheckChoiceCheck")
class SpotCheckChoiceCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case SpotCheckProcess.USER_TASK_CARRY_OUT ->
          oneOf(task, VISIT_RESULT, "暗访结果", List.of("FINDINGS", "NONE"));
      case SpotCheckProcess.USER_TASK_DECIDE_NOTICE ->
          oneOf(task, NOTICE_DECISION, "处理方式", List.of("NOW", "BUNDLE", "TALK"));
      case SpotCheckProcess.USER_TASK_APPROVE_NOTICE ->
          oneOf(task, APPROVAL_RESULT, "审批意见", List.of("APPROVED", "REJECTED"));
      case SpotCheckProcess.USER_TASK_VERIFY ->
          oneOf(task, VERIFICATION_RESULT, "复核结论", List.of("PASSED", "FAILED"));
      default ->
          throw new IllegalStateException(
              "spotCheckChoiceCheck is not meant for " + task.getTaskDefinitionKey());
    }
  }

  private static void oneOf(DelegateTask task, String name, String label, List<String> values) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new FormFieldValidationException(name, "请选择“" + label + "”");
    }
    if (!(value instanceof String text) || !values.contains(text)) {
      throw new FormFieldValidationException(name, "“" + label + "”的取值无效，请从列表中选择");
    }
  }
}
