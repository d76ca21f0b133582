package org.rectify.spotcheck;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who reads which spot checks, for the register's views and the ledger. A check is covert until it
 * is carried out, and its findings name people: supervision, the Party secretary, administrators
 * and the leader in charge of supervision read every check; the leader of a department named in a
 * check's findings reads that check as far as it concerns his departments; a leader who ordered a
 * check sees it in the lists (its findings stay closed to him); nobody else reads any.
 */
@Component
public class SpotCheckReaders {

  static final String REFUSAL = "仅纪律作风督导组、党组书记、分管纪律作风督导的局领导及被查人员所在科室的分管局领导可以查看";

  private static final String[] FULL_READERS = {
    OrganizationGroups.SUPERVISION,
    OrganizationGroups.PARTY_SECRETARY,
    OrganizationGroups.CAMUNDA_ADMIN
  };

  private final SpotCheckRegister register;
  private final SpotCheckConcernedLeaders leaders;
  private final CurrentUser currentUser;

  SpotCheckReaders(
      SpotCheckRegister register, SpotCheckConcernedLeaders leaders, CurrentUser currentUser) {
    this.register = register;
    this.leaders = leaders;
    this.currentUser = currentUser;
  }

  /** Every check, planned dates included. */
  boolean readsEveryCheck() {
    String user = currentUser.id();
    return Arrays.stream(FULL_READERS).anyMatch(currentUser::isMemberOf)
        || leaders.supervisionLeader().filter(user::equals).isPresent();
  }

  /**
   * Which checks the current user may see in a list ({@code what} names the list in the refusal):
   * all of them for the full readers; for a leader, those whose findings name a department he leads
   * and those he ordered (he knows their dates already); anyone else is refused with 403. Who the
   * user is and what he leads is looked up once per list, not once per check.
   */
  public Predicate<String> listFilter(String what) {
    if (readsEveryCheck()) {
      return check -> true;
    }
    if (!currentUser.isMemberOf(OrganizationGroups.LEADERS)) {
      throw ApiException.forbidden("没有权限查看" + what + "：" + REFUSAL);
    }
    String user = currentUser.id();
    Map<String, Boolean> leads = new HashMap<>();
    return check ->
        register.departmentsOfCheck(check).stream()
                .anyMatch(
                    department ->
                        leads.computeIfAbsent(
                            department,
                            d -> leaders.leaderOfDepartment(d).filter(user::equals).isPresent()))
            || register.orderedBy(check).filter(user::equals).isPresent();
  }

  /**
   * Null: everything; else the departments whose part the current user may read (empty: nothing).
   */
  Set<String> readableDepartments(String checkNumber) {
    if (readsEveryCheck()) {
      return null;
    }
    String user = currentUser.id();
    Set<String> led = new LinkedHashSet<>();
    for (String department : register.departmentsOfCheck(checkNumber)) {
      if (leaders.leaderOfDepartment(department).filter(user::equals).isPresent()) {
        led.add(department);
      }
    }
    return led;
  }
}
