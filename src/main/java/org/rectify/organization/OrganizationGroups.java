package org.rectify.organization;

import java.util.List;
import java.util.Optional;

/**
 * The bureau's Camunda groups as fixed in {@code conventions.md}. Group ids are part of the
 * product's contract: BPMN candidate groups, authorizations and the demo users all refer to them.
 */
public final class OrganizationGroups {

  public static final String PARTY_GROUP = "partyGroup";
  public static final String PARTY_SECRETARY = "partySecretary";
  public static final String LEADING_GROUP = "leadingGroup";
  public static final String RECT_OFFICE = "rectOffice";
  public static final String LEADERS = "leaders";
  public static final String OFFICE = "office";
  public static final String LEGAL = "legal";
  public static final String SUPERVISION = "supervision";
  public static final String ASSESSMENT_TEAM = "assessmentTeam";
  public static final String ENFORCEMENT = "enforcement";
  public static final String SANITATION = "sanitation";
  public static final String GREENING = "greening";
  public static final String MUNICIPAL = "municipal";
  public static final String ADVERTISING = "advertising";
  public static final String PARTY_BRANCH = "partyBranch";
  public static final String TRADE_UNION = "tradeUnion";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Camunda group type of leadership bodies (no head, no own work queue of a department). */
  public static final String TYPE_BODY = "BODY";

  /**
   * Camunda group type of departments (candidate group of their work; head and leader in the
   * directory).
   */
  public static final String TYPE_DEPARTMENT = "DEPARTMENT";

  /** One group: id, Chinese name, type. */
  public record GroupDefinition(String id, String name, String type) {

    public boolean isDepartment() {
      return TYPE_DEPARTMENT.equals(type);
    }
  }

  public static final List<GroupDefinition> ALL =
      List.of(
          new GroupDefinition(PARTY_GROUP, "局党组", TYPE_BODY),
          new GroupDefinition(PARTY_SECRETARY, "党组书记、局长", TYPE_BODY),
          new GroupDefinition(LEADING_GROUP, "巡察整改工作领导小组", TYPE_BODY),
          new GroupDefinition(LEADERS, "局领导", TYPE_BODY),
          new GroupDefinition(RECT_OFFICE, "整改办", TYPE_DEPARTMENT),
          new GroupDefinition(OFFICE, "办公室", TYPE_DEPARTMENT),
          new GroupDefinition(LEGAL, "法律顾问", TYPE_DEPARTMENT),
          new GroupDefinition(SUPERVISION, "纪律作风督导组", TYPE_DEPARTMENT),
          new GroupDefinition(ASSESSMENT_TEAM, "考核组", TYPE_DEPARTMENT),
          new GroupDefinition(ENFORCEMENT, "执法科", TYPE_DEPARTMENT),
          new GroupDefinition(SANITATION, "环卫科", TYPE_DEPARTMENT),
          new GroupDefinition(GREENING, "园林绿化科", TYPE_DEPARTMENT),
          new GroupDefinition(MUNICIPAL, "市政科", TYPE_DEPARTMENT),
          new GroupDefinition(ADVERTISING, "广告科", TYPE_DEPARTMENT),
          new GroupDefinition(PARTY_BRANCH, "党支部", TYPE_DEPARTMENT),
          new GroupDefinition(TRADE_UNION, "工会", TYPE_DEPARTMENT));

  /** Groups whose members watch all processes in Cockpit (read-only). */
  public static final List<String> COCKPIT_READERS =
      List.of(LEADERS, RECT_OFFICE, LEADING_GROUP, PARTY_SECRETARY);

  private OrganizationGroups() {}

  public static Optional<GroupDefinition> find(String groupId) {
    return ALL.stream().filter(g -> g.id().equals(groupId)).findFirst();
  }

  public static List<GroupDefinition> departments() {
    return ALL.stream().filter(GroupDefinition::isDepartment).toList();
  }
}
