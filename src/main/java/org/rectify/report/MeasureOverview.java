package org.rectify.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.rectify.measure.MeasureLifecycle;
import org.rectify.organization.AccessMatrix;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.RecordAccess;
import org.rectify.platform.ApiException;
import org.springframework.stereotype.Component;

/**
 * Cockpit's 整改措施一览 ({@code GET /api/overview/measures}): every measure of the ledger with where its
 * process stands — current step and holder by name — so that a manager sees the whole plan in one
 * table. The rectification managers and the office see every measure; anyone else the measures his
 * department leads or co-handles (access matrix, {@link AccessMatrix#MEASURE_OVERVIEW_READERS}).
 */
@Component
class MeasureOverview {

  static final String REFUSAL = "没有权限：您只能查看本科室承办或协办的整改措施（整改办、领导小组、局领导、办公室可查看全部）";

  record Row(
      String code,
      String title,
      String department,
      String departmentName,
      List<String> coDepartments,
      String coDepartmentNames,
      String responsibleLeader,
      String responsibleLeaderName,
      int phase,
      String phaseLabel,
      LocalDate dueDate,
      String status,
      String statusLabel,
      String colour,
      String colourText,
      String currentStep,
      String holder,
      Date taskDue,
      String lastProgress,
      LocalDate lastProgressOn,
      String processInstanceId) {}

  private final LedgerQueries ledger;
  private final ProcessPositions positions;
  private final OrganizationDirectory organization;
  private final RecordAccess records;

  MeasureOverview(
      LedgerQueries ledger,
      ProcessPositions positions,
      OrganizationDirectory organization,
      RecordAccess records) {
    this.ledger = ledger;
    this.positions = positions;
    this.organization = organization;
    this.records = records;
  }

  List<Row> rows(Map<String, String> query) {
    LedgerParameters p =
        new LedgerParameters(query, Set.of("department", "leader", "colour", "phase", "q"));
    Predicate<String> own = records.departments(AccessMatrix.MEASURE_OVERVIEW_READERS);
    String department = p.text("department");
    if (department != null && organization.isDepartment(department) && !own.test(department)) {
      throw ApiException.forbidden(REFUSAL);
    }
    String leader = p.text("leader");
    if (leader != null && organization.user(leader).isEmpty()) {
      throw ApiException.badRequest("查询参数无效", "leader：未知人员“" + leader + "”");
    }
    Map<String, String> filter = new HashMap<>();
    for (String name : List.of("department", "colour", "phase", "q")) {
      if (p.text(name) != null) {
        filter.put(name, p.text(name));
      }
    }
    Map<String, ProcessPositions.Position> where =
        positions.byBusinessKey(MeasureLifecycle.PROCESS_KEY);
    return ledger.measures(filter).stream()
        .filter(r -> own.test(r.department()) || coDepartments(r).stream().anyMatch(own))
        .filter(r -> leader == null || leader.equals(r.responsibleLeader()))
        .map(r -> row(r, where.getOrDefault(r.code(), ProcessPositions.Position.ENDED)))
        .toList();
  }

  /** One measure, when the current user may read it (else 403 in Chinese). */
  Row one(String code, ProcessPositions.Position position) {
    MeasureLedger.Row r =
        ledger.measures(Map.of("q", code)).stream()
            .filter(m -> m.code().equals(code))
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("未找到整改措施 " + code));
    Predicate<String> own = records.departments(AccessMatrix.MEASURE_OVERVIEW_READERS);
    if (!own.test(r.department()) && coDepartments(r).stream().noneMatch(own)) {
      throw ApiException.forbidden(REFUSAL);
    }
    return row(r, position);
  }

  private Row row(MeasureLedger.Row r, ProcessPositions.Position position) {
    List<String> co = coDepartments(r);
    return new Row(
        r.code(),
        r.title(),
        r.department(),
        r.departmentName(),
        co,
        co.stream().map(organization::nameOf).collect(Collectors.joining("、")),
        r.responsibleLeader(),
        r.responsibleLeaderName(),
        r.phase(),
        ReportLabels.phase(r.phase()),
        r.dueDate(),
        r.status(),
        r.statusLabel(),
        r.colour(),
        r.colourText(),
        position.step(),
        position.holder(),
        position.taskDue(),
        r.lastProgress(),
        r.lastProgressOn(),
        position.instanceId());
  }

  private static List<String> coDepartments(MeasureLedger.Row r) {
    return r.coDepartments() == null || r.coDepartments().isBlank()
        ? List.of()
        : Arrays.stream(r.coDepartments().split(",")).map(String::trim).toList();
  }
}
