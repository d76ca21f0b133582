package org.rectify.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.rectify.reminder.StatusColour;
import org.springframework.stereotype.Component;

/**
 * The ledger's view of a measure's status class and colour. The colour comes from the shared {@code
 * statusColour} bean (same as Tasklist and the mails); finished measures (completed, looking back,
 * consolidated, long-term) are not "late" any more and show green.
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

  StatusColours(StatusColour statusColour) {
    this.statusColour = statusColour;
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

  StatusColour.Colour colour(String status, LocalDate due) {
    if (classOf(status) != StatusClass.IN_PROGRESS || due == null) {
      return StatusColour.Colour.GREEN;
    }
    return statusColour.of(Date.from(due.atStartOfDay(ZONE).plusHours(12).toInstant()));
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
