package org.rectify.webapp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rectify.organization.AccessMatrix;
import org.rectify.platform.CurrentUser;
import org.rectify.reminder.CalendarOverview;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/office/menu}: the entries of Tasklist's 办公室工作 menu ({@code
 * rectify/tasklist-office.js}) the logged-in user may use — each entry is shown only when the
 * access matrix admits the user to the endpoint the entry writes to, so the menu and the API follow
 * one rule — and the working-day calendar warning for those who may load a year.
 */
@RestController
class OfficeMenuController {

  /** One menu entry: the page the plugin opens and its label. */
  record Entry(String id, String label) {}

  /** The menu; {@code warning} is null when there is nothing to warn about. */
  record Menu(List<Entry> entries, String warning) {}

  private static final List<Object[]> ENTRIES =
      List.of(
          new Object[] {"measure", "登记整改措施", HttpMethod.POST, "/api/measures"},
          new Object[] {"plan-import", "导入整改方案", HttpMethod.POST, "/api/plans/import"},
          new Object[] {"plans", "整改方案", HttpMethod.POST, "/api/plans/{id}/start"},
          new Object[] {"calendar", "工作日日历", HttpMethod.POST, "/api/calendar/import"},
          new Object[] {"narratives", "通报段落", HttpMethod.PUT, "/api/measures/{code}/narrative"},
          new Object[] {
            "document-numbers", "发文字号", HttpMethod.POST, "/api/plans/{id}/notice/number"
          });

  private final AccessMatrix matrix;
  private final CurrentUser currentUser;
  private final CalendarOverview calendar;

  OfficeMenuController(AccessMatrix matrix, CurrentUser currentUser, CalendarOverview calendar) {
    this.matrix = matrix;
    this.currentUser = currentUser;
    this.calendar = calendar;
  }

  @GetMapping("/api/office/menu")
  Menu menu() {
    Set<String> groups = new HashSet<>(currentUser.groups());
    List<Entry> entries =
        ENTRIES.stream()
            .filter(e -> admits((HttpMethod) e[2], (String) e[3], groups))
            .map(e -> new Entry((String) e[0], (String) e[1]))
            .toList();
    boolean calendarKeeper = entries.stream().anyMatch(e -> e.id().equals("calendar"));
    return new Menu(entries, calendarKeeper ? calendar.warningToday() : null);
  }

  private boolean admits(HttpMethod method, String pattern, Set<String> groups) {
    return matrix.rows().stream()
        .filter(r -> method.equals(r.method()) && r.pattern().equals(pattern))
        .findFirst()
        .map(r -> r.admits(groups, true))
        .orElse(false);
  }
}
