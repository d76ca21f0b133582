package org.rectify.spotcheck;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The spot-check register (Flyway V50): what the process steps write and what the models read in
 * expressions ({@code ${spotCheckRegister.findingIdsOfCheck(checkNumber)}}). Personal data (names,
 * explanations) lives here, not in process variables, so the engine's authorizations and this
 * register decide who reads it.
 */
@Component("spotCheckRegister")
public class SpotCheckRegister {

  /** One finding as recorded on site. */
  record FindingInput(
      String category,
      String personName,
      String department,
      LocalDateTime foundAt,
      String place,
      String description,
      String evidence) {}

  /** The notice as drafted by the office and approved. */
  record NoticeInput(
      String number, LocalDate date, String requirements, LocalDate deadline, String approvedBy) {}

  /** The outcome of issuing a notice: its id and the other checks whose findings it bundles. */
  record IssuedNotice(long noticeId, List<String> bundledCheckNumbers) {}

  /** The department's Chinese name from the directory, its id when unknown. */
  private static final String DEPARTMENT_NAME =
      "coalesce((select d.name from org_department d where d.id = f.department), f.department)";

  private final JdbcTemplate jdbc;

  public SpotCheckRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean checkExists(String number) {
    return count("select count(*) from spot_check where check_number = ?", number) > 0;
  }

  /** Next free number of the year for a check started without one (DC2026-007). */
  public String nextCheckNumber(int year) {
    String prefix = "DC" + year + "-";
    int next = count("select count(*) from spot_check where check_number like ?", prefix + "%") + 1;
    while (checkExists(prefix + String.format("%03d", next))) {
      next++;
    }
    return prefix + String.format("%03d", next);
  }

  public void createCheck(String number, String createdBy) {
    if (!checkExists(number)) {
      jdbc.update(
          "insert into spot_check (check_number, created_by) values (?, ?)", number, createdBy);
    }
  }

  /** Who ordered the check (empty for checks recorded without, e.g. the seed's 2018 record). */
  public java.util.Optional<String> orderedBy(String number) {
    return jdbc
        .queryForList(
            "select created_by from spot_check where check_number = ?", String.class, number)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  public void savePlan(
      String number,
      String type,
      LocalDate from,
      LocalDate to,
      String targets,
      String members,
      String focus) {
    createCheck(number, null);
    jdbc.update(
        "update spot_check set check_type = ?, planned_from = ?, planned_to = ?, targets = ?, members = ?,"
            + " focus = ?, status = 'PLANNED' where check_number = ?",
        type,
        from,
        to,
        targets,
        members,
        focus,
        number);
  }

  public void saveVisit(String number, LocalDate visitedOn, String sites, String note) {
    jdbc.update(
        "update spot_check set visited_on = ?, visit_sites = ?, visit_note = ?, status = 'VISITED'"
            + " where check_number = ?",
        visitedOn,
        sites,
        note,
        number);
  }

  public long addFinding(String checkNumber, FindingInput f) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          PreparedStatement ps =
              con.prepareStatement(
                  "insert into spot_check_finding (check_id, category, person_name,"
                      + " department, found_at, place, description, evidence) values ((select id from spot_check where"
                      + " check_number = ?), ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setString(1, checkNumber);
          ps.setString(2, f.category());
          ps.setString(3, f.personName());
          ps.setString(4, f.department());
          ps.setTimestamp(5, Timestamp.valueOf(f.foundAt()));
          ps.setString(6, f.place());
          ps.setString(7, f.description());
          ps.setString(8, f.evidence());
          return ps;
        },
        keys);
    return Objects.requireNonNull(keys.getKey()).longValue();
  }

  /**
   * Findings of the check still waiting for confirmation (the multi-instance collection of the
   * model).
   */
  public List<Long> findingIdsOfCheck(String checkNumber) {
    return jdbc.queryForList(
        "select f.id from spot_check_finding f join spot_check c on c.id = f.check_id"
            + " where c.check_number = ? and f.status = 'RECORDED' order by f.id",
        Long.class,
        checkNumber);
  }

  /** One line describing a finding, shown read-only in the confirmation form. */
  public String findingSummary(long findingId) {
    return jdbc.queryForObject(
        "select f.category, f.person_name, "
            + DEPARTMENT_NAME
            + ", f.found_at, f.place, f.description from spot_check_finding f where f.id = ?",
        (rs, i) ->
            SpotCheckCategory.label(rs.getString(1))
                + "："
                + rs.getString(2)
                + "（"
                + rs.getString(3)
                + "），"
                + rs.getTimestamp(4).toLocalDateTime().toString().replace('T', ' ')
                + "，"
                + rs.getString(5)
                + "。"
                + rs.getString(6),
        findingId);
  }

  public void decideFinding(long findingId, boolean confirmed, String explanation, String reason) {
    jdbc.update(
        "update spot_check_finding set status = ?, person_explanation = ?, decision_reason = ?"
            + " where id = ?",
        confirmed ? "CONFIRMED" : "DISMISSED",
        explanation,
        reason,
        findingId);
  }

  /**
   * The upheld findings as the leader reads them before deciding the notice ({@code
   * UserTask_DecideNotice}, a task input: the names stay out of the process variables): one
   * paragraph each — what, who, when, where — with the person's explanation and why it was upheld.
   */
  public String confirmedFindingsText(String checkNumber) {
    List<String> lines =
        jdbc.query(
            "select f.id, f.person_explanation, f.decision_reason from spot_check_finding f"
                + " join spot_check c on c.id = f.check_id"
                + " where c.check_number = ? and f.status = 'CONFIRMED' order by f.id",
            (rs, i) -> {
              String explanation = rs.getString(2);
              String reason = rs.getString(3);
              return (i + 1)
                  + ". "
                  + findingSummary(rs.getLong(1))
                  + (explanation == null || explanation.isBlank() ? "" : "\n   本人说明：" + explanation)
                  + (reason == null || reason.isBlank() ? "" : "\n   认定理由：" + reason);
            },
            checkNumber);
    return String.join("\n", lines);
  }

  public int confirmedFindings(String checkNumber) {
    return count(
        "select count(*) from spot_check_finding f join spot_check c on c.id = f.check_id"
            + " where c.check_number = ? and f.status = 'CONFIRMED'",
        checkNumber);
  }

  /**
   * The findings a notice issued by this check would list (see {@link #findingsForNotice}),
   * read-only in the approver's form ({@code UserTask_ApproveNotice}).
   */
  public String noticeFindingsText(String checkNumber) {
    return numbered(
        jdbc.query(
            "select f.id, f.person_explanation from spot_check_finding f join spot_check c"
                + " on c.id = f.check_id where f.status = 'PENDING_NOTICE'"
                + " and (c.check_number = ? or c.status = 'BUNDLED') order by f.id",
            (rs, i) -> withExplanation(findingSummary(rs.getLong(1)), rs.getString(2)),
            checkNumber));
  }

  private static String withExplanation(String summary, String explanation) {
    return explanation == null || explanation.isBlank()
        ? summary
        : summary + "\n   当事人说明：" + explanation;
  }

  private static String numbered(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(lines.get(i));
    }
    return text.toString();
  }

  public void closeCheck(String checkNumber, String status) {
    jdbc.update("update spot_check set status = ? where check_number = ?", status, checkNumber);
  }

  /**
   * NOW and BUNDLE: confirmed findings wait for a notice; TALK: handled by a reminder talk instead.
   */
  public void recordNoticeDecision(String checkNumber, String decision) {
    String findingStatus = "TALK".equals(decision) ? "TALK" : "PENDING_NOTICE";
    jdbc.update(
        "update spot_check_finding set status = ? where status = 'CONFIRMED' and check_id ="
            + " (select id from spot_check where check_number = ?)",
        findingStatus,
        checkNumber);
    if (!"NOW".equals(decision)) {
      closeCheck(checkNumber, "TALK".equals(decision) ? "TALK" : "BUNDLED");
    }
  }

  /**
   * Findings a notice issued by this check would list: its own and those of checks waiting to be
   * bundled.
   */
  public int findingsForNotice(String checkNumber) {
    return count(
        "select count(*) from spot_check_finding f join spot_check c on c.id = f.check_id"
            + " where f.status = 'PENDING_NOTICE' and (c.check_number = ? or c.status = 'BUNDLED')",
        checkNumber);
  }

  public boolean noticeNumberExists(String number) {
    return count("select count(*) from spot_check_notice where notice_number = ?", number) > 0;
  }

  public IssuedNotice issueNotice(String checkNumber, NoticeInput n) {
    List<String> bundled =
        jdbc.queryForList(
            "select distinct c.check_number from spot_check c join"
                + " spot_check_finding f on f.check_id = c.id where c.status = 'BUNDLED' and f.status = 'PENDING_NOTICE'"
                + " and c.check_number <> ? order by c.check_number",
            String.class,
            checkNumber);
    jdbc.update(
        "insert into spot_check_notice (notice_number, notice_date, requirements, rectification_deadline,"
            + " issued_by_check_id, approved_by) values (?, ?, ?, ?, (select id from spot_check where check_number = ?),"
            + " ?)",
        n.number(),
        n.date(),
        n.requirements(),
        n.deadline(),
        checkNumber,
        n.approvedBy());
    long noticeId =
        jdbc.queryForObject(
            "select id from spot_check_notice where notice_number = ?", Long.class, n.number());
    jdbc.update(
        "update spot_check_finding set status = 'NOTIFIED', notice_id = ? where status = 'PENDING_NOTICE'"
            + " and check_id in (select id from spot_check where check_number = ? or status = 'BUNDLED')",
        noticeId,
        checkNumber);
    jdbc.update(
        "update spot_check set status = 'NOTIFIED' where check_number = ? or status = 'BUNDLED'",
        checkNumber);
    return new IssuedNotice(noticeId, bundled);
  }

  /**
   * Departments of the people named in the check's findings (their leaders are "concerned", issue
   * 6).
   */
  public List<String> departmentsOfCheck(String checkNumber) {
    return jdbc.queryForList(
        "select distinct f.department from spot_check_finding f join spot_check c"
            + " on c.id = f.check_id where c.check_number = ? order by f.department",
        String.class,
        checkNumber);
  }

  /** Departments of the people named in the notice: one rectification each. */
  public List<String> departmentsOfNotice(long noticeId) {
    return jdbc.queryForList(
        "select distinct department from spot_check_finding where notice_id = ?"
            + " order by department",
        String.class,
        noticeId);
  }

  /** The department's findings of the notice, for its rectification form (only its own people). */
  public String findingsText(long noticeId, String department) {
    return String.join(
        "\n",
        jdbc.query(
            "select id from spot_check_finding where notice_id = ? and department = ?"
                + " order by id",
            (rs, i) -> (i + 1) + ". " + findingSummary(rs.getLong(1)),
            noticeId,
            department));
  }

  public void saveRectification(
      long noticeId, String department, String measures, LocalDate rectifiedOn) {
    jdbc.update(
        "insert into spot_check_rectification (notice_id, department, measures, rectified_on)"
            + " values (?, ?, ?, ?)",
        noticeId,
        department,
        measures,
        rectifiedOn);
  }

  /**
   * Records the verification; a passed one marks the department's findings rectified and, at last,
   * the notice.
   */
  public void saveVerification(
      long noticeId, String department, boolean passed, String note, String verifiedBy) {
    jdbc.update(
        "insert into spot_check_verification (notice_id, department, result, note, verified_by)"
            + " values (?, ?, ?, ?, ?)",
        noticeId,
        department,
        passed ? "PASSED" : "FAILED",
        note,
        verifiedBy);
    if (!passed) {
      return;
    }
    jdbc.update(
        "update spot_check_finding set status = 'RECTIFIED' where notice_id = ? and department = ?",
        noticeId,
        department);
    if (count(
            "select count(*) from spot_check_finding where notice_id = ? and status <> 'RECTIFIED'",
            noticeId)
        == 0) {
      jdbc.update("update spot_check_notice set status = 'RECTIFIED' where id = ?", noticeId);
      jdbc.update(
          "update spot_check set status = 'RECTIFIED' where id in"
              + " (select check_id from spot_check_finding where notice_id = ?)",
          noticeId);
    }
  }

  /** People of the notice with at least one earlier upheld finding since the date (名字（科室）). */
  public List<String> repeatOffenders(long noticeId, LocalDate since) {
    return jdbc.queryForList(
        "select distinct f.person_name || '（' || "
            + DEPARTMENT_NAME
            + " || '）'"
            + " from spot_check_finding f where f.notice_id = ? and exists (select 1 from spot_check_finding o"
            + " where o.person_name = f.person_name and o.department = f.department and o.id <> f.id"
            + " and o.found_at >= ? and o.status in"
            + " ('TALK', 'PENDING_NOTICE', 'NOTIFIED', 'RECTIFIED')) order by 1",
        String.class,
        noticeId,
        Timestamp.valueOf(since.atStartOfDay()));
  }

  public void saveTalk(
      String checkNumber,
      LocalDate date,
      String heldBy,
      String persons,
      String reference,
      String note) {
    jdbc.update(
        "insert into spot_check_talk (check_id, talk_date, held_by, persons, reference, note) values"
            + " ((select id from spot_check where check_number = ?), ?, ?, ?, ?, ?)",
        checkNumber,
        date,
        heldBy,
        persons,
        reference,
        note);
  }

  private int count(String sql, Object... args) {
    Integer value = jdbc.queryForObject(sql, Integer.class, args);
    return value == null ? 0 : value;
  }
}
