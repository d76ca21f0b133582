package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordTeamFiling}: files the contractor's team for the new term (project lead,
 * technical staff, equipment) as verified by the owning department; when it does not match the bid
 * (货要对板), the rectification notice issued in the same form is filed with it and counts like any
 * other notice (屡教不改 if not complied).
 */
@Component("contractTeamFilingRecorder")
class RecordTeamFilingDelegate implements JavaDelegate {

  private final TeamFilingRepository filings;

  RecordTeamFilingDelegate(TeamFilingRepository filings) {
    this.filings = filings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    boolean matches = Boolean.TRUE.equals(execution.getVariable(MATCHES_BID));
    LocalDate today = BusinessDates.today();
    filings.add(
        number,
        new TeamFilingRepository.TeamFiling(
            today,
            (String) execution.getVariable("projectLead"),
            (String) execution.getVariable("technicians"),
            (String) execution.getVariable("equipment"),
            matches,
            CompletedTasks.lastAssignee(execution, TEAM_FILING).orElse(null)));
    if (!matches) {
      filings.addNotice(
          number,
          (String) execution.getVariable("filingNoticeNo"),
          today,
          (String) execution.getVariable("mismatchIssues"),
          BusinessDates.parse(
              execution.getVariable(ContractRenewalProcess.FILING_NOTICE_DEADLINE)));
    }
  }
}
