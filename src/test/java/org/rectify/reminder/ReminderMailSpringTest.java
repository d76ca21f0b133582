package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder mails end to end through the real wiring: once per person, Chinese HTML and text with a
 * working Tasklist link; SMTP down → retries → incident → retry delivers once; unreachable
 * recipients visible as incidents.
 */
class ReminderMailSpringTest extends ReminderSpringTestBase {

  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void reminderForTaskDueTomorrowArrivesOnceInChineseHtmlAndTextWithWorkingTasklistLink()
      throws Exception {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    String pi = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
    Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();

    execute(pi, "Timer_BeforeDue");
    execute(pi, "ServiceTask_RemindBeforeDue");
    runDueJobs(pi);

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(recipients(mails))
        .containsExactlyInAnyOrder("greening1@rectify.local", "greeningHead@rectify.local");
    MimeMessage mail = mails[0];
    assertThat(mail.getSubject()).isEqualTo("【即将到期】M07 落实整改措施：将于 2026-12-02 到期");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("text/plain", "text/html");
    String text = new SinkMailReader(mail).text();
    String html = new SinkMailReader(mail).html();
    String link = "/camunda/app/tasklist/default/#/?task=" + task.getId();
    assertThat(text)
        .contains(
            "同志：",
            "即将到期",
            "落实整改措施",
            "M07 占道经营整治不到位",
            "园林绿化科",
            "截止日期：2026-12-02",
            "黄色 临近",
            link,
            "督办路径",
            "整改办下发督办单");
    assertThat(html).contains("<strong>落实整改措施</strong>", "M07 占道经营整治不到位", link, "在任务列表中打开该任务");
    String url = text.lines().filter(line -> line.contains(link)).findFirst().orElseThrow().strip();
    assertThat(
            http.getForEntity(url.substring(0, url.indexOf('#')), String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(runtimeService.getVariable(pi, "statusColourText")).isEqualTo("黄色 临近");

    runDueJobs(pi);
    assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(2);
  }

  /**
   * The platform was down over the reminder date (or the task was created after it): when it runs
   * again both timers are due. The task is already overdue, so it gets the overdue mail only — no
   * 【即将到期】 mail whose body would say 已超期.
   */
  @Test
  void aTaskAlreadyOverdueWhenItsBeforeDueTimerFiresGetsTheOverdueMailOnly() throws Exception {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 3, 10, 0));
    String pi = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));

    execute(pi, "Timer_BeforeDue");
    execute(pi, "ServiceTask_RemindBeforeDue");
    assertThat(smtp.getReceivedMessages()).as("no 即将到期 mail for an overdue task").isEmpty();

    execute(pi, "Timer_Overdue");
    execute(pi, "ServiceTask_NotifyOverdue");
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(recipients(mails))
        .containsExactlyInAnyOrder(
            "greening1@rectify.local", "greeningHead@rectify.local", "leaders3@rectify.local");
    assertThat(mails).allSatisfy(mail -> assertThat(mail.getSubject()).startsWith("【已超期】"));
    assertThat(runtimeService.getVariable(pi, "statusColourText")).isEqualTo("红色 超期");
  }

  @Test
  void aChangeTheOfficeMakesToTheOrganisationReachesTheNextReminder() throws Exception {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 3, 10, 0));
    String first = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
    execute(first, "Timer_Overdue");
    execute(first, "ServiceTask_NotifyOverdue");
    assertThat(recipients(smtp.getReceivedMessages()))
        .containsExactlyInAnyOrder(
            "greening1@rectify.local", "greeningHead@rectify.local", "leaders3@rectify.local");

    org.camunda.bpm.engine.identity.User head =
        identityService.createUserQuery().userId("greeningHead").singleResult();
    String address = head.getEmail();
    head.setEmail("greening.head.new@rectify.local");
    identityService.saveUser(head);
    try {
      String second = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
      execute(second, "Timer_Overdue");
      execute(second, "ServiceTask_NotifyOverdue");
      assertThat(recipients(smtp.getReceivedMessages()))
          .as("no look-up outlives its reminder")
          .containsExactlyInAnyOrder(
              "greening1@rectify.local",
              "greeningHead@rectify.local",
              "leaders3@rectify.local",
              "greening1@rectify.local",
              "greening.head.new@rectify.local",
              "leaders3@rectify.local");
      assertThat(new SinkMailReader(smtp.getReceivedMessages()[5]).text()).contains("超期通知");
    } finally {
      head.setEmail(address);
      identityService.saveUser(head);
    }
  }

  @Test
  void aRetryAfterTheJobsTransactionWasLostDoesNotMailAgain() {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    String pi = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
    execute(pi, "Timer_BeforeDue");
    String jobId = job(pi, "ServiceTask_RemindBeforeDue").getId();

    // the mails go out and are recorded, then the job's own transaction is lost (node killed,
    // database restarted)
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              managementService.executeJob(jobId);
              status.setRollbackOnly();
            });
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(job(pi, "ServiceTask_RemindBeforeDue").getId())
        .as("the job is still there")
        .isEqualTo(jobId);

    managementService.executeJob(jobId);

    assertThat(smtp.getReceivedMessages()).as("the retry mails nobody again").hasSize(2);
    assertThat(job(pi, "ServiceTask_RemindBeforeDue")).isNull();
  }

  @Test
  void smtpDownRetriesIntoAnIncidentAndARetryAfterwardsDeliversOnce() throws Exception {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 3, 10, 0));
    String pi = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
    execute(pi, "Timer_Overdue");
    smtp.stop();

    Job mailJob = job(pi, "ServiceTask_NotifyOverdue");
    int attempts = 0;
    while (mailJob.getRetries() > 0) {
      String id = mailJob.getId();
      assertThatThrownBy(() -> managementService.executeJob(id))
          .hasStackTraceContaining("提醒邮件发送失败");
      attempts++;
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 6 * 60_000));
      mailJob = job(pi, "ServiceTask_NotifyOverdue");
    }
    assertThat(attempts).isGreaterThanOrEqualTo(5);
    Incident incident =
        runtimeService
            .createIncidentQuery()
            .processInstanceId(pi)
            .incidentType("failedJob")
            .singleResult();
    assertThat(incident.getIncidentMessage()).contains("提醒邮件发送失败");

    smtp.start();
    managementService.setJobRetries(mailJob.getId(), 1);
    managementService.executeJob(mailJob.getId());
    assertThat(recipients(smtp.getReceivedMessages()))
        .containsExactlyInAnyOrder(
            "greening1@rectify.local", "greeningHead@rectify.local", "leaders3@rectify.local");
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("【已超期】", "已超期 1 个工作日");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  void firstEscalationGoesToRectOfficeAndTheLeaderMarkingTheCurrentStep() throws Exception {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 11, 10, 0));
    String pi = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
    execute(pi, "Timer_EscalationRectOffice");
    execute(pi, "ServiceTask_EscalateToRectOffice");

    assertThat(recipients(smtp.getReceivedMessages()))
        .containsExactlyInAnyOrder(
            "rectOffice1@rectify.local", "rectOfficeHead@rectify.local", "leaders3@rectify.local");
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("【督办】M07 落实整改措施：已超期 7 个工作日");
    assertThat(new SinkMailReader(mail).text())
        .contains(
            "现予督办",
            "红色 超期",
            "2026-12-11 一级督办（超期 7 个工作日）：整改办下发督办单 ← 本次",
            "2026-12-22 二级督办（超期 14 个工作日）：报党组书记、局长");
    assertThat(runtimeService.getVariable(pi, "statusColourText")).isEqualTo("红色 超期");
  }

  @Test
  void aPersonAlreadyMailedIsSkippedOnRetryAndAFailedSendIsNotRecorded() {
    SentReminderLedger.Entry entry =
        new SentReminderLedger.Entry(
            "test/" + System.nanoTime(),
            "greening1",
            "greening1@rectify.local",
            ReminderType.OVERDUE,
            null,
            "task-x",
            "主题");
    AtomicInteger sends = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ledger.sendOnce(
                    entry,
                    () -> {
                      throw new IllegalStateException("SMTP down");
                    }))
        .hasMessage("SMTP down");
    assertThat(ledger.sendOnce(entry, sends::incrementAndGet)).isTrue();
    assertThat(ledger.sendOnce(entry, sends::incrementAndGet)).isFalse();
    assertThat(sends).hasValue(1);
  }

  @Test
  void twoNodesSendingTheSameReminderAtOnceMailThePersonOnce() throws Exception {
    SentReminderLedger.Entry entry =
        new SentReminderLedger.Entry(
            "test/" + System.nanoTime(),
            "greening1",
            "greening1@rectify.local",
            ReminderType.OVERDUE,
            null,
            "task-y",
            "主题");
    AtomicInteger sends = new AtomicInteger();
    java.util.concurrent.CountDownLatch firstIsSending = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService nodes =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first =
          nodes.submit(
              () ->
                  ledger.sendOnce(
                      entry,
                      () -> {
                        sends.incrementAndGet();
                        firstIsSending.countDown();
                        sleep(1_000);
                      }));
      firstIsSending.await();
      var second = nodes.submit(() -> ledger.sendOnce(entry, sends::incrementAndGet));
      assertThat(first.get()).isTrue();
      assertThat(second.get()).isFalse();
      assertThat(sends).hasValue(1);
    } finally {
      nodes.shutdownNow();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aUserWithoutEmailBecomesAnIncidentWhileTheOthersAreMailed() {
    createUser("greening9", null, "greening");
    try {
      ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
      String pi = start("greening", ReminderTimesTest.at(2026, 12, 2, 23, 59));
      execute(pi, "Timer_BeforeDue");
      execute(pi, "ServiceTask_RemindBeforeDue");

      assertThat(recipients(smtp.getReceivedMessages()))
          .containsExactlyInAnyOrder("greening1@rectify.local", "greeningHead@rectify.local");
      Incident incident =
          runtimeService
              .createIncidentQuery()
              .processInstanceId(pi)
              .incidentType(RecipientIncidents.INCIDENT_TYPE)
              .singleResult();
      assertThat(incident.getActivityId()).isEqualTo("UserTask_Rectify");
      assertThat(incident.getConfiguration()).isEqualTo("greening9");
      assertThat(incident.getIncidentMessage()).contains("没有设置电子邮箱");
    } finally {
      identityService.deleteUser("greening9");
    }
  }

  @Test
  void noRecipientAtAllFailsTheJobIntoAnIncident() {
    String pi = startUnmailableReminder("reminderTestTeam", "nomail1");
    try {
      Job mailJob = job(pi, "ServiceTask_RemindBeforeDue");
      while (mailJob.getRetries() > 0) {
        String id = mailJob.getId();
        assertThatThrownBy(() -> managementService.executeJob(id))
            .hasStackTraceContaining("没有可发送的收件人");
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 6 * 60_000));
        mailJob = job(pi, "ServiceTask_RemindBeforeDue");
      }
      assertThat(
              runtimeService
                  .createIncidentQuery()
                  .processInstanceId(pi)
                  .incidentType("failedJob")
                  .singleResult()
                  .getIncidentMessage())
          .contains("没有可发送的收件人", "nomail1");
      assertThat(smtp.getReceivedMessages()).isEmpty();
    } finally {
      removeUnmailableGroup("reminderTestTeam", "nomail1");
    }
  }
}
