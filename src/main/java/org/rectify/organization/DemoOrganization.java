package org.rectify.organization;

import static org.rectify.organization.OrganizationGroups.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo organisation of {@code conventions.md} for the embedded default: one clerk per group
 * ({@code office1}, password {@code demo}), a head per department ({@code greeningHead}), three
 * responsible leaders and the Party secretary — all with fictional Chinese names and
 * {@code @rectify.local} addresses. Never active in production ({@code rectify.demo.enabled=false}
 * under the {@code postgres} profile).
 */
@Component
@ConditionalOnProperty(name = "rectify.demo.enabled", havingValue = "true")
class DemoOrganization {

  static final String DEMO_PASSWORD = "demo";
  static final String MAIL_DOMAIN = "@rectify.local";

  /** Person: id, family name, given name, groups. */
  record DemoUser(String id, String familyName, String givenName, List<String> groups) {

    /** 姓名 in Chinese order, without a space: 胡绿茵. */
    String fullName() {
      return familyName + givenName;
    }
  }

  /**
   * Department → responsible leader (分管局领导); leaders1 also heads the leading group's daily work.
   */
  private static final Map<String, String> LEADER_OF =
      Map.ofEntries(
          Map.entry(OFFICE, "leaders1"),
          Map.entry(RECT_OFFICE, "leaders1"),
          Map.entry(LEGAL, "leaders1"),
          Map.entry(SUPERVISION, "leaders1"),
          Map.entry(PARTY_BRANCH, "leaders1"),
          Map.entry(TRADE_UNION, "leaders1"),
          Map.entry(ENFORCEMENT, "leaders2"),
          Map.entry(ADVERTISING, "leaders2"),
          Map.entry(ASSESSMENT_TEAM, "leaders2"),
          Map.entry(SANITATION, "leaders3"),
          Map.entry(GREENING, "leaders3"),
          Map.entry(MUNICIPAL, "leaders3"));

  private static final String[][] CLERK_NAMES = {
    {"office1", "陈", "思远"}, {"rectOffice1", "周", "文静"}, {"legal1", "吴", "律平"},
    {"supervision1", "郑", "督明"}, {"assessmentTeam1", "孙", "考评"}, {"enforcement1", "马", "执中"},
    {"sanitation1", "朱", "清洁"}, {"greening1", "胡", "绿茵"}, {"municipal1", "林", "路通"},
    {"advertising1", "何", "广言"}, {"partyBranch1", "高", "红心"}, {"tradeUnion1", "罗", "暖心"},
    {"partyGroup1", "梁", "正德"}
  };

  /**
   * Ordinary fictional names: a head's name must not read like a title (主任, 支书 …) in mails and
   * Tasklist.
   */
  private static final String[][] HEAD_NAMES = {
    {"officeHead", "徐", "建华"},
    {"rectOfficeHead", "宋", "立明"},
    {"legalHead", "韩", "正清"},
    {"supervisionHead", "冯", "严松"},
    {"assessmentTeamHead", "邓", "国强"},
    {"enforcementHead", "曹", "志刚"},
    {"sanitationHead", "彭", "宇航"},
    {"greeningHead", "曾", "林峰"},
    {"municipalHead", "肖", "文博"},
    {"advertisingHead", "田", "晓东"},
    {"partyBranchHead", "董", "卫红"},
    {"tradeUnionHead", "潘", "慧敏"}
  };

  private final IdentityService identityService;
  private final DepartmentRepository departments;

  DemoOrganization(IdentityService identityService, DepartmentRepository departments) {
    this.identityService = identityService;
    this.departments = departments;
  }

  static List<DemoUser> people() {
    List<DemoUser> people = new ArrayList<>();
    people.add(
        new DemoUser(
            "partySecretary1",
            "王",
            "振华",
            List.of(PARTY_SECRETARY, PARTY_GROUP, LEADING_GROUP, LEADERS)));
    people.add(new DemoUser("leaders1", "李", "志远", List.of(LEADERS, PARTY_GROUP, LEADING_GROUP)));
    people.add(new DemoUser("leaders2", "赵", "建平", List.of(LEADERS, PARTY_GROUP, LEADING_GROUP)));
    people.add(new DemoUser("leaders3", "钱", "立新", List.of(LEADERS, LEADING_GROUP)));
    people.add(new DemoUser("leadingGroup1", "蒋", "协同", List.of(LEADING_GROUP)));
    for (String[] clerk : CLERK_NAMES) {
      String group = clerk[0].substring(0, clerk[0].length() - 1);
      people.add(new DemoUser(clerk[0], clerk[1], clerk[2], List.of(group)));
    }
    for (String[] head : HEAD_NAMES) {
      String group = head[0].substring(0, head[0].length() - "Head".length());
      List<String> groups =
          RECT_OFFICE.equals(group) ? List.of(group, LEADING_GROUP) : List.of(group);
      people.add(new DemoUser(head[0], head[1], head[2], groups));
    }
    return people;
  }

  void ensure() {
    for (DemoUser person : people()) {
      ensureUser(person);
      for (String group : person.groups()) {
        boolean member =
            identityService.createUserQuery().userId(person.id()).memberOfGroup(group).count() > 0;
        if (!member) {
          identityService.createMembership(person.id(), group);
        }
      }
    }
    for (Department department : departments.findAll()) {
      if (department.headUserId() == null && department.leaderUserId() == null) {
        departments.assignPeople(
            department.id(), department.id() + "Head", LEADER_OF.get(department.id()), "demo");
      }
    }
  }

  /**
   * The full name (姓 + 名, 胡绿茵) in Camunda's first-name field and an empty last name: the webapps
   * print "first last" with a space between (胡 绿茵). A demo user saved by an earlier version with
   * the name split is put right.
   */
  private void ensureUser(DemoUser person) {
    User existing = identityService.createUserQuery().userId(person.id()).singleResult();
    if (existing != null) {
      if (person.familyName().equals(existing.getFirstName())
          && person.givenName().equals(existing.getLastName())) {
        existing.setFirstName(person.fullName());
        existing.setLastName("");
        identityService.saveUser(existing);
      }
      return;
    }
    User user = identityService.newUser(person.id());
    user.setFirstName(person.fullName());
    user.setLastName("");
    user.setEmail(person.id() + MAIL_DOMAIN);
    user.setPassword(DEMO_PASSWORD);
    identityService.saveUser(user);
  }
}
