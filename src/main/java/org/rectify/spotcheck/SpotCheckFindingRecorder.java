package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.requiredDate;
import static org.rectify.spotcheck.SpotCheckVariables.requiredText;
import static org.rectify.spotcheck.SpotCheckVariables.text;

import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SaveFinding}: stores one finding in the register and removes the form's
 * personal data from the process variables again, so names live only in the register.
 */
@Component("spotCheckFindingRecorder")
class SpotCheckFindingRecorder implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckFindingRecorder.class);
  static final List<String> FORM_FIELDS =
      List.of(
          CATEGORY,
          PERSON_NAME,
          FINDING_DEPARTMENT,
          FOUND_ON,
          FOUND_TIME,
          PLACE,
          DESCRIPTION,
          EVIDENCE);

  private final SpotCheckRegister register;

  SpotCheckFindingRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String time = text(execution, FOUND_TIME);
    var finding =
        new SpotCheckRegister.FindingInput(
            requiredText(execution, CATEGORY, "问题类别"),
            requiredText(execution, PERSON_NAME, "当事人"),
            requiredText(execution, FINDING_DEPARTMENT, "所在科室"),
            requiredDate(execution, FOUND_ON, "发现日期")
                .atTime(time == null ? LocalTime.MIDNIGHT : LocalTime.parse(time)),
            requiredText(execution, PLACE, "地点"),
            requiredText(execution, DESCRIPTION, "问题描述"),
            text(execution, EVIDENCE));
    long id = register.addFinding(text(execution, CHECK_NUMBER), finding);
    execution.removeVariables(FORM_FIELDS);
    LOG.info("Spot check {}: finding {} recorded", text(execution, CHECK_NUMBER), id);
  }
}
