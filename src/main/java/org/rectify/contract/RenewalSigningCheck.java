package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code UserTask_SignRenewal}: the renewed contract must end after the
 * current one. Checked while the clerk is still at the form, so a wrong date is refused there in
 * Chinese and the task stays open — instead of failing the ledger update ({@link
 * RecordRenewalDelegate}, asynchronous) as an incident nobody at the form sees.
 */
@Component("renewalSigningCheck")
class RenewalSigningCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(NEW_ENDS_ON);
    if (value == null || value.toString().isBlank()) {
      throw new FormFieldValidationException(NEW_ENDS_ON, "请填写续签后的合同终止日期");
    }
    LocalDate newEndsOn;
    try {
      newEndsOn = BusinessDates.parse(value);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new FormFieldValidationException(NEW_ENDS_ON, "续签后的合同终止日期不是有效日期（格式 2030-12-31）");
    }
    LocalDate endsOn = BusinessDates.parse(task.getVariable(ENDS_ON));
    if (!newEndsOn.isAfter(endsOn)) {
      throw new FormFieldValidationException(
          NEW_ENDS_ON, "续签后的合同终止日期（" + newEndsOn + "）必须晚于原终止日期（" + endsOn + "）");
    }
  }
}
