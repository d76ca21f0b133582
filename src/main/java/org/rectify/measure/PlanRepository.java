package org.rectify.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plans, aspects and problems ({@code rect_plan}, {@code rect_aspect}, {@code rect_problem}). */
@Repository
class PlanRepository {

  /** The plan's facts as the feedback and the plan state them. */
  record Plan(
      Long id,
      String title,
      String inspectionGroup,
      String inspectedBody,
      LocalDate inspectionStart,
      LocalDate inspectionEnd,
      LocalDate feedbackDate,
      String feedbackDocument,
      Integer declaredMeasureCount,
      LocalDate phase1Start,
      LocalDate phase1End,
      LocalDate phase2Start,
      LocalDate phase2End,
      LocalDate phase3Start,
      LocalDate phase3End,
      String status,
      String processInstanceId) {}

  /** A plan with its counts, for lists and the data-quality warning. */
  record PlanSummary(
      long id,
      String title,
      String status,
      int aspects,
      int problems,
      int measures,
      Integer declaredMeasureCount,
      String processInstanceId) {}

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Plan plan) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into rect_plan (title, inspection_group, inspected_body, inspection_start, inspection_end,"
                + " feedback_date, feedback_document, declared_measure_count, phase1_start, phase1_end, phase2_start,"
                + " phase2_end, phase3_start, phase3_end, status) values (:title, :group, :body, :start, :end, :feedback,"
                + " :document, :declared, :p1s, :p1e, :p2s, :p2e, :p3s, :p3e, :status)")
        .param("title", plan.title())
        .param("group", plan.inspectionGroup())
        .param("body", plan.inspectedBody())
        .param("start", plan.inspectionStart())
        .param("end", plan.inspectionEnd())
        .param("feedback", plan.feedbackDate())
        .param("document", plan.feedbackDocument())
        .param("declared", plan.declaredMeasureCount())
        .param("p1s", plan.phase1Start())
        .param("p1e", plan.phase1End())
        .param("p2s", plan.phase2Start())
        .param("p2e", plan.phase2End())
        .param("p3s", plan.phase3Start())
        .param("p3e", plan.phase3End())
        .param("status", plan.status())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  long insertAspect(long planId, int number, String heading, boolean reconstructed) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into rect_aspect (plan_id, aspect_no, heading, heading_reconstructed)"
                + " values (:plan, :no, :heading, :reconstructed)")
        .param("plan", planId)
        .param("no", number)
        .param("heading", heading)
        .param("reconstructed", reconstructed)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  long insertProblem(long aspectId, int number, String heading, boolean reconstructed) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into rect_problem (aspect_id, problem_no, heading, heading_reconstructed)"
                + " values (:aspect, :no, :heading, :reconstructed)")
        .param("aspect", aspectId)
        .param("no", number)
        .param("heading", heading)
        .param("reconstructed", reconstructed)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<Plan> find(long id) {
    return jdbc.sql("select * from rect_plan where id = :id")
        .param("id", id)
        .query(Plan.class)
        .optional();
  }

  Optional<Long> findIdByTitle(String title) {
    return jdbc.sql("select id from rect_plan where title = :title")
        .param("title", title)
        .query(Long.class)
        .optional();
  }

  /** The problem of a plan by its number (1…17), across aspects. */
  Optional<Long> findProblem(long planId, int problemNo) {
    return jdbc.sql(
            "select p.id from rect_problem p join rect_aspect a on a.id = p.aspect_id"
                + " where a.plan_id = :plan and p.problem_no = :no")
        .param("plan", planId)
        .param("no", problemNo)
        .query(Long.class)
        .optional();
  }

  void setStatus(long planId, String status) {
    jdbc.sql("update rect_plan set status = :status where id = :id")
        .param("status", status)
        .param("id", planId)
        .update();
  }

  void attachProcess(long planId, String processInstanceId) {
    jdbc.sql("update rect_plan set process_instance_id = :pi where id = :id")
        .param("pi", processInstanceId)
        .param("id", planId)
        .update();
  }

  /**
   * Takes a draft plan without a process for starting it: locks its row and answers whether it was
   * still such a draft (a second, concurrent start waits for the lock and then finds it taken).
   */
  boolean lockUnstartedDraft(long planId) {
    return jdbc.sql(
                "update rect_plan set status = 'DRAFT' where id = :id and status = 'DRAFT'"
                    + " and process_instance_id is null")
            .param("id", planId)
            .update()
        == 1;
  }

  List<PlanSummary> summaries() {
    return jdbc.sql(
            "select p.id, p.title, p.status,"
                + " (select count(*) from rect_aspect a where a.plan_id = p.id) as aspects,"
                + " (select count(*) from rect_problem r join rect_aspect a on a.id = r.aspect_id"
                + "   where a.plan_id = p.id) as problems,"
                + " (select count(*) from rect_measure m where m.plan_id = p.id) as measures,"
                + " p.declared_measure_count, p.process_instance_id from rect_plan p order by p.id")
        .query(PlanSummary.class)
        .list();
  }
}
