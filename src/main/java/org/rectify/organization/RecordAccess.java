package org.rectify.organization;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The record part of the access matrix for records that belong to a department (contracts, agenda
 * topics): the groups of a row's {@code allRecords} reach every record, anyone else only the
 * records of the departments he belongs to. Who the caller is, is looked up once per list.
 */
@Component
public class RecordAccess {

  private final CurrentUser currentUser;

  RecordAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  /** The departments whose records the current user reaches. */
  public Predicate<String> departments(Set<String> allRecords) {
    List<String> groups = currentUser.groups();
    if (groups.stream().anyMatch(allRecords::contains)) {
      return department -> true;
    }
    Set<String> own = Set.copyOf(groups);
    return own::contains;
  }

  /** Refuses with 403 and the given Chinese reason unless the record's department is reachable. */
  public void require(Set<String> allRecords, String department, String refusal) {
    if (!departments(allRecords).test(department)) {
      throw ApiException.forbidden(refusal);
    }
  }

  /** Whether the current user belongs to one of the groups. */
  public boolean isIn(Set<String> groups) {
    return currentUser.groups().stream().anyMatch(groups::contains);
  }
}
