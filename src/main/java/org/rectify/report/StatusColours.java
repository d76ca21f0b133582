package org.rectify.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.rectify.platform.SystemAct;
import org.rectify.reminder.StatusColour;
import org.springframework.stereotype.Component;

/**
 * The ledger's view of a measure's status class and colour. The colour comes from the shared {@code
 * statusColour} bean (same as Tasklist and the mails) and follows the deadline that runs: an open
 * measure's due date; a long-term measure's open report ({@code statusDueDate} of its process, red
 * once the report is overdue, as the reminder says), green between reports; finished measures
 * (completed, looking back, consolidated) are not "late" any more and show green.
 */
@Component
class StatusColours {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Set<String> COMPLETED = Set.of("COMPLETED", "LOOK_BACK", "CONSOLIDATED");
  static final String LONG_TERM = "LONG_TERM";

  /** The notice's three classes (domain.md §2.1): 已完成 / 未整改到位、正在推进 / 需长期落实. */
  enum StatusClass {
    COMPLETED("已完成"),
    IN_PROGRESS("未整改到位、正在推进"),
    LONG_TERM("需长期落实");

    final String label;

    StatusClass(String label) {
      this.label = label;
    }
  }

  private final StatusColour statusColour;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  StatusColours(
      StatusColour statusColour, RuntimeService runtimeService, IdentityService identityService) {
    this.statusColour = statusColour;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * Measure code (business key) → the deadline its process's traffic light follows instead of the
   * due date ({@code statusDueDate}): a long-term measure's open report. Two queries for the whole
   * ledger. Read as the system: the colour is no secret, and with the caller's engine grants a
   * clerk (no READ on the instance) would miss an overdue report and see 绿色 正常.
   */
  Map<String, Date> runningDeadlines() {
    return SystemAct.run(identityService, this::readRunningDeadlines);
  }

  private Map<String, Date> readRunningDeadlines() {
    Map<String, Date> byInstance = new HashMap<>();
    for (VariableInstance variable :
        runtimeService
            .createVariableInstanceQuery()
            .variableName(StatusColour.STATUS_DUE_DATE)
            .list()) {
      if (variable.getValue() instanceof Date due) {
        byInstance.put(variable.getProcessInstanceId(), due);
      }
    }
    Map<String, Date> byCode = new HashMap<>();
    if (!byInstance.isEmpty()) {
      runtimeService
          .createProcessInstanceQuery()
          .processInstanceIds(byInstance.keySet())
          .list()
          .forEach(pi -> byCode.put(pi.getBusinessKey(), byInstance.get(pi.getId())));
    }
    return byCode;
  }

  static StatusClass classOf(String status) {
    if (COMPLETED.contains(status)) {
      return StatusClass.COMPLETED;
    }
    return LONG_TERM.equals(status) ? StatusClass.LONG_TERM : StatusClass.IN_PROGRESS;
  }

  static boolean overdue(String status, LocalDate due, LocalDate today) {
    return classOf(status) == StatusClass.IN_PROGRESS && due != null && due.isBefore(today);
  }

  /**
   * {@code reportDue}: a long-term measure's open report deadline (from {@link
   * #runningDeadlines()}), null when no report is open.
   */
  StatusColour.Colour colour(String status, LocalDate due, Date reportDue) {
    StatusClass statusClass = classOf(status);
    if (statusClass == StatusClass.LONG_TERM) {
      return statusColour.of(reportDue);
    }
    if (statusClass != StatusClass.IN_PROGRESS || due == null) {
      return StatusColour.Colour.GREEN;
    }
    return statusColour.of(Date.from(due.atStartOfDay(ZONE).plusHours(12).toInstant()));
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
