package org.rectify.measure;

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

/** The inspection group's deadline cannot fall before its feedback (issue 26). */
class PlanFormRulesTest {

  final PlanFormRules rules = new PlanFormRules();
  final Map<String, Object> form = new HashMap<>();
  final VariableScope submitted = mock(VariableScope.class);

  @BeforeEach
  void formValues() {
    when(submitted.getVariable(anyString())).thenAnswer(call -> form.get(call.getArgument(0)));
  }

  @Test
  void deadlineBeforeTheFeedbackIsRefusedAtTheDeadline() {
    form.put("feedbackDate", "2026-12-10");
    form.put("inspectionDeadline", "2026-12-01");
    assertThatThrownBy(() -> rules.check(PlanFormRules.REGISTER_FEEDBACK, submitted))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("“巡察组要求的整改时限”（2026-12-01）不能早于“反馈日期”（2026-12-10）")
        .extracting(e -> ((FormFieldValidationException) e).getDetail())
        .isEqualTo("inspectionDeadline");
  }

  @Test
  void deadlineAfterTheFeedbackOrNoneAtAllIsAccepted() {
    form.put("feedbackDate", "2026-12-10");
    assertThatCode(() -> rules.check(PlanFormRules.REGISTER_FEEDBACK, submitted))
        .doesNotThrowAnyException();
    form.put("inspectionDeadline", "2027-03-10");
    assertThatCode(() -> rules.check(PlanFormRules.REGISTER_FEEDBACK, submitted))
        .doesNotThrowAnyException();
  }
}
