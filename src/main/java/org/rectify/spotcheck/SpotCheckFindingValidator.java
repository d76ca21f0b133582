package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.requiredDate;
import static org.rectify.spotcheck.SpotCheckVariables.requiredText;
import static org.rectify.spotcheck.SpotCheckVariables.text;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code UserTask_RecordFinding}: refuses a finding without category, person
 * or a real department (also when the task is completed through the REST API, not the form); the
 * task stays open.
 */
@Component("spotCheckFindingValidator")
class SpotCheckFindingValidator implements TaskListener {

  private final OrganizationDirectory organization;

  SpotCheckFindingValidator(OrganizationDirectory organization) {
    this.organization = organization;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!SpotCheckCategory.isKnown(requiredText(task, CATEGORY, "问题类别"))) {
      throw new FormFieldValidationException(CATEGORY, "问题类别无效：" + text(task, CATEGORY));
    }
    requiredText(task, PERSON_NAME, "当事人");
    String department = requiredText(task, FINDING_DEPARTMENT, "所在科室");
    if (!organization.isDepartment(department)) {
      throw new FormFieldValidationException(FINDING_DEPARTMENT, "所在科室无效：" + department);
    }
    if (requiredDate(task, FOUND_ON, "发现日期").isAfter(SpotCheckVariables.today())) {
      throw new FormFieldValidationException(FOUND_ON, "发现日期不能晚于今天");
    }
    String time = text(task, FOUND_TIME);
    try {
      if (time != null) {
        LocalTime.parse(time);
      }
    } catch (DateTimeParseException e) {
      throw new FormFieldValidationException(FOUND_TIME, "发现时间格式应为“时:分”，例如 08:45");
    }
    requiredText(task, PLACE, "地点");
    requiredText(task, DESCRIPTION, "问题描述");
  }
}
