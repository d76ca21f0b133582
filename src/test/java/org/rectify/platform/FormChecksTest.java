package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormChecksTest {

  final Map<String, Object> values = new HashMap<>();
  final VariableScope submitted = mock(VariableScope.class);

  @BeforeEach
  void today() {
    // 2026-12-07 01:00 in Beijing is still 2026-12-06 in UTC: days are Beijing days
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.of(2026, 12, 7, 1, 0).atZone(FormChecks.ZONE).toInstant()));
    when(submitted.getVariable(anyString())).thenAnswer(call -> values.get(call.getArgument(0)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void assertRefusedAt(Runnable check, String field, String message) {
    assertThatThrownBy(check::run)
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(message)
        .satisfies(
            e ->
                assertThat((String) ((FormFieldValidationException) e).getDetail())
                    .isEqualTo(field));
  }

  @Nested
  class Windows {
    @Test
    void windowEndingBeforeItStartsIsRefusedAtItsEnd() {
      values.put("from", "2026-12-10");
      values.put("to", "2026-12-09");
      assertRefusedAt(
          () -> FormChecks.window(submitted, "from", "计划开始日期", "to", "计划结束日期"),
          "to",
          "“计划结束日期”（2026-12-09）不能早于“计划开始日期”（2026-12-10）");
    }

    @Test
    void oneDayWindowAndOpenEndsPass() {
      values.put("from", "2026-12-10");
      values.put("to", "2026-12-10T00:00:00");
      assertThatCode(() -> FormChecks.window(submitted, "from", "开始", "to", "结束"))
          .doesNotThrowAnyException();
      values.remove("to");
      assertThatCode(() -> FormChecks.window(submitted, "from", "开始", "to", "结束"))
          .doesNotThrowAnyException();
    }
  }

  @Nested
  class Days {
    @Test
    void aDayThatHasNotComeIsRefusedForWhatHappened() {
      values.put("visitedOn", "2026-12-08");
      assertRefusedAt(
          () -> FormChecks.notAfterToday(submitted, "visitedOn", "暗访日期"),
          "visitedOn",
          "“暗访日期”（2026-12-08）不能晚于今天（2026-12-07）：请填写实际发生的日期");
    }

    @Test
    void todayAndEarlierDaysPassForWhatHappened() {
      values.put("visitedOn", "2026-12-07");
      assertThat(FormChecks.notAfterToday(submitted, "visitedOn", "暗访日期"))
          .hasToString("2026-12-07");
      values.put(
          "visitedOn",
          Date.from(LocalDateTime.of(2026, 11, 1, 9, 0).atZone(FormChecks.ZONE).toInstant()));
      assertThat(FormChecks.notAfterToday(submitted, "visitedOn", "暗访日期"))
          .hasToString("2026-11-01");
    }

    @Test
    void aDeadlineAlreadyPastIsRefused() {
      values.put("deadline", "2026-12-06");
      assertRefusedAt(
          () -> FormChecks.notBeforeToday(submitted, "deadline", "整改期限"),
          "deadline",
          "“整改期限”（2026-12-06）不能早于今天（2026-12-07）");
      values.put("deadline", "2026-12-07");
      assertThatCode(() -> FormChecks.notBeforeToday(submitted, "deadline", "整改期限"))
          .doesNotThrowAnyException();
    }

    @Test
    void aMalformedDateIsRefusedInChinese() {
      values.put("visitedOn", "明天");
      assertRefusedAt(
          () -> FormChecks.notAfterToday(submitted, "visitedOn", "暗访日期"),
          "visitedOn",
          "“暗访日期”不是有效日期（格式 2026-12-03）");
    }
  }

  @Nested
  class Justifications {
    @Test
    void aOneCharacterJustificationIsRefused() {
      values.put("qualityJustification", "好");
      assertRefusedAt(
          () -> FormChecks.justification(submitted, "qualityJustification", "质量优先的理由", 10),
          "qualityJustification",
          "“质量优先的理由”过于简单：请至少用 10 个字写明具体理由");
    }

    @Test
    void punctuationAndSpacesDoNotCount() {
      values.put("lateReason", "。。。  ，，好的！");
      assertRefusedAt(
          () -> FormChecks.justification(submitted, "lateReason", "逾期说明"),
          "lateReason",
          "“逾期说明”过于简单：请至少用 5 个字写明具体理由");
    }

    @Test
    void aReasonWithSubstancePassesAndAnOptionalOneMayBeLeftOut() {
      values.put("lateReason", "财政批复延迟两周");
      assertThatCode(() -> FormChecks.justification(submitted, "lateReason", "逾期说明"))
          .doesNotThrowAnyException();
      values.remove("lateReason");
      assertThatCode(() -> FormChecks.justification(submitted, "lateReason", "逾期说明"))
          .doesNotThrowAnyException();
    }

    @Test
    void aRequiredJustificationMustBeThere() {
      values.put("comment", "  ");
      assertRefusedAt(
          () -> FormChecks.requiredJustification(submitted, "comment", "退回的理由", 5),
          "comment",
          "请填写“退回的理由”");
    }
  }
}
