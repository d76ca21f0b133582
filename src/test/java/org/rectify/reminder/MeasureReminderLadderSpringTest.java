package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.measure.MeasureLifecycle;

/**
 * The reminder ladder before a measure's deadline, mailed for real: {@code measure-lifecycle}
 * started at 落实整改措施 with the deadline 2026-12-20, the engine clock moved to each rung (T−14, T−7,
 * T−1 working days at 09:00); each rung mails the department and its head once.
 */
class MeasureReminderLadderSpringTest extends ReminderSpringTestBase {

  private String pi;

  @AfterEach
  void removeMeasure() {
    if (pi != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(pi).count() > 0) {
      runtimeService.deleteProcessInstance(pi, "test cleanup");
    }
  }

  @Test
  void eachRungMailsTheDepartmentAndItsHeadOnce() {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 11, 27, 9, 0));
    pi =
        runtimeService
            .createProcessInstanceByKey(MeasureLifecycle.PROCESS_KEY)
            .businessKey("M90")
            .setVariables(
                MeasureLifecycle.startVariables(
                    "M90",
                    "占道经营整治回头看",
                    "greening",
                    "园林绿化科",
                    LocalDate.of(2026, 12, 20),
                    ReminderTimesTest.at(2027, 3, 1, 9, 0)))
            .startBeforeActivity(MeasureLifecycle.Elements.IMPLEMENTATION)
            .execute()
            .getId();

    Date[] rungs = {
      ReminderTimesTest.at(2026, 12, 1, 9, 0),
      ReminderTimesTest.at(2026, 12, 10, 9, 0),
      ReminderTimesTest.at(2026, 12, 18, 9, 0)
    };
    for (int rung = 0; rung < rungs.length; rung++) {
      assertThat(job(pi, MeasureLifecycle.Elements.TIMER_BEFORE_DUE).getDuedate())
          .isEqualTo(rungs[rung]);
      ClockUtil.setCurrentTime(new Date(rungs[rung].getTime() - 60_000));
      runDueJobs(pi);
      assertThat(smtp.getReceivedMessages())
          .as("nothing before rung %d", rung + 1)
          .hasSize(2 * rung);

      ClockUtil.setCurrentTime(rungs[rung]);
      runDueJobs(pi);
      ClockUtil.setCurrentTime(new Date(rungs[rung].getTime() + 3_600_000));
      runDueJobs(pi);

      MimeMessage[] mails = smtp.getReceivedMessages();
      assertThat(mails).as("rung %d mails once", rung + 1).hasSize(2 * (rung + 1));
      // GreenMail lists the mails mailbox by mailbox: each person has one per rung so far
      int sent = rung + 1;
      assertThat(recipients(mails))
          .filteredOn("greening1@rectify.local"::equals)
          .as("the department's clerk")
          .hasSize(sent);
      assertThat(recipients(mails))
          .filteredOn("greeningHead@rectify.local"::equals)
          .as("the department's head")
          .hasSize(sent);
    }
    assertThat(
            Arrays.stream(smtp.getReceivedMessages())
                .map(
                    mail -> {
                      try {
                        return mail.getSubject();
                      } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                      }
                    }))
        .containsOnly("【即将到期】M90 填报整改进展：将于 2026-12-20 到期");
    assertThat(job(pi, MeasureLifecycle.Elements.TIMER_BEFORE_DUE))
        .as("no rung after the last")
        .isNull();
    assertThat(runtimeService.getVariable(pi, "statusColourText")).isEqualTo("黄色 临近");
  }
}
