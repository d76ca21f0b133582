package org.rectify.spotcheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/spot-checks/{number}}: the record of one check — visit, findings, the notices and
 * what the departments reported and the verification found — running or finished. Camunda's history
 * of a finished check stays closed to a department's leader (it decides history per definition,
 * docs/spot-check.md); this register view is where the leaders concerned read it, each only as far
 * as it concerns them: supervision, the Party secretary, administrators and the leader in charge of
 * supervision read everything; the leader of a department named in the findings reads that
 * department's findings, notices, rectification and verification; anyone else gets 403.
 */
@Service
class SpotCheckRecord {

  /** The check as its reader may see it. */
  record View(
      String number,
      String checkType,
      LocalDate plannedFrom,
      LocalDate plannedTo,
      LocalDate visitedOn,
      String visitSites,
      String status,
      boolean complete,
      List<Finding> findings,
      List<Notice> notices,
      List<Rectification> rectifications,
      List<Verification> verifications) {}

  record Finding(
      String category,
      String categoryLabel,
      String personName,
      String department,
      String departmentName,
      LocalDateTime foundAt,
      String place,
      String description,
      String status,
      String decisionReason,
      String noticeNumber) {}

  record Notice(
      String number, LocalDate date, String requirements, LocalDate deadline, String status) {}

  record Rectification(
      String noticeNumber, String department, String measures, LocalDate rectifiedOn) {}

  record Verification(
      String noticeNumber,
      String department,
      String result,
      String note,
      LocalDateTime verifiedAt) {}

  /** The notices a check's findings went into (parameter: the check number). */
  private static final String NOTICES_OF_CHECK =
      "select f.notice_id from spot_check_finding f"
          + " join spot_check c on c.id = f.check_id where c.check_number = ?";

  private final JdbcTemplate jdbc;
  private final SpotCheckRegister register;
  private final SpotCheckReaders readers;
  private final OrganizationDirectory organization;

  SpotCheckRecord(
      JdbcTemplate jdbc,
      SpotCheckRegister register,
      SpotCheckReaders readers,
      OrganizationDirectory organization) {
    this.jdbc = jdbc;
    this.register = register;
    this.readers = readers;
    this.organization = organization;
  }

  View read(String number) {
    if (number == null || !register.checkExists(number)) {
      throw ApiException.notFound("暗访检查不存在：" + number);
    }
    Set<String> departments = readers.readableDepartments(number);
    if (departments != null && departments.isEmpty()) {
      throw ApiException.forbidden("没有权限查看暗访记录 " + number + "：" + SpotCheckReaders.REFUSAL);
    }
    return view(number, departments);
  }

  /**
   * The check and what of it concerns {@code departments} (null: all), each part read for this
   * check only.
   */
  private View view(String number, Set<String> departments) {
    List<Finding> findings =
        jdbc
            .query(
                "select f.category, f.person_name, f.department, f.found_at, f.place,"
                    + " f.description, f.status, f.decision_reason, n.notice_number from spot_check_finding f"
                    + " join spot_check c on c.id = f.check_id left join spot_check_notice n on n.id = f.notice_id"
                    + " where c.check_number = ? order by f.id",
                (rs, i) ->
                    new Finding(
                        rs.getString(1),
                        SpotCheckCategory.label(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        organization.nameOf(rs.getString(3)),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)),
                number)
            .stream()
            .filter(f -> readable(departments, f.department()))
            .toList();
    // the notices its (readable) findings went into, and per department what was reported and
    // verified on them
    Set<String> noticeNumbers = new LinkedHashSet<>();
    findings.stream()
        .map(Finding::noticeNumber)
        .filter(Objects::nonNull)
        .forEach(noticeNumbers::add);
    List<Notice> notices =
        jdbc
            .query(
                "select n.notice_number, n.notice_date, n.requirements,"
                    + " n.rectification_deadline, n.status from spot_check_notice n where n.id in ("
                    + NOTICES_OF_CHECK
                    + ")"
                    + " order by n.notice_date, n.notice_number",
                (rs, i) ->
                    new Notice(
                        rs.getString(1),
                        date(rs.getDate(2)),
                        rs.getString(3),
                        date(rs.getDate(4)),
                        rs.getString(5)),
                number)
            .stream()
            .filter(n -> noticeNumbers.contains(n.number()))
            .toList();
    List<Rectification> rectifications =
        jdbc
            .query(
                "select n.notice_number, r.department, r.measures,"
                    + " r.rectified_on from spot_check_rectification r join spot_check_notice n on n.id = r.notice_id"
                    + " where n.id in ("
                    + NOTICES_OF_CHECK
                    + ") order by r.id",
                (rs, i) ->
                    new Rectification(
                        rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getDate(4))),
                number)
            .stream()
            .filter(r -> readable(departments, r.department()))
            .toList();
    List<Verification> verifications =
        jdbc
            .query(
                "select n.notice_number, v.department, v.result, v.note,"
                    + " v.verified_at from spot_check_verification v join spot_check_notice n on n.id = v.notice_id"
                    + " where n.id in ("
                    + NOTICES_OF_CHECK
                    + ") order by v.id",
                (rs, i) ->
                    new Verification(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()),
                number)
            .stream()
            .filter(v -> readable(departments, v.department()))
            .toList();
    return jdbc.queryForObject(
        "select check_type, planned_from, planned_to, visited_on, visit_sites, status"
            + " from spot_check where check_number = ?",
        (rs, i) ->
            new View(
                number,
                rs.getString(1),
                date(rs.getDate(2)),
                date(rs.getDate(3)),
                date(rs.getDate(4)),
                rs.getString(5),
                rs.getString(6),
                departments == null,
                findings,
                notices,
                rectifications,
                verifications),
        number);
  }

  private static boolean readable(Set<String> departments, String department) {
    return departments == null || departments.contains(department);
  }

  private static LocalDate date(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
