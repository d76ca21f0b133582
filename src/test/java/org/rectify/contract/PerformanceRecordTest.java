package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counts behind the exit rules and the renewal record are derived from the assessments, newest
 * first.
 */
class PerformanceRecordTest {

  private static AssessmentRecord assessment(String date, boolean satisfactory) {
    return new AssessmentRecord(
        LocalDate.parse(date),
        null,
        "assessmentTeam",
        new BigDecimal("60.0"),
        satisfactory,
        satisfactory ? null : "扣分");
  }

  @Test
  void consecutiveFailsStopAtTheLatestSatisfactoryAssessment() {
    PerformanceRecord record =
        new PerformanceRecord(
            List.of(
                assessment("2026-11-01", false),
                assessment("2026-08-01", false),
                assessment("2026-05-01", true),
                assessment("2026-02-01", false)),
            0,
            2);
    assertThat(record.consecutiveFails()).isEqualTo(2);
    assertThat(record.failsInYear(2026)).isEqualTo(3);
    assertThat(record.fails()).isEqualTo(3);
  }

  @Test
  void failsOfLastYearDoNotCountForThisYear() {
    PerformanceRecord record =
        new PerformanceRecord(
            List.of(
                assessment("2027-01-10", false),
                assessment("2026-12-20", false),
                assessment("2026-11-01", false)),
            0,
            0);
    assertThat(record.consecutiveFails()).isEqualTo(3);
    assertThat(record.failsInYear(2027)).isEqualTo(1);
  }

  @Test
  void summaryStatesTheFactsTruthfully() {
    PerformanceRecord record =
        new PerformanceRecord(List.of(assessment("2026-11-01", false)), 1, 1);
    assertThat(record.summary(LocalDate.of(2026, 11, 27)))
        .startsWith("履约考核共1次，其中不合格1次（本年度1次，最近连续不合格1次）；约谈1次，整改通知未落实1次。")
        .contains("2026-11-01 不合格，得分60：扣分");
    assertThat(new PerformanceRecord(List.of(), 0, 0).summary(LocalDate.of(2026, 11, 27)))
        .contains("尚无考核记录");
  }
}
