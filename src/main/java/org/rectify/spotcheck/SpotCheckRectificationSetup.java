package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.reminder.StatusColour;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PrepareRectification}: Tasklist columns and the department's own findings for
 * its form.
 */
@Component("spotCheckRectificationSetup")
class SpotCheckRectificationSetup implements JavaDelegate {

  private final SpotCheckRegister register;
  private final OrganizationDirectory organization;
  private final StatusColour statusColour;

  SpotCheckRectificationSetup(
      SpotCheckRegister register, OrganizationDirectory organization, StatusColour statusColour) {
    this.register = register;
    this.organization = organization;
    this.statusColour = statusColour;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long noticeId = longValue(execution, NOTICE_ID);
    String department = text(execution, DEPARTMENT);
    LocalDate due = requiredDate(execution, DUE_DATE, "整改期限");
    execution.setVariable(BUSINESS_NUMBER, text(execution, NOTICE_NUMBER));
    execution.setVariable(BUSINESS_TITLE, "整改纪律作风暗访通报问题（" + text(execution, NOTICE_NUMBER) + "）");
    execution.setVariable(DEPARTMENT_NAME, organization.nameOf(department));
    execution.setVariable(DUE_DATE_TEXT, due.toString());
    execution.setVariable(STATUS_COLOUR_TEXT, statusColour.textOf(due));
    execution.setVariable(FINDINGS_TEXT, register.findingsText(noticeId, department));
  }
}
