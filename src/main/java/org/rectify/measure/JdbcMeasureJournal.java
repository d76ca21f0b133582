package org.rectify.measure;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The measure's record in Rectify's tables (Flyway {@code V10__rectification_plan.sql}), written by
 * the lifecycle in the engine's transaction: if the step fails, its history entry disappears with
 * it. Times come from the engine clock so history and process agree.
 */
@Repository
class JdbcMeasureJournal implements MeasureJournal {

  private final JdbcClient jdbc;

  JdbcMeasureJournal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void recordStatus(String code, MeasureStatus status, String actor, String note) {
    Timestamp now = now();
    jdbc.sql(
            "insert into rect_measure_status (measure_code, status, actor, note, changed_at)"
                + " values (:code, :status, :actor, :note, :at)")
        .param("code", code)
        .param("status", status.name())
        .param("actor", actor)
        .param("note", note)
        .param("at", now)
        .update();
    String implementer = status == MeasureStatus.IN_PROGRESS ? note : null;
    jdbc.sql(
            "update rect_measure set status = :status, updated_at = :at,"
                + " implementer = coalesce(:implementer, implementer) where code = :code")
        .param("status", status.name())
        .param("at", now)
        .param("implementer", implementer)
        .param("code", code)
        .update();
  }

  @Override
  public void recordProgress(String code, String actor, String narrative, Integer percent) {
    jdbc.sql(
            "insert into rect_measure_progress (measure_code, reported_by, narrative, percent_done, reported_at)"
                + " values (:code, :actor, :narrative, :percent, :at)")
        .param("code", code)
        .param("actor", actor)
        .param("narrative", narrative)
        .param("percent", percent)
        .param("at", now())
        .update();
  }

  @Override
  public boolean isRegistered(String code) {
    return code != null
        && jdbc.sql("select count(*) from rect_measure where code = :code")
                .param("code", code)
                .query(Integer.class)
                .single()
            > 0;
  }

  @Override
  public void recordCompletion(String code, String actor, Map<String, Object> completion) {
    Timestamp now = now();
    jdbc.sql(
            "update rect_measure set completion_statement = :statement, cause_clarified = :cause,"
                + " rectified = :rectified, rule_established = :rule, updated_at = :at where code = :code")
        .param("statement", completion.get(MeasureLifecycle.Vars.COMPLETION_STATEMENT))
        .param("cause", completion.get(MeasureLifecycle.Vars.CAUSE_CLARIFIED))
        .param("rectified", completion.get(MeasureLifecycle.Vars.RECTIFIED))
        .param("rule", completion.get(MeasureLifecycle.Vars.RULE_ESTABLISHED))
        .param("at", now)
        .param("code", code)
        .update();
    for (String deliverable :
        MeasureRecords.lines(completion.get(MeasureLifecycle.Vars.DELIVERABLES))) {
      jdbc.sql(
              "insert into rect_measure_deliverable (measure_code, title, created_by, created_at)"
                  + " values (:code, :title, :actor, :at)")
          .param("code", code)
          .param("title", deliverable)
          .param("actor", actor)
          .param("at", now)
          .update();
    }
    for (MeasureRecords.Metric metric :
        MeasureRecords.metrics(completion.get(MeasureLifecycle.Vars.METRICS))) {
      jdbc.sql(
              "insert into rect_measure_metric (measure_code, name, metric_value, unit, recorded_at)"
                  + " values (:code, :name, :value, :unit, :at)")
          .param("code", code)
          .param("name", metric.name())
          .param("value", metric.value())
          .param("unit", metric.unit())
          .param("at", now)
          .update();
    }
  }

  @Override
  public void changeDepartment(String code, String department) {
    jdbc.sql(
            "update rect_measure set department = :department, updated_at = :at where code = :code")
        .param("department", department)
        .param("at", now())
        .param("code", code)
        .update();
  }

  @Override
  public void changeDueDate(String code, LocalDate dueDay) {
    jdbc.sql("update rect_measure set due_date = :due, updated_at = :at where code = :code")
        .param("due", dueDay)
        .param("at", now())
        .param("code", code)
        .update();
  }

  @Override
  public void recordLookBack(String code, String result, String findings) {
    Timestamp now = now();
    jdbc.sql(
            "update rect_measure set look_back_result = :result, look_back_findings = :findings,"
                + " look_back_at = :at, updated_at = :at where code = :code")
        .param("result", result)
        .param("findings", findings)
        .param("at", now)
        .param("code", code)
        .update();
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
