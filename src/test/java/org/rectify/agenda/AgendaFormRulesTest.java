package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A topic returned by the head or the leader says why; an approval needs no words (issue 26). */
class AgendaFormRulesTest {

  final AgendaFormRules rules = new AgendaFormRules();
  final Map<String, Object> form = new HashMap<>();
  final VariableScope submitted = mock(VariableScope.class);

  @BeforeEach
  void formValues() {
    when(submitted.getVariable(anyString())).thenAnswer(call -> form.get(call.getArgument(0)));
  }

  @Test
  void returnWithoutAReasonIsRefused() {
    form.put("headApproved", false);
    assertThatThrownBy(() -> rules.check(AgendaFormRules.HEAD_APPROVAL, submitted))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("请填写“审批意见（退回的理由）”");
    form.put("headComment", "不行");
    assertThatThrownBy(() -> rules.check(AgendaFormRules.HEAD_APPROVAL, submitted))
        .hasMessageContaining("过于简单")
        .extracting(e -> ((FormFieldValidationException) e).getDetail())
        .isEqualTo("headComment");
    form.put("headComment", "缺少三家报价单，请补充后再报");
    assertThatCode(() -> rules.check(AgendaFormRules.HEAD_APPROVAL, submitted))
        .doesNotThrowAnyException();

    form.put("leaderApproved", "false");
    form.put("leaderComment", "否");
    assertThatThrownBy(() -> rules.check(AgendaFormRules.LEADER_APPROVAL, submitted))
        .extracting(e -> ((FormFieldValidationException) e).getDetail())
        .isEqualTo("leaderComment");
  }

  @Test
  void approvalMayBeBrief() {
    form.put("headApproved", true);
    form.put("headComment", "同意");
    assertThatCode(() -> rules.check(AgendaFormRules.HEAD_APPROVAL, submitted))
        .doesNotThrowAnyException();
    form.put("leaderApproved", true);
    assertThatCode(() -> rules.check(AgendaFormRules.LEADER_APPROVAL, submitted))
        .doesNotThrowAnyException();
  }
}
