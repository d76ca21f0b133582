package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure's sentence in the notice ends with what is true on the day it is printed. */
class NoticeMeasuresTest {

  private static final int[] NO_SPOT_CHECKS = {0, 0, 0};

  @Test
  void aMeasureStillOpenIsPromisedForItsDueDateOnlyWhileThatDateIsAhead() {
    LocalDate ahead = StatusColours.today().plusDays(30);
    assertThat(NoticeMeasures.narrative(open(ahead), NO_SPOT_CHECKS))
        .isEqualTo("修订文件办理制度。目前正在抓紧推进，计划于" + ahead.format(NoticeComposer.DATE) + "前完成。");

    LocalDate passed = StatusColours.today().minusDays(3);
    assertThat(NoticeMeasures.narrative(open(passed), NO_SPOT_CHECKS))
        .isEqualTo("修订文件办理制度。该项原定于" + passed.format(NoticeComposer.DATE) + "前完成，目前尚未完成，正在加紧推进。")
        .doesNotContain("计划于");
  }

  private static MeasureLedger.Row open(LocalDate due) {
    return new MeasureLedger.Row(
        "M04",
        1,
        1,
        "",
        2,
        "",
        "修订文件办理制度",
        "office",
        "办公室",
        "",
        null,
        null,
        2,
        due,
        "IN_PROGRESS",
        "整改中",
        "IN_PROGRESS",
        "GREEN",
        "绿色 正常",
        false,
        null,
        null,
        List.of(),
        null);
  }
}
