package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A person who chose the daily digest gets one mail a day instead of single before-due/overdue
 * mails.
 */
class DailyDigestSpringTest extends ReminderSpringTestBase {

  @Autowired DailyDigest digest;
  @Autowired DigestPreferences preferences;

  @AfterEach
  void optOut() {
    preferences.set("greening1", false);
  }

  @Test
  void digestReplacesSingleRemindersAndGoesOutOncePerDay() throws Exception {
    assertThat(preference("{\"dailyDigest\": true}").getBody()).contains("\"dailyDigest\":true");
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    String dueTomorrow = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
    start("greening", ReminderTimesTest.at(2026, 11, 27, 23, 59));
    start("greening", ReminderTimesTest.at(2026, 12, 20, 23, 59));

    execute(dueTomorrow, "Timer_BeforeDue");
    execute(dueTomorrow, "ServiceTask_RemindBeforeDue");
    assertThat(recipients(smtp.getReceivedMessages()))
        .containsExactly("greeningHead@rectify.local");

    assertThat(digest.sendAll()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    var mail = smtp.getReceivedMessages()[1];
    assertThat(recipients(new jakarta.mail.internet.MimeMessage[] {mail}))
        .containsExactly("greening1@rectify.local");
    assertThat(mail.getSubject()).isEqualTo("【每日汇总】2026-12-01 您有 2 项临近或超期的整改任务");
    String text = new SinkMailReader(mail).text();
    assertThat(text)
        .contains(
            "截止日期：2026-11-27  状态：红色 超期（已超期 2 个工作日）",
            "截止日期：2026-12-02  状态：黄色 临近",
            "/camunda/app/tasklist/default/#/?task=")
        .doesNotContain("2026-12-20");
    assertThat(new SinkMailReader(mail).html()).contains("每日汇总", "红色 超期");

    assertThat(digest.sendAll()).as("once per day").isZero();
  }

  private ResponseEntity<String> preference(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("greening1", "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(
        "/api/reminders/preferences",
        HttpMethod.PUT,
        new HttpEntity<>(body, headers),
        String.class);
  }
}
