package org.rectify.measure;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and creates measures with their history, progress, deliverables and metrics ({@code
 * rect_measure*}).
 */
@Repository
class MeasureRepository {

  /** A measure with the aspect and problem it belongs to, as lists show it. */
  record MeasureRow(
      String code,
      long planId,
      int aspectNo,
      int problemNo,
      String problemHeading,
      String srcLabel,
      String title,
      String department,
      String coDepartments,
      String responsibleLeader,
      String implementer,
      int phase,
      java.time.LocalDate dueDate,
      String status,
      String reportNarrative,
      String completionStatement,
      boolean causeClarified,
      boolean rectified,
      boolean ruleEstablished,
      String lookBackResult,
      String lookBackFindings) {}

  record StatusEntry(String status, String actor, String note, LocalDateTime changedAt) {}

  record ProgressEntry(
      String reportedBy, String narrative, Integer percentDone, LocalDateTime reportedAt) {}

  record Deliverable(String title, String createdBy, LocalDateTime createdAt) {}

  record MetricEntry(String name, String metricValue, String unit) {}

  private static final String SELECT =
      "select m.code, m.plan_id, a.aspect_no, p.problem_no,"
          + " p.heading as problem_heading, m.src_label, m.title, m.department, m.co_departments, m.responsible_leader,"
          + " m.implementer, m.phase, m.due_date, m.status, m.report_narrative, m.completion_statement,"
          + " m.cause_clarified, m.rectified, m.rule_established, m.look_back_result, m.look_back_findings"
          + " from rect_measure m join rect_problem p on p.id = m.problem_id join rect_aspect a on a.id = p.aspect_id ";

  private final JdbcClient jdbc;

  MeasureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String code) {
    return jdbc.sql("select count(*) from rect_measure where code = :code")
            .param("code", code)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insert(Measure measure) {
    jdbc.sql(
            "insert into rect_measure (code, plan_id, problem_id, src_label, title, department, co_departments,"
                + " responsible_leader, phase, due_date, status, source_status, report_narrative) values (:code, :plan,"
                + " :problem, :label, :title, :department, :co, :leader, :phase, :due, :status, :source, :narrative)")
        .param("code", measure.code())
        .param("plan", measure.planId())
        .param("problem", measure.problemId())
        .param("label", measure.srcLabel())
        .param("title", measure.title())
        .param("department", measure.department())
        .param("co", measure.coDepartments())
        .param("leader", measure.responsibleLeader())
        .param("phase", measure.phase())
        .param("due", measure.dueDate())
        .param("status", measure.status())
        .param("source", measure.sourceStatus())
        .param("narrative", measure.reportNarrative())
        .update();
  }

  /** The next free code of the form M01… (M38 after the seed's 37). */
  String nextCode() {
    Integer highest =
        jdbc.sql(
                "select max(cast(substring(code, 2) as integer)) from rect_measure"
                    + " where code like 'M%'")
            .query(Integer.class)
            .optional()
            .orElse(0);
    return String.format("M%02d", (highest == null ? 0 : highest) + 1);
  }

  /** The measures of a plan as records (for starting their lifecycles). */
  List<Measure> ofPlan(long planId) {
    return jdbc.sql(
            "select code, plan_id, problem_id, src_label, title, department, co_departments,"
                + " responsible_leader, phase, due_date, status, source_status, report_narrative from rect_measure"
                + " where plan_id = :plan order by code")
        .param("plan", planId)
        .query(Measure.class)
        .list();
  }

  /** Number of measures per status of a plan, and how many open ones are past their due date. */
  Map<String, Integer> countByStatus(long planId) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select status, count(*) as n from rect_measure where plan_id = :plan group by status order by status")
        .param("plan", planId)
        .query((rs, row) -> counts.put(rs.getString("status"), rs.getInt("n")))
        .list();
    return counts;
  }

  int countOverdue(long planId, java.time.LocalDate today) {
    return jdbc.sql(
            "select count(*) from rect_measure where plan_id = :plan and due_date < :today"
                + " and status not in ('COMPLETED', 'LONG_TERM', 'LOOK_BACK', 'CONSOLIDATED')")
        .param("plan", planId)
        .param("today", today)
        .query(Integer.class)
        .single();
  }

  Optional<MeasureRow> find(String code) {
    return jdbc.sql(SELECT + "where m.code = :code")
        .param("code", code)
        .query(MeasureRow.class)
        .optional();
  }

  /**
   * Measures filtered by status, department (owner or co-department) and aspect number; null = any.
   */
  List<MeasureRow> list(String status, String department, Integer aspect) {
    StringBuilder where = new StringBuilder("where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (status != null) {
      where.append(" and m.status = :status");
      params.put("status", status);
    }
    if (department != null) {
      where.append(
          " and (m.department = :department or concat(',', coalesce(m.co_departments, ''), ',')"
              + " like :departmentPattern)");
      params.put("department", department);
      params.put("departmentPattern", "%," + department + ",%");
    }
    if (aspect != null) {
      where.append(" and a.aspect_no = :aspect");
      params.put("aspect", aspect);
    }
    return jdbc.sql(SELECT + where + " order by m.code")
        .params(params)
        .query(MeasureRow.class)
        .list();
  }

  List<StatusEntry> history(String code) {
    return jdbc.sql(
            "select status, actor, note, changed_at from rect_measure_status where measure_code = :code"
                + " order by id")
        .param("code", code)
        .query(StatusEntry.class)
        .list();
  }

  List<ProgressEntry> progress(String code) {
    return jdbc.sql(
            "select reported_by, narrative, percent_done, reported_at from rect_measure_progress"
                + " where measure_code = :code order by id")
        .param("code", code)
        .query(ProgressEntry.class)
        .list();
  }

  List<Deliverable> deliverables(String code) {
    return jdbc.sql(
            "select title, created_by, created_at from rect_measure_deliverable where measure_code = :code"
                + " order by id")
        .param("code", code)
        .query(Deliverable.class)
        .list();
  }

  List<MetricEntry> metrics(String code) {
    return jdbc.sql(
            "select name, metric_value, unit from rect_measure_metric where measure_code = :code"
                + " order by id")
        .param("code", code)
        .query(MetricEntry.class)
        .list();
  }
}
