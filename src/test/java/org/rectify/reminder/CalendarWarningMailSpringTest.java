package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 日历提醒: while next year has no working-day calendar (the shipped files end with 2027), every member
 * of 整改办 with an address gets the warning by mail, once a week, in Chinese that tells what to do;
 * nothing before the warning weeks.
 */
class CalendarWarningMailSpringTest extends ReminderSpringTestBase {

  @Autowired CalendarWarningMail calendarWarning;
  @Autowired OrganizationDirectory organization;

  @Test
  void theOfficeIsToldOnceAWeekThatNextYearHasNoCalendar() throws Exception {
    int office =
        (int)
            organization.membersOf(OrganizationGroups.RECT_OFFICE).stream()
                .filter(user -> organization.emailOf(user).isPresent())
                .count();
    assertThat(office).isPositive();

    assertThat(calendarWarning.send(LocalDate.of(2027, 10, 15))).as("before the 8 weeks").isZero();

    assertThat(calendarWarning.send(LocalDate.of(2027, 12, 6))).isEqualTo(office);
    var mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("【日历提醒】2028 年的工作日日历尚未导入");
    String text = new SinkMailReader(mail).text();
    assertThat(text)
        .contains(
            "同志：",
            "2028 年的工作日日历尚未导入：距 2028 年 1 月 1 日还有 26 天",
            "办公室工作 → 工作日日历",
            "/camunda/app/tasklist/default/",
            "每周发送一次（2027-12-06 发出）")
        .doesNotContain("null", "${", "[(");
    assertThat(new SinkMailReader(mail).html()).contains("2028 年的工作日日历尚未导入", "任务清单");

    assertThat(calendarWarning.send(LocalDate.of(2027, 12, 8))).as("same week").isZero();
    assertThat(calendarWarning.send(LocalDate.of(2027, 12, 13))).as("next week").isEqualTo(office);
    assertThat(smtp.getReceivedMessages()).hasSize(2 * office);
  }
}
