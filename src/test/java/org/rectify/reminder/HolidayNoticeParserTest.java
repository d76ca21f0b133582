package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The State Council's holiday notice as the office pastes it from gov.cn: the 2025 and 2026 notices
 * give exactly the days of the shipped official files; what cannot be read is refused in Chinese,
 * naming the item.
 */
class HolidayNoticeParserTest {

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026})
  void theNoticeGivesTheDaysOfTheShippedOfficialFile(int year) throws IOException {
    HolidayNoticeParser.Parsed parsed = HolidayNoticeParser.parse(notice(year), null);
    CalendarYear file = shippedFile(year);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.warnings()).isEmpty();
    assertThat(parsed.year()).isEqualTo(year);
    assertThat(parsed.provisional()).isFalse();
    assertThat(parsed.source()).isEqualTo("国务院办公厅关于" + year + "年部分节假日安排的通知");
    assertThat(parsed.holidays()).containsExactlyInAnyOrderEntriesOf(file.holidays());
    assertThat(parsed.workdays()).containsExactlyInAnyOrderEntriesOf(file.workdays());
  }

  @Test
  void rangesCarryTheMonthAndCrossIntoTheNextMonth() throws IOException {
    HolidayNoticeParser.Parsed parsed = HolidayNoticeParser.parse(notice(2025), 2025);

    assertThat(parsed.holidays())
        .containsKeys(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 4), LocalDate.of(2025, 6, 1))
        .doesNotContainKey(LocalDate.of(2025, 2, 5));
    assertThat(parsed.holidays().get(LocalDate.of(2025, 10, 8))).isEqualTo("国庆节、中秋节");
    assertThat(parsed.workdays().get(LocalDate.of(2025, 4, 27))).isEqualTo("劳动节调休上班");
  }

  @Test
  void fullWidthDigitsAndOneLinePastesAreRead() {
    HolidayNoticeParser.Parsed parsed =
        HolidayNoticeParser.parse(
            "国务院办公厅关于２０２７年部分节假日安排的通知 现将2027年元旦放假安排通知如下。一、元旦：１月１日（周五）至３日（周日）放假，共3天。", 2027);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.holidays().keySet())
        .containsExactly(
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3));
    assertThat(parsed.warnings()).anyMatch(w -> w.contains("没有找到“春节”条目"));
  }

  @Test
  void theCalendarFileFormatIsReadAsWell() {
    HolidayNoticeParser.Parsed parsed =
        HolidayNoticeParser.parse(
            "year: 2027\nstatus: official\nsource: 测试\n2027-10-01..2027-10-07 holiday 国庆节\n"
                + "2027-10-09 workday 国庆节调休上班\n",
            2027);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.holidays()).hasSize(7);
    assertThat(parsed.workdays()).containsKey(LocalDate.of(2027, 10, 9));
  }

  @Nested
  class Refusals {

    @Test
    void emptyText() {
      assertThat(HolidayNoticeParser.parse("  ", 2027).problems())
          .containsExactly("请粘贴通知正文或上传通知文件");
    }

    @Test
    void textWithoutItems() {
      assertThat(HolidayNoticeParser.parse("国庆节放假七天，大家注意安全。", 2027).problems())
          .singleElement()
          .asString()
          .contains("未识别出“一、元旦：1月1日至3日放假调休……”这样的条目");
    }

    @Test
    void aNoticeOfAnotherYear() throws IOException {
      assertThat(HolidayNoticeParser.parse(notice(2026), 2027).problems())
          .containsExactly("通知是 2026 年的，与所选年份 2027 不符");
    }

    @Test
    void aDayThatDoesNotExist() {
      assertThat(HolidayNoticeParser.parse("一、春节：2月30日至3月2日放假，共3天。", 2027).problems())
          .containsExactly("“春节”：日期“2月30日”不存在");
    }

    @Test
    void aDateWithoutMonth() {
      assertThat(HolidayNoticeParser.parse("一、元旦：3日放假。", 2027).problems())
          .containsExactly("“元旦”：日期“3日”缺少月份");
    }

    @Test
    void aSentenceThatSaysBoth() {
      assertThat(HolidayNoticeParser.parse("一、元旦：1月1日放假，1月4日上班。", 2027).problems())
          .singleElement()
          .asString()
          .contains("无法判断");
    }

    @Test
    void aDayOutsideTheYear() {
      assertThat(HolidayNoticeParser.parse("一、元旦：2026年12月31日至2027年1月2日放假调休，共3天。", 2027).problems())
          .containsExactly("“元旦”：日期 2026-12-31 不属于 2027 年，请在 2026 年的日历中登记");
    }

    @Test
    void aDayTwice() {
      assertThat(HolidayNoticeParser.parse("一、国庆节：10月1日至7日放假。\n二、中秋节：10月6日放假。", 2027).problems())
          .containsExactly("“中秋节”：日期 2027-10-06 重复出现");
    }

    @Test
    void aBrokenCalendarFileNamesTheLine() {
      assertThat(
              HolidayNoticeParser.parse(
                      "year: 2027\nstatus: official\n2027-13-01 holiday 错\n", 2027)
                  .problems())
          .singleElement()
          .asString()
          .contains("第 3 行有误");
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsOnlyAWarning() {
      HolidayNoticeParser.Parsed parsed =
          HolidayNoticeParser.parse("一、国庆节：10月1日至7日放假调休。10月8日上班。", 2027);
      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.warnings()).contains("“国庆节”：调休上班日 2027-10-08 本来就是工作日（星期五），请核对");
    }
  }

  static String notice(int year) throws IOException {
    try (InputStream in =
        HolidayNoticeParserTest.class.getResourceAsStream(
            "/reminder/notices/notice-" + year + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CalendarYear shippedFile(int year) throws IOException {
    try (InputStream in =
        HolidayNoticeParserTest.class.getResourceAsStream("/calendar/cn-" + year + ".txt")) {
      return CalendarFileParser.parse(
          "cn-" + year + ".txt", new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }
}
