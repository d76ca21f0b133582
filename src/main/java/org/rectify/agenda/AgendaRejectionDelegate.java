package org.rectify.agenda;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.supplier.Blacklist;
import org.rectify.supplier.Contractor;
import org.rectify.supplier.ContractorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A C3/C4/C5 failure ends the topic as 不予上会; a C5 failure (forged registration data) also
 * blacklists every supplier of the topic flagged as forged (rule B1), with the first reviewer as
 * approver.
 */
@Component("agendaRejection")
class AgendaRejectionDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(AgendaRejectionDelegate.class);

  private final AgendaTopicRepository topics;
  private final ContractorRepository contractors;
  private final Blacklist blacklist;

  AgendaRejectionDelegate(
      AgendaTopicRepository topics, ContractorRepository contractors, Blacklist blacklist) {
    this.topics = topics;
    this.contractors = contractors;
    this.blacklist = blacklist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    topics.update(number, "status", "REJECTED");
    execution.setVariable("statusText", "不予上会");
    if (!AgendaChecklist.FAIL.equals(execution.getVariable("c5"))) {
      return;
    }
    String approver = (String) execution.getVariable(AgendaPrereviewProcess.FIRST_REVIEWER);
    for (AgendaTopicRequest.Quote quote : topics.quotesOf(number)) {
      if (!Boolean.TRUE.equals(quote.forged())) {
        continue;
      }
      if (quote.creditCode() == null || quote.creditCode().isBlank()) {
        LOG.warn(
            "Topic {}: forged supplier {} has no credit code, not blacklisted",
            number,
            quote.supplier());
        continue;
      }
      Contractor contractor = contractors.findOrRegister(quote.supplier(), quote.creditCode());
      contractors.markForgedRegistration(contractor.id());
      blacklist.add(
          contractor.id(),
          "B1",
          "伪造工商登记信息，列入黑名单，不得使用",
          "上会议题 " + number + " 预审发现伪造工商登记信息",
          null,
          LocalDate.now(AgendaAutoChecksDelegate.ZONE),
          approver == null ? "office" : approver);
      LOG.info("Topic {}: supplier {} blacklisted (B1)", number, quote.supplier());
    }
  }
}
