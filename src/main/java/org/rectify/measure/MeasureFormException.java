package org.rectify.measure;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task of a measure cannot be completed with the data given. Extends the engine's form validation
 * exception so the REST API answers 400 (not 500) with the Chinese message, and the task stays
 * open.
 */
public class MeasureFormException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  public MeasureFormException(String field, String message) {
    super(field, message);
  }
}
