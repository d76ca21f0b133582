package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link FormRule} checked as Tasklist submits a form: the test puts the submitted values in
 * {@link #form} and asserts that the rule refuses at a field, with the Chinese message the clerk
 * reads, or accepts. "Today" is the engine clock's business day ({@link #today}).
 */
public abstract class FormRuleTestSupport {

  protected final Map<String, Object> form = new HashMap<>();
  private final VariableScope submitted = mock(VariableScope.class);
  private final FormRule rule;

  protected FormRuleTestSupport(FormRule rule) {
    this.rule = rule;
  }

  @BeforeEach
  void submittedValuesAreTheForm() {
    when(submitted.getVariable(anyString())).thenAnswer(call -> form.get(call.getArgument(0)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Sets the engine clock to {@code at}, business time (Asia/Shanghai). */
  protected static void today(LocalDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.atZone(FormChecks.ZONE).toInstant()));
  }

  protected void assertRefused(String formId, String field, String message) {
    assertThatThrownBy(() -> rule.check(formId, submitted))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((FormFieldValidationException) e).getDetail())
        .isEqualTo(field);
  }

  protected void assertAccepted(String formId) {
    assertThatCode(() -> rule.check(formId, submitted)).doesNotThrowAnyException();
  }
}
