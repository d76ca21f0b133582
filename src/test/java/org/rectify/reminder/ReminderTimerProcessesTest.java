package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code status-colour-refresh} and {@code daily-digest}: the engine timers that replaced the
 * Spring schedulers. Each timer start event is one job row in the database, so one node of a
 * cluster runs each occurrence; firing it starts an instance whose asynchronous service task does
 * the work (retried, incident on failure).
 */
@Deployment(resources = {"processes/status-colour-refresh.bpmn", "processes/daily-digest.bpmn"})
class ReminderTimerProcessesTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-reminder-timers.cfg.xml").build();

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final AtomicInteger refreshes = new AtomicInteger();
  private final AtomicInteger digests = new AtomicInteger();
  private ManagementService managementService;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    managementService = extension.getProcessEngine().getManagementService();
    Mocks.register(
        "statusColourRefresh",
        (JavaDelegate)
            execution -> {
              refreshes.incrementAndGet();
              execution.setVariable(StatusColourRefreshProcess.CHANGED_COLOURS, 4);
            });
    Mocks.register(
        "dailyDigestSender",
        (JavaDelegate)
            execution -> {
              digests.incrementAndGet();
              execution.setVariable(DailyDigestProcess.DIGESTS_SENT, 2);
            });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void deploysOneTimerJobPerScheduleAtTheNextOccurrence() {
    assertThat(timer(StatusColourRefreshProcess.START).getDuedate()).isEqualTo(nextAt(0, 5));
    LocalDateTime digest =
        LocalDateTime.ofInstant(timer(DailyDigestProcess.START).getDuedate().toInstant(), ZONE);
    assertThat(digest.getMinute()).isZero();
    assertThat(digest.getHour()).isBetween(9, 17);
    assertThat(managementService.createJobQuery().timers().count()).isEqualTo(2);
  }

  @Test
  void refreshesStatusColoursOnceWhenTheDailyTimerFires() {
    managementService.executeJob(timer(StatusColourRefreshProcess.START).getId());
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt(StatusColourRefreshProcess.REFRESH_COLOURS);
    assertThat(refreshes).as("the work is a job of its own, not part of the timer").hasValue(0);

    execute(job());

    BpmnAwareTests.assertThat(instance)
        .hasPassed(
            StatusColourRefreshProcess.START,
            StatusColourRefreshProcess.REFRESH_COLOURS,
            StatusColourRefreshProcess.END)
        .isEnded();
    assertThat(refreshes).hasValue(1);
    assertThat(digests).hasValue(0);
    assertThat(timer(StatusColourRefreshProcess.START).getDuedate())
        .as("re-armed for the next day")
        .isEqualTo(nextAt(0, 5));
  }

  @Test
  void attemptsTheDailyDigestWhenTheHourlyTimerFires() {
    managementService.executeJob(timer(DailyDigestProcess.START).getId());
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt(DailyDigestProcess.SEND_DAILY_DIGEST);

    execute(job());

    BpmnAwareTests.assertThat(instance)
        .hasPassed(
            DailyDigestProcess.START, DailyDigestProcess.SEND_DAILY_DIGEST, DailyDigestProcess.END)
        .isEnded();
    assertThat(digests).hasValue(1);
    assertThat(refreshes).hasValue(0);
  }

  @Test
  void failingWorkStaysAJobWithRetriesInsteadOfBeingLost() {
    Mocks.register(
        "dailyDigestSender",
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("SMTP down");
            });
    managementService.executeJob(timer(DailyDigestProcess.START).getId());
    Job work =
        managementService
            .createJobQuery()
            .activityId(DailyDigestProcess.SEND_DAILY_DIGEST)
            .singleResult();
    try {
      managementService.executeJob(work.getId());
    } catch (IllegalStateException expected) {
      // the job executor would log it; the job keeps its remaining retries
    }
    Job failed = managementService.createJobQuery().jobId(work.getId()).singleResult();
    assertThat(failed.getRetries()).as("R3/PT10M: 2 retries left").isEqualTo(2);
    assertThat(failed.getExceptionMessage()).contains("SMTP down");
  }

  private Job timer(String activityId) {
    return managementService.createJobQuery().timers().activityId(activityId).singleResult();
  }

  private static Date nextAt(int hour, int minute) {
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    LocalDateTime next = now.toLocalDate().atTime(hour, minute);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Date.from(next.atZone(ZONE).toInstant());
  }
}
