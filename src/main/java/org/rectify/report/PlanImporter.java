package org.rectify.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a plan from a template workbook as a DRAFT plan (its measures ASSIGNED, no processes
 * started: issuing the plan is the plan process's job). Validation runs completely first; then
 * everything is written in one transaction or nothing at all.
 */
@Component
class PlanImporter {

  private static final Logger LOG = LoggerFactory.getLogger(PlanImporter.class);

  /** Outcome of a (dry) run: every problem found, and the new plan's id when written. */
  record Result(
      boolean dryRun,
      boolean valid,
      int aspects,
      int problems,
      int measures,
      Long planId,
      List<ImportedPlan.Problem> errors,
      String title,
      List<PreviewRow> rows) {

    /**
     * The Chinese summary every refusal of the API carries ({@code null} when the workbook is
     * valid).
     */
    @com.fasterxml.jackson.annotation.JsonProperty("error")
    String error() {
      return valid ? null : "方案模板有 " + errors.size() + " 处问题，未导入，请按 errors 逐项修改";
    }
  }

  /** A measure row as read, for the office to check before confirming (names, not ids). */
  record PreviewRow(
      int row,
      String code,
      int problem,
      String title,
      String department,
      String coDepartments,
      int phase,
      java.time.LocalDate dueDate) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final OrganizationDirectory organization;

  PlanImporter(JdbcClient jdbc, JdbcTemplate batch, OrganizationDirectory organization) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.organization = organization;
  }

  @Transactional
  public Result importPlan(byte[] workbook, boolean dryRun) {
    ImportedPlan plan = new PlanWorkbookReader(units(organization)).read(workbook);
    List<ImportedPlan.Problem> errors = new ArrayList<>(plan.problems());
    Set<String> taken = takenCodes(plan.measures());
    for (ImportedPlan.MeasureRow m : plan.measures()) {
      if (m.code() != null && taken.contains(m.code())) {
        errors.add(
            new ImportedPlan.Problem("措施", m.rowNumber(), "A", "编号 " + m.code() + " 已被现有措施使用"));
      }
    }
    boolean valid = errors.isEmpty();
    Long planId = valid && !dryRun ? write(plan) : null;
    return new Result(
        dryRun,
        valid,
        plan.aspects().size(),
        plan.problemRows().size(),
        plan.measures().size(),
        planId,
        errors,
        plan.facts() == null ? null : plan.facts().title(),
        plan.measures().stream().map(this::preview).toList());
  }

  private PreviewRow preview(ImportedPlan.MeasureRow m) {
    return new PreviewRow(
        m.rowNumber(),
        m.code(),
        m.problemNo(),
        m.title(),
        m.department() == null ? null : organization.nameOf(m.department()),
        m.coDepartments() == null || m.coDepartments().isEmpty()
            ? null
            : String.join(
                "、",
                java.util.Arrays.stream(m.coDepartments().split(","))
                    .map(organization::nameOf)
                    .toList()),
        m.phase(),
        m.dueDate());
  }

  /**
   * Names (and ids) a workbook may use for a unit: the departments and the bureau leaders (局领导) as
   * a body.
   */
  static Map<String, String> units(OrganizationDirectory organization) {
    Map<String, String> units = new HashMap<>();
    organization
        .departments()
        .forEach(
            d -> {
              units.put(d.name(), d.id());
              units.put(d.id(), d.id());
            });
    units.put(organization.nameOf(OrganizationGroups.LEADERS), OrganizationGroups.LEADERS);
    units.put(OrganizationGroups.LEADERS, OrganizationGroups.LEADERS);
    return units;
  }

  private long write(ImportedPlan plan) {
    ImportedPlan.Facts f = plan.facts();
    var key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into rect_plan (title, inspection_group, inspected_body, feedback_date, declared_measure_count,"
                + " phase1_start, phase1_end, phase2_start, phase2_end, phase3_start, phase3_end, status) values"
                + " (:title, :group, :body, :feedback, :declared, :p1s, :p1e, :p2s, :p2e, :p3s, :p3e, 'DRAFT')")
        .param("title", f.title())
        .param("group", f.inspectionGroup())
        .param("body", f.inspectedBody())
        .param("feedback", f.feedbackDate())
        .param("declared", f.declaredMeasureCount())
        .param("p1s", f.phase1()[0])
        .param("p1e", f.phase1()[1])
        .param("p2s", f.phase2()[0])
        .param("p2e", f.phase2()[1])
        .param("p3s", f.phase3()[0])
        .param("p3e", f.phase3()[1])
        .update(key, "id");
    long planId = key.getKeyAs(Number.class).longValue();
    Map<Integer, Long> aspectIds = new HashMap<>();
    for (ImportedPlan.Aspect a : plan.aspects()) {
      aspectIds.put(
          a.number(),
          insert(
              "insert into rect_aspect (plan_id, aspect_no, heading) values (:o, :n, :h)",
              planId,
              a.number(),
              a.heading()));
    }
    Map<Integer, Long> problemIds = new HashMap<>();
    for (ImportedPlan.ProblemRow p : plan.problemRows()) {
      problemIds.put(
          p.number(),
          insert(
              "insert into rect_problem (aspect_id, problem_no, heading)" + " values (:o, :n, :h)",
              aspectIds.get(p.aspectNo()),
              p.number(),
              p.heading()));
    }
    // one batch, and the leaders looked up once (a 1,000-measure plan: docs/benchmarks.md)
    Map<String, String> leaders = new HashMap<>();
    organization.departments().forEach(d -> leaders.put(d.id(), d.leaderUserId()));
    List<Object[]> rows = new ArrayList<>();
    for (ImportedPlan.MeasureRow m : plan.measures()) {
      rows.add(
          new Object[] {
            m.code(),
            planId,
            problemIds.get(m.problemNo()),
            m.title(),
            m.department(),
            m.coDepartments(),
            leaders.get(m.department()),
            m.phase(),
            m.dueDate(),
            m.narrative()
          });
    }
    batch.batchUpdate(
        "insert into rect_measure (code, plan_id, problem_id, title, department, co_departments,"
            + " responsible_leader, phase, due_date, status, report_narrative)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', ?)",
        rows);
    LOG.info("Imported plan {} as draft: {} measures", planId, plan.measures().size());
    return planId;
  }

  /**
   * Codes of the workbook already used by existing measures, in a few queries instead of one per
   * measure.
   */
  private Set<String> takenCodes(List<ImportedPlan.MeasureRow> measures) {
    List<String> codes =
        measures.stream().map(ImportedPlan.MeasureRow::code).filter(c -> c != null).toList();
    Set<String> taken = new HashSet<>();
    for (int from = 0; from < codes.size(); from += 500) {
      taken.addAll(
          jdbc.sql("select code from rect_measure where code in (:codes)")
              .param("codes", codes.subList(from, Math.min(codes.size(), from + 500)))
              .query(String.class)
              .list());
    }
    return taken;
  }

  private long insert(String sql, long owner, int number, String heading) {
    var key = new GeneratedKeyHolder();
    jdbc.sql(sql).param("o", owner).param("n", number).param("h", heading).update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }
}
