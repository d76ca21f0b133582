package org.rectify.organization;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rectify.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session/permissions}: what the logged-in user may call, read from the {@link
 * AccessMatrix} rows — so that Rectify's screens in Tasklist show an entry or a button only to the
 * roles the matrix admits, without a second copy of the rules in the browser. It reveals nothing
 * beyond the user's own rights (the matrix itself is documented in docs/security.md); the server
 * still decides every request.
 */
@RestController
class SessionPermissionsController {

  private final AccessMatrix matrix;
  private final CurrentUser currentUser;

  SessionPermissionsController(AccessMatrix matrix, CurrentUser currentUser) {
    this.matrix = matrix;
    this.currentUser = currentUser;
  }

  /**
   * One endpoint the user may call; {@code allRecords} false means only his department's records.
   */
  record Allowed(String method, String path, boolean allRecords) {}

  /** The user, the departments he works for, and the {@code /api} endpoints he may call. */
  record Permissions(String userId, List<String> departments, List<Allowed> allowed) {}

  @GetMapping("/api/session/permissions")
  Permissions permissions() {
    String userId = currentUser.id();
    Set<String> groups = new LinkedHashSet<>(currentUser.groups());
    List<Allowed> allowed =
        matrix.rows().stream()
            .filter(row -> row.method() != null && row.pattern().startsWith("/api/"))
            .filter(row -> row.admits(groups, true))
            .map(
                row ->
                    new Allowed(row.method().name(), row.pattern(), row.reachesAllRecords(groups)))
            .toList();
    List<String> departments = groups.stream().filter(AccessMatrix.DEPARTMENTS::contains).toList();
    return new Permissions(userId, departments, allowed);
  }
}
