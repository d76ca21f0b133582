package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.reminder.StatusColour;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_ScheduleTerm}: arms the term's timers from the contract's end date — tender
 * reminder and deadline (end − 7 / − 6 months), renewal reminder and deadline (end − 3 / − 2
 * months), at 09:00 Asia/Shanghai — and sets the Tasklist columns; the colour is yellow from a
 * month before the deadline ({@code statusYellowFrom}), in Tasklist, the daily refresh and the
 * ledger alike. Runs again after every signed renewal, so the new term gets new timers.
 */
@Component("contractTermScheduler")
class ScheduleTermDelegate implements JavaDelegate {

  private final ContractProperties properties;

  ScheduleTermDelegate(ContractProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate endsOn = BusinessDates.toLocalDate((Date) execution.getVariable(ENDS_ON));
    LocalDate renewalDeadline = endsOn.minus(properties.getRenewalDeadline());
    LocalDate tenderDeadline = endsOn.minus(properties.getTenderDeadline());
    execution.setVariable(
        RENEWAL_REMINDER_AT, BusinessDates.at(endsOn.minus(properties.getRenewalReminder())));
    execution.setVariable(RENEWAL_DEADLINE, BusinessDates.at(renewalDeadline));
    execution.setVariable(
        UNDECIDED_ESCALATION_AT,
        BusinessDates.at(endsOn.minus(properties.getUndecidedEscalation())));
    execution.setVariable(
        TENDER_REMINDER_AT, BusinessDates.at(endsOn.minus(properties.getTenderReminder())));
    execution.setVariable(TENDER_DEADLINE, BusinessDates.at(tenderDeadline));
    boolean tender = Boolean.TRUE.equals(execution.getVariable(TENDER_REQUIRED));
    LocalDate due = tender ? tenderDeadline : renewalDeadline;
    LocalDate today = BusinessDates.today();
    boolean late = today.isAfter(due);
    execution.setVariable(DUE_DATE, BusinessDates.at(due));
    execution.setVariable(DUE_DATE_TEXT, BusinessDates.text(due));
    execution.setVariable(LATE, late);
    // yellow a month ahead, as the contract ledger shows it; the daily refresh keeps to it
    execution.setVariable(StatusColour.STATUS_YELLOW_FROM, BusinessDates.at(due.minusMonths(1)));
    execution.setVariable(
        STATUS_COLOUR_TEXT, late ? RED : today.isBefore(due.minusMonths(1)) ? GREEN : YELLOW);
  }
}
