package org.rectify.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rectify.platform.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice's paragraph per measure ({@code rect_measure.report_narrative}) as the rectification
 * office writes it, with every change kept in {@code rect_measure_narrative_change} (who, when, old
 * and new text). The notice reads the column, so the next preview and download print the edited
 * text, closed by the clause of the measure's status.
 */
@Service
class MeasureNarratives {

  /** Longest paragraph (the column holds 4000; a notice paragraph is far shorter). */
  static final int MAX_LENGTH = 2000;

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Pattern CUT_OFF = Pattern.compile("(……|\\.\\.\\.|…)$");

  /** One measure of a plan as the screen lists it, in the notice's order. */
  record Item(
      String code,
      String position,
      String title,
      String text,
      int changes,
      String changedBy,
      LocalDateTime changedAt) {}

  /** One saved change. */
  record Change(String changedBy, LocalDateTime changedAt, String oldText, String newText) {}

  /** A measure's paragraph now and its history, newest first. */
  record View(String code, String title, String text, List<Change> changes) {}

  /** {@code PUT /api/measures/{code}/narrative}. */
  record Edit(String text) {}

  private final JdbcClient jdbc;
  private final LedgerQueries ledgers;

  MeasureNarratives(JdbcClient jdbc, LedgerQueries ledgers) {
    this.jdbc = jdbc;
    this.ledgers = ledgers;
  }

  /** The plan's measures in the notice's order, numbered as the notice numbers them. */
  List<Item> ofPlan(long planId) {
    if (jdbc.sql("select count(*) from rect_plan where id = :id")
            .param("id", planId)
            .query(Integer.class)
            .single()
        == 0) {
      throw ApiException.notFound("整改方案不存在：" + planId);
    }
    List<MeasureLedger.Row> measures = ledgers.measures(Map.of("planId", String.valueOf(planId)));
    // the notice numbers every problem of the plan in one sequence (1., 2., …) and the measures of
    // a
    // problem （1）, （2）, … in the ledger's order
    Map<String, Integer> problemNumbers = new java.util.HashMap<>();
    jdbc.sql(
            "select a.aspect_no, p.problem_no from rect_problem p join rect_aspect a on a.id = p.aspect_id"
                + " where a.plan_id = :id order by a.aspect_no, p.problem_no")
        .param("id", planId)
        .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2))
        .list()
        .forEach(key -> problemNumbers.put(key, problemNumbers.size() + 1));
    Map<String, Integer> measureNumbers = new java.util.HashMap<>();
    List<Item> items = new ArrayList<>();
    List<MeasureLedger.Row> ordered =
        measures.stream()
            .sorted(
                java.util.Comparator.comparingInt(MeasureLedger.Row::aspectNo)
                    .thenComparingInt(MeasureLedger.Row::problemNo))
            .toList();
    for (MeasureLedger.Row m : ordered) {
      String problem = m.aspectNo() + "/" + m.problemNo();
      int measureIndex = measureNumbers.merge(problem, 1, Integer::sum);
      Optional<Change> last = changes(m.code()).stream().findFirst();
      items.add(
          new Item(
              m.code(),
              "问题 " + problemNumbers.getOrDefault(problem, 0) + ". 第（" + measureIndex + "）项",
              m.title(),
              m.reportNarrative(),
              count(m.code()),
              last.map(Change::changedBy).orElse(null),
              last.map(Change::changedAt).orElse(null)));
    }
    return items;
  }

  View view(String code) {
    String title =
        jdbc.sql("select title from rect_measure where code = :code")
            .param("code", code)
            .query(String.class)
            .optional()
            .orElseThrow(() -> ApiException.notFound("整改措施不存在：" + code));
    String text =
        jdbc.sql("select report_narrative from rect_measure where code = :code")
            .param("code", code)
            .query(String.class)
            .optional()
            .orElse(null);
    return new View(code, title, text, changes(code));
  }

  /**
   * Validates the paragraph (every defect named at {@code text}, nothing written), then saves it
   * with the text it replaces. The measure's row is locked, so two offices saving at once each
   * record the text the other left.
   */
  @Transactional
  View save(String code, Edit edit, String by) {
    String current =
        jdbc.sql("select report_narrative from rect_measure where code = :code for update")
            .param("code", code)
            .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
            .optional()
            .orElseThrow(() -> ApiException.notFound("整改措施不存在：" + code))
            .orElse(null);
    String text = check(edit);
    if (text.equals(current)) {
      throw ApiException.badRequest("通报段落未修改，未保存", "text：通报段落与现有内容相同");
    }
    LocalDateTime now = LocalDateTime.now(StatusColours.ZONE);
    jdbc.sql(
            "update rect_measure set report_narrative = :text, updated_at = :at where code = :code")
        .param("text", text)
        .param("at", now)
        .param("code", code)
        .update();
    jdbc.sql(
            "insert into rect_measure_narrative_change (measure_code, old_text, new_text, changed_by,"
                + " changed_at) values (:code, :old, :new, :by, :at)")
        .param("code", code)
        .param("old", current)
        .param("new", text)
        .param("by", by)
        .param("at", now)
        .update();
    return view(code);
  }

  private static String check(Edit edit) {
    String text = edit == null || edit.text() == null ? "" : edit.text().strip();
    List<String> problems = new ArrayList<>();
    if (text.isEmpty()) {
      problems.add("text：必填，通报段落不能为空");
    } else {
      if (text.length() > MAX_LENGTH) {
        problems.add("text：通报段落不能超过 " + MAX_LENGTH + " 字（现 " + text.length() + " 字）");
      }
      if (text.contains("\n") || text.contains("\r")) {
        problems.add("text：通报段落须为一段，不能换行");
      }
      if (!CHINESE.matcher(text).find()) {
        problems.add("text：通报段落须用中文书写");
      }
      if (CUT_OFF.matcher(text).find()) {
        problems.add("text：通报段落以省略号结尾，请写完整");
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("通报段落有误，未保存", problems.toArray(String[]::new));
    }
    return text;
  }

  private List<Change> changes(String code) {
    return jdbc.sql(
            "select changed_by, changed_at, old_text, new_text from rect_measure_narrative_change"
                + " where measure_code = :code order by id desc")
        .param("code", code)
        .query(Change.class)
        .list();
  }

  private int count(String code) {
    return jdbc.sql("select count(*) from rect_measure_narrative_change where measure_code = :code")
        .param("code", code)
        .query(Integer.class)
        .single();
  }
}
