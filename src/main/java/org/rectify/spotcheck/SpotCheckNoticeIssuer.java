package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_IssueNotice}: registers the approved notice with this check's findings and
 * those of checks waiting to be bundled, and releases those checks ({@code
 * IntermediateCatch_BundledNoticeIssued}). The rectification deadline becomes {@code
 * rectificationDeadline} for the per-department rectifications.
 */
@Component("spotCheckNoticeIssuer")
class SpotCheckNoticeIssuer implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckNoticeIssuer.class);

  private final SpotCheckRegister register;

  SpotCheckNoticeIssuer(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = requiredText(execution, NOTICE_NUMBER, "通报文号");
    LocalDate deadline = requiredDate(execution, DEADLINE, "整改期限");
    var issued =
        register.issueNotice(
            text(execution, CHECK_NUMBER),
            new SpotCheckRegister.NoticeInput(
                number,
                requiredDate(execution, NOTICE_DATE, "通报日期"),
                requiredText(execution, REQUIREMENTS, "整改要求"),
                deadline,
                null));
    execution.setVariable(NOTICE_ID, issued.noticeId());
    execution.setVariable(RECTIFICATION_DEADLINE, startOfDay(deadline));
    for (String bundled : issued.bundledCheckNumbers()) {
      execution
          .getProcessEngineServices()
          .getRuntimeService()
          .createMessageCorrelation(SpotCheckProcess.MESSAGE_NOTICE_ISSUED)
          .processInstanceBusinessKey(bundled)
          .setVariable(NOTICE_NUMBER, number)
          .correlateAll();
    }
    LOG.info(
        "Notice {} issued by check {}, bundling checks {}",
        number,
        text(execution, CHECK_NUMBER),
        issued.bundledCheckNumbers());
  }
}
