package org.rectify.platform;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Checks of a Camunda Form's submit that its schema cannot state (a date window, a date not in the
 * future, a justification with substance), run when a user task using that form ({@code
 * camunda:formRef}) completes, before the model's own listeners. A capability declares its rules as
 * a Spring bean; {@link FormRulesPlugin} attaches them to every user task of the named forms, so no
 * model repeats them. A rule refuses with {@link FormChecks}' Chinese messages at the field.
 */
public interface FormRule {

  /** The form ids ({@code forms/<id>.form}) this rule checks. */
  Set<String> forms();

  /** Refuses the submit of {@code form} (a {@code FormFieldValidationException}) or returns. */
  void check(String form, VariableScope submitted);
}
