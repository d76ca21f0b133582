package org.rectify.spotcheck;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
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
  public boolean readsEveryCheck() {
    String user = currentUser.id();
    return Arrays.stream(FULL_READERS).anyMatch(currentUser::isMemberOf)
        || leaders.supervisionLeader().filter(user::equals).isPresent();
  }

  /**
   * Refuses (403) anyone who can read no check at all: only the full readers and the bureau's
   * leaders (of whom each reads the checks that concern him) may open a list of checks.
   */
  public void requireListReader(String what) {
    if (!readsEveryCheck() && !currentUser.isMemberOf(OrganizationGroups.LEADERS)) {
      throw ApiException.forbidden("没有权限查看" + what + "：" + REFUSAL);
    }
  }

  /**
   * Whether the current user may see this check in a list: some part of it concerns him, or he
   * ordered it (he knows its dates already).
   */
  public boolean mayRead(String checkNumber) {
    Set<String> departments = readableDepartments(checkNumber);
    return departments == null
        || !departments.isEmpty()
        || register.orderedBy(checkNumber).filter(currentUser.id()::equals).isPresent();
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
