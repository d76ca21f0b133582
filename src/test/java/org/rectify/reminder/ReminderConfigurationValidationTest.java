package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Start-up refuses invalid reminder settings and broken calendars, naming the culprit; the sink
 * wiring.
 */
class ReminderConfigurationValidationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(
              ReminderConfiguration.class, WorkingDayCalendar.class, ReminderTimes.class)
          // the loaded years' store: not read while the configuration is validated
          .withBean(
              CalendarStore.class,
              () ->
                  new CalendarStore(
                      org.springframework.jdbc.core.simple.JdbcClient.create(
                          new org.springframework.jdbc.datasource.SimpleDriverDataSource())));

  @Test
  void defaultsStart() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(ReminderProperties.class).getEscalationWorkingDays())
              .containsExactly(7, 14);
        });
  }

  @Test
  void negativeBeforeDueOffsetFailsNamingTheProperty() {
    runner
        .withPropertyValues("rectify.reminder.before-due-working-days=-1")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("rectify.reminder")
                    .hasMessageContaining("beforeDueWorkingDays"));
  }

  @Test
  void aMeasureLadderThatDoesNotCountDownFailsNamingTheProperty() {
    runner
        .withPropertyValues("rectify.reminder.measure-ladder-working-days=1,7,14")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("rectify.reminder.measure-ladder-working-days 必须严格递减"));
  }

  @Test
  void theMeasureLadderDefaultsToFourteenSevenAndOneWorkingDays() {
    runner.run(
        context ->
            assertThat(context.getBean(ReminderProperties.class).getMeasureLadderWorkingDays())
                .containsExactly(14, 7, 1));
  }

  @Test
  void decreasingEscalationOffsetsFailNamingTheProperty() {
    runner
        .withPropertyValues("rectify.reminder.escalation-working-days=14,7")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("rectify.reminder.escalation-working-days 必须严格递增"));
  }

  @Test
  void unparsableSendTimeFailsNamingTheProperty() {
    runner
        .withPropertyValues("rectify.reminder.send-time=nine")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("rectify.reminder.send-time"));
  }

  @Test
  void malformedCalendarFileFailsStartUpNamingTheLine() {
    runner
        .withPropertyValues(
            "rectify.calendar.locations=classpath*:reminder/calendar-broken/cn-*.txt")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("cn-2026.txt 第 5 行"));
  }

  @Test
  void aPoolTooSmallForTheJobThreadsStopsStartUpNamingBothSettings() {
    assertThatThrownBy(() -> ConnectionPoolCheck.check(16, 8))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maximum-pool-size（RECTIFY_DB_POOL_SIZE）= 16")
        .hasMessageContaining("8 个线程（camunda.bpm.job-execution.max-pool-size）")
        .hasMessageContaining("请至少设为 20");
    assertThatCode(() -> ConnectionPoolCheck.check(20, 8)).doesNotThrowAnyException();
  }

  @Test
  void embeddedSinkReceivesMailWhileNoSmtpHostIsSet() throws IOException {
    int port = freePort();
    new ApplicationContextRunner()
        .withUserConfiguration(ReminderConfiguration.class, MailSinkConfiguration.class)
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withPropertyValues("rectify.mail.sink.enabled=true", "rectify.mail.sink.port=" + port)
        .run(
            context -> {
              JavaMailSenderImpl sender =
                  (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
              assertThat(sender.getHost()).isEqualTo("127.0.0.1");
              assertThat(sender.getPort()).isEqualTo(port);
              var message = sender.createMimeMessage();
              message.setFrom("noreply@rectify.local");
              message.setRecipients(
                  jakarta.mail.Message.RecipientType.TO, "greening1@rectify.local");
              message.setSubject("测试", "UTF-8");
              message.setText("内容", "UTF-8");
              sender.send(message);
              assertThat(context.getBean(GreenMail.class).getReceivedMessages()).hasSize(1);
            });
  }

  @Test
  void realSmtpHostReplacesTheSinkSender() throws IOException {
    new ApplicationContextRunner()
        .withUserConfiguration(ReminderConfiguration.class, MailSinkConfiguration.class)
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withPropertyValues(
            "rectify.mail.sink.enabled=true",
            "rectify.mail.sink.port=" + freePort(),
            "spring.mail.host=smtp.example.org")
        .run(
            context ->
                assertThat(((JavaMailSenderImpl) context.getBean(JavaMailSender.class)).getHost())
                    .isEqualTo("smtp.example.org"));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
