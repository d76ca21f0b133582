package org.rectify.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.reminder.ReminderTimes;
import org.rectify.reminder.StatusColour;
import org.rectify.supplier.Blacklist;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prefills the office checklist (C3–C9) from the register before the office review, so the reviewer
 * starts from the facts (quotes, blacklist, same-kind topics of the year) and sets the review SLA
 * (3 working days [A]).
 */
@Component("agendaAutoChecks")
class AgendaAutoChecksDelegate implements JavaDelegate {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final AgendaTopicRepository topics;
  private final Blacklist blacklist;
  private final ReminderTimes reminderTimes;
  private final StatusColour statusColour;
  private final BigDecimal tenderThreshold;
  private final int reviewWorkingDays;

  AgendaAutoChecksDelegate(
      AgendaTopicRepository topics,
      Blacklist blacklist,
      ReminderTimes reminderTimes,
      StatusColour statusColour,
      @Value("${rectify.agenda.tender-threshold:1000000}") BigDecimal tenderThreshold,
      @Value("${rectify.agenda.review-working-days:3}") int reviewWorkingDays) {
    this.topics = topics;
    this.blacklist = blacklist;
    this.reminderTimes = reminderTimes;
    this.statusColour = statusColour;
    this.tenderThreshold = tenderThreshold;
    this.reviewWorkingDays = reviewWorkingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    AgendaTopic topic =
        topics.findByNumber(number).orElseThrow(() -> new IllegalStateException("未知议题 " + number));
    AgendaChecklist.Facts facts =
        new AgendaChecklist.Facts(
            TopicType.valueOf(topic.topicType()),
            topic.amount(),
            topic.serviceStartsOn(),
            topic.contractEndsOn(),
            topic.legalOpinion(),
            topic.performanceRecord(),
            topics.quotesOf(number),
            topics.sameKindInYear(number, topic.department(), topic.category(), topic.fiscalYear()),
            tenderThreshold,
            LocalDate.now(ZONE));
    List<AgendaChecklist.Check> checks =
        AgendaChecklist.evaluate(
            facts,
            quote ->
                quote.creditCode() != null
                    && !quote.creditCode().isBlank()
                    && blacklist.isBlacklisted(quote.creditCode()));
    String text = AgendaChecklist.describe(checks);
    execution.setVariables(AgendaChecklist.asVariables(checks));
    execution.setVariable(AgendaPrereviewProcess.AUTO_CHECKLIST, text);
    Date due = reminderTimes.dueInWorkingDays(reviewWorkingDays);
    execution.setVariable("dueDate", due);
    execution.setVariable("dueDateText", due.toInstant().atZone(ZONE).toLocalDate().toString());
    // a topic of a contract renewal inherits the contract's yellow-from day: not this review's
    execution.getProcessInstance().removeVariableLocal(StatusColour.STATUS_YELLOW_FROM);
    execution.setVariable("statusColourText", statusColour.textOf(due));
    topics.update(number, "auto_checklist", text);
    topics.update(number, "status", "IN_REVIEW");
  }
}
