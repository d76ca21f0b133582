package org.rectify.report;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 二 of the notice: aspect （一）, problem 1., measure （1） — numbered from the data, each
 * measure's narrative closed by a clause that matches its status (done, being pushed with its due
 * date, long-term). Figures from the spot-check register are added to the spot-check measure unless
 * its narrative already states the same count.
 */
final class NoticeMeasures {

  private final JdbcTemplate jdbc;

  NoticeMeasures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void append(
      List<Notice.Paragraph> out, long planId, List<MeasureLedger.Row> measures, int[] spot) {
    List<Map<String, Object>> problems =
        jdbc.queryForList(
            "select a.aspect_no, a.heading as aspect, p.problem_no,"
                + " p.heading as problem from rect_problem p join rect_aspect a on a.id = p.aspect_id where a.plan_id = ?"
                + " order by a.aspect_no, p.problem_no",
            planId);
    int lastAspect = -1;
    int aspectIndex = 0;
    int problemIndex = 0;
    for (Map<String, Object> p : problems) {
      int aspectNo = ((Number) p.get("ASPECT_NO")).intValue();
      int problemNo = ((Number) p.get("PROBLEM_NO")).intValue();
      if (aspectNo != lastAspect) {
        lastAspect = aspectNo;
        out.add(
            new Notice.Paragraph(
                Notice.Kind.SECTION, NoticeNumbers.section(++aspectIndex) + p.get("ASPECT")));
      }
      out.add(
          new Notice.Paragraph(
              Notice.Kind.ITEM, NoticeNumbers.item(++problemIndex) + p.get("PROBLEM")));
      int measureIndex = 0;
      for (MeasureLedger.Row m : measures) {
        if (m.aspectNo() == aspectNo && m.problemNo() == problemNo) {
          out.add(
              new Notice.Paragraph(
                  Notice.Kind.MEASURE, NoticeNumbers.subItem(++measureIndex) + narrative(m, spot)));
        }
      }
    }
  }

  static String narrative(MeasureLedger.Row m, int[] spot) {
    String text =
        m.reportNarrative() == null || m.reportNarrative().isBlank()
            ? m.title()
            : m.reportNarrative();
    text = text.endsWith("。") ? text : text + "。";
    if (text.contains("暗访") && spot[0] > 0 && !text.contains(spot[0] + "次")) {
      text += "巡察整改以来，共开展暗访" + spot[0] + "次，发现问题" + spot[1] + "个，发出通报" + spot[2] + "期。";
    }
    return text
        + switch (StatusColours.classOf(m.status())) {
          case COMPLETED -> "该项整改已完成。";
          case LONG_TERM -> "该项将长期坚持、常态化落实。";
          default ->
              m.dueDate() != null && m.dueDate().isBefore(StatusColours.today())
                  // a notice never promises a date that has passed
                  ? "该项原定于" + m.dueDate().format(NoticeComposer.DATE) + "前完成，目前尚未完成，正在加紧推进。"
                  : "目前正在抓紧推进，计划于" + m.dueDate().format(NoticeComposer.DATE) + "前完成。";
        };
  }
}
