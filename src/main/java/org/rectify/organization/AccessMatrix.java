package org.rectify.organization;

import static org.rectify.organization.OrganizationGroups.*;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rectify.platform.EndpointAccess;
import org.rectify.platform.EndpointAccess.Audience;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may do what in Rectify, declared in one place: for every endpoint of Rectify's own (the
 * {@code /api}, the pages, the mail sink, the actuator) the capability it serves, the action (read,
 * register, change), the groups that may call it and — where a role sees only some records — the
 * rule per record and the class that applies it.
 *
 * <p>The role part is enforced by Spring Security ({@code RectifySecurityConfiguration} builds its
 * rules from {@link #endpoints()} and refuses any endpoint this matrix does not name); the record
 * part by the capability (its class is named in {@link Row#enforcedBy()}), with the group sets
 * declared here. The engine's own resources (tasks, instances, history) follow Camunda's
 * authorizations, set up by {@link AccessBaseline}. {@code docs/security.md} prints this matrix
 * ({@link #markdown()}, kept in step by a test); the hostile-clerk suite probes every row with
 * every role.
 */
@Component
public class AccessMatrix implements EndpointAccess.Rules {

  /** What a user works on. */
  public enum Capability {
    SESSION("登录会话"),
    MEASURES("整改措施"),
    PLANS("整改方案"),
    EVIDENCE("佐证材料"),
    NOTICE("整改情况通报"),
    NOTICE_SETTINGS("通报设置"),
    NOTICE_NARRATIVES("通报段落"),
    DOCUMENT_NUMBERS("发文字号"),
    LEDGER("整改台账"),
    STATISTICS("整改进度统计"),
    CONTRACTS("合同"),
    AGENDA_TOPICS("上会议题"),
    MEETINGS("会议"),
    SPOT_CHECKS("纪律作风暗访"),
    BLACKLIST("承包商黑名单"),
    DEPARTMENTS("科室"),
    REMINDER_SETTINGS("提醒设置"),
    URGE("催办记录"),
    MAIL_SINK("发出的邮件"),
    PAGES("报表页面"),
    WEBAPP_SETTINGS("网页应用设置"),
    OPERATIONS("运行监控"),
    INSTANCE_RECORDS("流程实例业务记录"),
    RECORD_HISTORY("办理经过"),
    CALENDAR("工作日日历"),
    OFFICE_MENU("办公室工作菜单");

    private final String label;

    Capability(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What a user does with it. */
  public enum Action {
    READ("查看"),
    CREATE("登记"),
    CHANGE("修改");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How the records a role may reach are narrowed beyond the role. */
  public enum Scope {
    /** Every record the endpoint serves. */
    ALL,
    /**
     * The groups of {@link Row#allRecords()} reach every record; anyone else allowed by the role
     * reaches only the records of his own department(s).
     */
    OWN_DEPARTMENT,
    /** Only the caller's own settings. */
    OWN_ACCOUNT,
    /** A rule of the capability described in {@link Row#note()} (a leader's departments …). */
    RULE
  }

  /**
   * One endpoint: method and path pattern exactly as mapped, capability, action, who may call it,
   * and the narrowing per record.
   */
  public record Row(
      HttpMethod method,
      String pattern,
      Capability capability,
      Action action,
      Audience audience,
      Set<String> groups,
      Scope scope,
      Set<String> allRecords,
      String enforcedBy,
      String note,
      String says) {

    /** Whether a user with these groups passes the role part of the rule. */
    public boolean admits(Set<String> userGroups, boolean loggedIn) {
      return switch (audience) {
        case ANYONE -> true;
        case EVERY_USER -> loggedIn;
        case GROUPS -> loggedIn && userGroups.stream().anyMatch(groups::contains);
      };
    }

    /** Whether a user with these groups reaches every record (not only his department's). */
    public boolean reachesAllRecords(Set<String> userGroups) {
      return scope != Scope.OWN_DEPARTMENT || userGroups.stream().anyMatch(allRecords::contains);
    }
  }

  /** Departments (Camunda group type DEPARTMENT): a clerk belongs to one of them. */
  public static final Set<String> DEPARTMENTS =
      departments().stream()
          .map(GroupDefinition::id)
          .collect(Collectors.toCollection(LinkedHashSet::new));

  /** The leadership: leaders, the Party group and its secretary. */
  private static final Set<String> LEADERSHIP = set(LEADERS, PARTY_GROUP, PARTY_SECRETARY);

  /** The rectification office with the leading group and the leadership. */
  private static final Set<String> RECTIFICATION_MANAGERS =
      union(set(RECT_OFFICE, LEADING_GROUP), LEADERSHIP);

  public static final Set<String> PLAN_KEEPERS = set(RECT_OFFICE, CAMUNDA_ADMIN);

  public static final Set<String> NOTICE_READERS =
      union(RECTIFICATION_MANAGERS, set(OFFICE, CAMUNDA_ADMIN));

  public static final Set<String> NOTICE_EDITORS = set(OFFICE, RECT_OFFICE, CAMUNDA_ADMIN);

  /**
   * Every contract: the office (contract management), legal review, the assessment team, the
   * rectification managers; a department its own.
   */
  public static final Set<String> CONTRACT_READERS =
      union(RECTIFICATION_MANAGERS, set(OFFICE, LEGAL, ASSESSMENT_TEAM, CAMUNDA_ADMIN));

  /**
   * Where every measure stands (current step, holder, latest progress — Cockpit's 整改措施一览): the
   * rectification managers and the office; a department the measures it leads or co-handles.
   */
  public static final Set<String> MEASURE_OVERVIEW_READERS =
      union(RECTIFICATION_MANAGERS, set(OFFICE, CAMUNDA_ADMIN));

  /** Assess any contract: the assessment team and the office; a department its own contracts. */
  public static final Set<String> CONTRACT_ASSESSORS = set(ASSESSMENT_TEAM, OFFICE, CAMUNDA_ADMIN);

  /** Every agenda topic: the office (pre-review) and the leadership; a department its own. */
  public static final Set<String> AGENDA_READERS = union(LEADERSHIP, set(OFFICE, CAMUNDA_ADMIN));

  /** The meeting register. */
  public static final Set<String> MEETING_READERS =
      union(RECTIFICATION_MANAGERS, set(OFFICE, CAMUNDA_ADMIN));

  /** Plan, move, record and cancel meetings: the office (meeting secretariat). */
  public static final Set<String> MEETING_KEEPERS = set(OFFICE, RECT_OFFICE, CAMUNDA_ADMIN);

  /**
   * Spot checks (role part; {@code SpotCheckReaders} narrows a leader to the checks of his
   * departments).
   */
  public static final Set<String> SPOT_CHECK_READERS =
      set(SUPERVISION, PARTY_SECRETARY, LEADERS, CAMUNDA_ADMIN);

  public static final Set<String> SPOT_CHECK_PLANNERS = set(SUPERVISION, LEADERS, CAMUNDA_ADMIN);

  /** Remove a contractor from the blacklist by a recorded collective decision. */
  public static final Set<String> BLACKLIST_DECIDERS = union(LEADERSHIP, set(CAMUNDA_ADMIN));

  public static final Set<String> URGERS = set(LEADERS, PARTY_SECRETARY, RECT_OFFICE);

  public static final Set<String> MAIL_READERS = set(CAMUNDA_ADMIN, RECT_OFFICE);

  /** Load a year of the working-day calendar from the State Council's notice. */
  public static final Set<String> CALENDAR_KEEPERS = set(RECT_OFFICE, CAMUNDA_ADMIN);

  /** Who works in a department's name (register, upload, submit): departments and admins. */
  private static final Set<String> DEPARTMENT_WORK = union(DEPARTMENTS, set(CAMUNDA_ADMIN));

  private static final Set<String> ADMINS = set(CAMUNDA_ADMIN);

  private final List<Row> rows;

  public AccessMatrix() {
    this.rows = Collections.unmodifiableList(declare());
  }

  private static List<Row> declare() {
    Builder b = new Builder();
    b.row(GET, "/api/session/token", Capability.SESSION, Action.READ).everyUser();
    b.row(GET, "/api/session/permissions", Capability.SESSION, Action.READ).everyUser();
    // the plan is published to the whole bureau
    b.row(GET, "/api/measures", Capability.MEASURES, Action.READ).everyUser();
    b.row(GET, "/api/measures/{code}", Capability.MEASURES, Action.READ).everyUser();
    b.row(POST, "/api/measures", Capability.MEASURES, Action.CREATE).groups(PLAN_KEEPERS);
    b.row(GET, "/api/plans", Capability.PLANS, Action.READ).everyUser();
    b.row(POST, "/api/plans", Capability.PLANS, Action.CREATE).groups(PLAN_KEEPERS);
    b.row(POST, "/api/plans/import", Capability.PLANS, Action.CREATE).groups(PLAN_KEEPERS);
    b.row(POST, "/api/plans/{id}/start", Capability.PLANS, Action.CHANGE).groups(PLAN_KEEPERS);
    b.row(GET, "/api/plans/{id}/template.xlsx", Capability.PLANS, Action.READ).everyUser();
    // the archive package holds every department's evidence: the rectification office keeps it
    b.row(GET, "/api/plans/{id}/archive.zip", Capability.PLANS, Action.READ).groups(PLAN_KEEPERS);
    b.row(GET, "/api/measures/{code}/attachments", Capability.EVIDENCE, Action.READ)
        .everyUser()
        .rule("EvidenceAccess", "责任科室、协办科室、分管领导、整改办、领导小组");
    b.row(GET, "/api/measures/{code}/attachments/{id}", Capability.EVIDENCE, Action.READ)
        .everyUser()
        .rule("EvidenceAccess", "责任科室、协办科室、分管领导、整改办、领导小组");
    b.row(POST, "/api/measures/{code}/attachments", Capability.EVIDENCE, Action.CREATE)
        .groups(DEPARTMENT_WORK)
        .rule("EvidenceAccess", "责任科室、协办科室、整改办");
    b.row(POST, "/api/measures/{code}/attachments/{id}/removal", Capability.EVIDENCE, Action.CHANGE)
        .groups(DEPARTMENT_WORK)
        .rule("EvidenceAccess", "本人上传的，措施仍在科室办理时");
    b.row(GET, "/api/plans/{id}/notice.docx", Capability.NOTICE, Action.READ)
        .groups(NOTICE_READERS);
    b.row(GET, "/api/plans/{id}/notice.html", Capability.NOTICE, Action.READ)
        .groups(NOTICE_READERS);
    // the notice's paragraph per measure: written by the rectification office, every change kept
    b.row(GET, "/api/plans/{id}/narratives", Capability.NOTICE_NARRATIVES, Action.READ)
        .groups(NOTICE_READERS);
    b.row(GET, "/api/measures/{code}/narrative/history", Capability.NOTICE_NARRATIVES, Action.READ)
        .groups(NOTICE_READERS);
    b.row(PUT, "/api/measures/{code}/narrative", Capability.NOTICE_NARRATIVES, Action.CHANGE)
        .groups(PLAN_KEEPERS);
    // the 发文字号 register; numbering a plan's notice (编号并印发) once
    b.row(GET, "/api/document-numbers", Capability.DOCUMENT_NUMBERS, Action.READ)
        .groups(NOTICE_READERS);
    b.row(POST, "/api/plans/{id}/notice/number", Capability.DOCUMENT_NUMBERS, Action.CREATE)
        .groups(PLAN_KEEPERS);
    b.row(GET, "/api/settings/notice", Capability.NOTICE_SETTINGS, Action.READ).everyUser();
    b.row(PUT, "/api/settings/notice", Capability.NOTICE_SETTINGS, Action.CHANGE)
        .groups(NOTICE_EDITORS);
    b.row(GET, "/api/ledger", Capability.LEDGER, Action.READ).everyUser();
    b.row(GET, "/api/ledger.xlsx", Capability.LEDGER, Action.READ).everyUser();
    b.row(GET, "/api/statistics", Capability.STATISTICS, Action.READ)
        .everyUser()
        .rule("StatisticsController", "暗访数字仅暗访查看人员；合同期限按合同查看范围；会议数仅会议查看人员");
    b.row(GET, "/api/contracts", Capability.CONTRACTS, Action.READ)
        .everyUser()
        .ownDepartment(CONTRACT_READERS, "RecordAccess");
    b.row(GET, "/api/contracts/{number}", Capability.CONTRACTS, Action.READ)
        .everyUser()
        .ownDepartment(CONTRACT_READERS, "RecordAccess");
    b.row(GET, "/api/ledger/contracts", Capability.CONTRACTS, Action.READ)
        .everyUser()
        .ownDepartment(CONTRACT_READERS, "RecordAccess");
    b.row(GET, "/api/ledger/contracts.xlsx", Capability.CONTRACTS, Action.READ)
        .everyUser()
        .ownDepartment(CONTRACT_READERS, "RecordAccess");
    // Cockpit's 整改措施一览 / 合同一览 and the instance page's 业务记录 tab
    b.row(GET, "/api/overview/measures", Capability.MEASURES, Action.READ)
        .everyUser()
        .ownDepartment(MEASURE_OVERVIEW_READERS, "MeasureOverview");
    b.row(GET, "/api/overview/contracts", Capability.CONTRACTS, Action.READ)
        .everyUser()
        .ownDepartment(CONTRACT_READERS, "RecordAccess");
    b.row(GET, "/api/overview/instances/{instanceId}", Capability.INSTANCE_RECORDS, Action.READ)
        .everyUser()
        .rule("InstanceRecord", "流程实例的查看权限（流程引擎授权），另按措施、合同、议题、暗访各自的查看范围");
    b.row(POST, "/api/contracts", Capability.CONTRACTS, Action.CREATE)
        .groups(DEPARTMENT_WORK)
        .ownDepartment(set(OFFICE, CAMUNDA_ADMIN), "ContractRegistration");
    b.row(POST, "/api/contracts/{number}/assessments", Capability.CONTRACTS, Action.CHANGE)
        .groups(DEPARTMENT_WORK)
        .ownDepartment(CONTRACT_ASSESSORS, "AssessmentStarter")
        .says("只有合同的承办科室、考核组、办公室和系统管理员可以发起履约考核");
    b.row(GET, "/api/agenda-topics", Capability.AGENDA_TOPICS, Action.READ)
        .everyUser()
        .ownDepartment(AGENDA_READERS, "RecordAccess");
    b.row(GET, "/api/agenda-topics/{number}", Capability.AGENDA_TOPICS, Action.READ)
        .everyUser()
        .ownDepartment(AGENDA_READERS, "RecordAccess");
    b.row(GET, "/api/agenda-topics/{number}/quotes", Capability.AGENDA_TOPICS, Action.READ)
        .everyUser()
        .ownDepartment(AGENDA_READERS, "RecordAccess");
    b.row(POST, "/api/agenda-topics", Capability.AGENDA_TOPICS, Action.CREATE)
        .groups(DEPARTMENT_WORK)
        .ownDepartment(ADMINS, "AgendaTopicRegistration");
    b.row(PUT, "/api/agenda-topics/{number}/quotes", Capability.AGENDA_TOPICS, Action.CHANGE)
        .groups(DEPARTMENT_WORK)
        .ownDepartment(ADMINS, "AgendaTopicRegistration");
    b.row(GET, "/api/meetings", Capability.MEETINGS, Action.READ).groups(MEETING_READERS);
    b.row(GET, "/api/meetings/{id}", Capability.MEETINGS, Action.READ).groups(MEETING_READERS);
    b.row(GET, "/api/meetings/counts", Capability.MEETINGS, Action.READ).groups(MEETING_READERS);
    b.row(POST, "/api/meetings", Capability.MEETINGS, Action.CREATE).groups(MEETING_KEEPERS);
    b.row(PUT, "/api/meetings/{id}", Capability.MEETINGS, Action.CHANGE).groups(MEETING_KEEPERS);
    b.row(PUT, "/api/meetings/{id}/record", Capability.MEETINGS, Action.CHANGE)
        .groups(MEETING_KEEPERS);
    b.row(POST, "/api/meetings/{id}/cancel", Capability.MEETINGS, Action.CHANGE)
        .groups(MEETING_KEEPERS);
    b.row(POST, "/api/meetings/{id}/held", Capability.MEETINGS, Action.CHANGE)
        .groups(MEETING_KEEPERS);
    String spotCheckRule = "分管领导仅见其分管科室被查或由其布置的暗访";
    b.row(GET, "/api/spot-checks", Capability.SPOT_CHECKS, Action.READ)
        .groups(SPOT_CHECK_READERS)
        .rule("SpotCheckReaders", spotCheckRule);
    b.row(GET, "/api/spot-checks/{number}", Capability.SPOT_CHECKS, Action.READ)
        .groups(SPOT_CHECK_READERS)
        .rule("SpotCheckReaders", spotCheckRule);
    b.row(GET, "/api/spot-checks/statistics", Capability.SPOT_CHECKS, Action.READ)
        .groups(SPOT_CHECK_READERS)
        .rule("SpotCheckReaders", spotCheckRule);
    b.row(GET, "/api/ledger/spot-checks", Capability.SPOT_CHECKS, Action.READ)
        .groups(SPOT_CHECK_READERS)
        .rule("SpotCheckReaders", spotCheckRule);
    b.row(GET, "/api/ledger/spot-checks.xlsx", Capability.SPOT_CHECKS, Action.READ)
        .groups(SPOT_CHECK_READERS)
        .rule("SpotCheckReaders", spotCheckRule);
    b.row(POST, "/api/spot-checks", Capability.SPOT_CHECKS, Action.CREATE)
        .groups(SPOT_CHECK_PLANNERS);
    // every department must know whom it may not hire
    b.row(GET, "/api/suppliers/blacklist", Capability.BLACKLIST, Action.READ).everyUser();
    b.row(POST, "/api/suppliers/blacklist/{id}/removal", Capability.BLACKLIST, Action.CHANGE)
        .groups(BLACKLIST_DECIDERS);
    b.row(GET, "/api/departments", Capability.DEPARTMENTS, Action.READ).everyUser();
    b.row(GET, "/api/departments/{id}", Capability.DEPARTMENTS, Action.READ).everyUser();
    b.row(PUT, "/api/departments/{id}", Capability.DEPARTMENTS, Action.CHANGE).groups(ADMINS);
    b.row(GET, "/api/reminders/preferences", Capability.REMINDER_SETTINGS, Action.READ)
        .everyUser()
        .ownAccount();
    b.row(PUT, "/api/reminders/preferences", Capability.REMINDER_SETTINGS, Action.CHANGE)
        .everyUser()
        .ownAccount();
    b.row(GET, "/api/tasks/{taskId}/urge", Capability.URGE, Action.READ)
        .groups(URGERS)
        .says("只有局领导、党组书记和整改办可以查看催办记录");
    b.row(GET, "/api/tasks/{taskId}/urge/status", Capability.URGE, Action.READ)
        .groups(URGERS)
        .says("只有局领导、党组书记和整改办可以查看催办记录");
    b.row(POST, "/api/tasks/{taskId}/urge", Capability.URGE, Action.CREATE)
        .groups(URGERS)
        .says("只有局领导、党组书记和整改办可以催办");
    // whoever the engine lets read the task's process instance (per-instance grants)
    b.row(GET, "/api/tasks/{taskId}/history", Capability.RECORD_HISTORY, Action.READ)
        .everyUser()
        .rule("Worklog", "可读取该流程实例的人员（流程引擎授权：经办人员、本科室、有查看权限的领导）");
    b.row(GET, "/api/plans/import/template.xlsx", Capability.PLANS, Action.READ).everyUser();
    // the statutory calendar is public; loading a year changes every deadline counted from then on
    b.row(GET, "/api/calendar", Capability.CALENDAR, Action.READ).everyUser();
    b.row(GET, "/api/calendar/days", Capability.CALENDAR, Action.READ).everyUser();
    b.row(GET, "/api/calendar/working-days", Capability.CALENDAR, Action.READ).everyUser();
    b.row(POST, "/api/calendar/import", Capability.CALENDAR, Action.CHANGE)
        .groups(CALENDAR_KEEPERS);
    // which entries of Tasklist's 办公室工作 menu the user sees (computed from the rows above)
    b.row(GET, "/api/office/menu", Capability.OFFICE_MENU, Action.READ).everyUser();
    b.row(GET, "/mail", Capability.MAIL_SINK, Action.READ).groups(MAIL_READERS);
    b.row(GET, "/mail/{index}", Capability.MAIL_SINK, Action.READ).groups(MAIL_READERS);
    // static pages: the data they load follows the rows above
    b.row(GET, "/reports/**", Capability.PAGES, Action.READ).everyUser();
    b.row(GET, "/measures/**", Capability.PAGES, Action.READ).everyUser();
    // outside Rectify's chain: the webapps serve /camunda/app/** to anyone (no data, no secret)
    b.row(GET, "/camunda/app/rectify/settings.js", Capability.WEBAPP_SETTINGS, Action.READ)
        .anyone();
    b.row(GET, "/actuator/health", Capability.OPERATIONS, Action.READ).anyone();
    b.row(GET, "/actuator/health/**", Capability.OPERATIONS, Action.READ).anyone();
    b.row(GET, "/actuator/info", Capability.OPERATIONS, Action.READ).anyone();
    b.row(null, "/actuator/**", Capability.OPERATIONS, Action.READ).groups(ADMINS);
    return b.build();
  }

  /** Every row, in the order Spring Security matches them. */
  public List<Row> rows() {
    return rows;
  }

  @Override
  public List<EndpointAccess> endpoints() {
    return rows.stream()
        .map(r -> new EndpointAccess(r.method(), r.pattern(), r.audience(), r.groups(), refusal(r)))
        .toList();
  }

  /** The Chinese refusal of a row: what was refused and who may do it. */
  static String refusal(Row row) {
    if (row.says() != null) {
      return row.says();
    }
    String what = row.action().label() + row.capability().label();
    return switch (row.audience()) {
      case ANYONE, EVERY_USER -> "请先登录";
      case GROUPS -> "仅限" + names(row.groups()) + what;
    };
  }

  private static String names(Set<String> groups) {
    if (groups.containsAll(DEPARTMENTS)) {
      Set<String> others = new LinkedHashSet<>(groups);
      others.removeAll(DEPARTMENTS);
      return others.isEmpty() ? "各科室" : "各科室和" + names(others);
    }
    return groups.stream()
        .map(
            g ->
                switch (g) {
                  case CAMUNDA_ADMIN -> "系统管理员";
                  case PARTY_SECRETARY -> "党组书记";
                  default -> find(g).map(GroupDefinition::name).orElse(g);
                })
        .collect(Collectors.joining("、"));
  }

  /** The matrix as the Markdown table of {@code docs/security.md}. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| method | path | capability | action | who (role) | records | enforced by |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      String who =
          switch (r.audience()) {
            case ANYONE -> "anyone";
            case EVERY_USER -> "every user";
            case GROUPS -> String.join(", ", r.groups());
          };
      String records =
          switch (r.scope()) {
            case ALL -> "all";
            case OWN_ACCOUNT -> "own account";
            case OWN_DEPARTMENT -> "own department; all: " + String.join(", ", r.allRecords());
            case RULE -> r.note();
          };
      out.append("| ")
          .append(r.method() == null ? "any" : r.method().name())
          .append(" | `")
          .append(r.pattern())
          .append("` | ")
          .append(r.capability().label())
          .append(" | ")
          .append(r.action().label())
          .append(" | ")
          .append(who)
          .append(" | ")
          .append(records)
          .append(" | ")
          .append(
              r.enforcedBy() == null
                  ? "Spring Security"
                  : "Spring Security, `" + r.enforcedBy() + "`")
          .append(" |\n");
    }
    return out.toString();
  }

  private static Set<String> set(String... groups) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(groups)));
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    Stream.of(sets).forEach(all::addAll);
    return Collections.unmodifiableSet(all);
  }

  /** Declares rows one by one: {@code row(...)} then who and, where needed, the record rule. */
  private static final class Builder {

    private final List<Row> rows = new ArrayList<>();

    RowBuilder row(HttpMethod method, String pattern, Capability capability, Action action) {
      RowBuilder row = new RowBuilder(method, pattern, capability, action);
      return row;
    }

    List<Row> build() {
      return rows;
    }

    final class RowBuilder {
      private final HttpMethod method;
      private final String pattern;
      private final Capability capability;
      private final Action action;
      private int index = -1;

      RowBuilder(HttpMethod method, String pattern, Capability capability, Action action) {
        this.method = method;
        this.pattern = pattern;
        this.capability = capability;
        this.action = action;
      }

      RowBuilder anyone() {
        return put(Audience.ANYONE, Set.of());
      }

      RowBuilder everyUser() {
        return put(Audience.EVERY_USER, Set.of());
      }

      RowBuilder groups(Set<String> groups) {
        return put(Audience.GROUPS, groups);
      }

      RowBuilder ownDepartment(Set<String> allRecords, String enforcedBy) {
        return narrow(Scope.OWN_DEPARTMENT, allRecords, enforcedBy, null);
      }

      RowBuilder ownAccount() {
        return narrow(Scope.OWN_ACCOUNT, Set.of(), null, null);
      }

      RowBuilder rule(String enforcedBy, String note) {
        return narrow(Scope.RULE, Set.of(), enforcedBy, note);
      }

      private RowBuilder put(Audience audience, Set<String> groups) {
        rows.add(
            new Row(
                method,
                pattern,
                capability,
                action,
                audience,
                groups,
                Scope.ALL,
                Set.of(),
                null,
                null,
                null));
        index = rows.size() - 1;
        return this;
      }

      private RowBuilder narrow(
          Scope scope, Set<String> allRecords, String enforcedBy, String note) {
        Row r = rows.get(index);
        rows.set(
            index,
            new Row(
                r.method(),
                r.pattern(),
                r.capability(),
                r.action(),
                r.audience(),
                r.groups(),
                scope,
                allRecords,
                enforcedBy,
                note,
                r.says()));
        return this;
      }

      /** A refusal of its own where the generated one would read awkwardly. */
      RowBuilder says(String refusal) {
        Row r = rows.get(index);
        rows.set(
            index,
            new Row(
                r.method(),
                r.pattern(),
                r.capability(),
                r.action(),
                r.audience(),
                r.groups(),
                r.scope(),
                r.allRecords(),
                r.enforcedBy(),
                r.note(),
                refusal));
        return this;
      }
    }
  }
}
