package org.rectify.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts the exit rules and the renewal proposal need, derived from the assessments (never typed by
 * hand): consecutive unsatisfactory results from the newest backwards, and unsatisfactory results
 * in the current year.
 */
record PerformanceRecord(List<AssessmentRecord> assessments, int uncompliedNotices, int summons) {

  int consecutiveFails() {
    int count = 0;
    for (AssessmentRecord assessment : assessments) {
      if (assessment.satisfactory()) {
        break;
      }
      count++;
    }
    return count;
  }

  int failsInYear(int year) {
    return (int)
        assessments.stream()
            .filter(a -> !a.satisfactory() && a.assessedOn().getYear() == year)
            .count();
  }

  int fails() {
    return (int) assessments.stream().filter(a -> !a.satisfactory()).count();
  }

  /** 履约情况 as it is attached to the renewal agenda item (实事求是). */
  String summary(LocalDate today) {
    StringBuilder text = new StringBuilder();
    text.append("履约考核共").append(assessments.size()).append("次，其中不合格").append(fails()).append("次");
    text.append("（本年度")
        .append(failsInYear(today.getYear()))
        .append("次，最近连续不合格")
        .append(consecutiveFails())
        .append("次）；");
    text.append("约谈").append(summons).append("次，整改通知未落实").append(uncompliedNotices).append("次。");
    for (AssessmentRecord assessment : assessments) {
      text.append("\n")
          .append(BusinessDates.text(assessment.assessedOn()))
          .append(" ")
          .append(assessment.period() == null ? "" : assessment.period() + " ")
          .append(assessment.satisfactory() ? "合格" : "不合格")
          .append(
              assessment.score() == null
                  ? ""
                  : "，得分" + assessment.score().stripTrailingZeros().toPlainString())
          .append(
              assessment.findings() == null || assessment.findings().isBlank()
                  ? ""
                  : "：" + assessment.findings());
    }
    if (assessments.isEmpty()) {
      text.append("\n本合同期内尚无考核记录。");
    }
    return text.toString();
  }
}
