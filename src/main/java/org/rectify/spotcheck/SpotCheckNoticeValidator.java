package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code UserTask_DraftNotice}: a notice needs a new number, requirements, at
 * least one finding and a rectification deadline after today and after the notice date. A refusal
 * keeps the task open and changes nothing; Tasklist shows the Chinese message.
 */
@Component("spotCheckNoticeValidator")
class SpotCheckNoticeValidator implements TaskListener {

  private final SpotCheckRegister register;

  SpotCheckNoticeValidator(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = requiredText(task, NOTICE_NUMBER, "通报文号");
    if (register.noticeNumberExists(number)) {
      throw new FormFieldValidationException(NOTICE_NUMBER, "通报文号“" + number + "”已被使用");
    }
    LocalDate noticeDate = requiredDate(task, NOTICE_DATE, "通报日期");
    requiredText(task, REQUIREMENTS, "整改要求");
    LocalDate deadline = requiredDate(task, DEADLINE, "整改期限");
    if (!deadline.isAfter(today()) || deadline.isBefore(noticeDate)) {
      throw new FormFieldValidationException(DEADLINE, "整改期限必须晚于今天且不早于通报日期");
    }
    if (register.findingsForNotice(text(task, CHECK_NUMBER)) == 0) {
      throw new FormFieldValidationException(CHECK_NUMBER, "通报中没有任何已认定的问题，不能印发");
    }
  }
}
