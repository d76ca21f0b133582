package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Browser journeys: people's steps walked through Tasklist as the demo users each task is routed
 * to, on the seed's plan (one Spring context, shared with {@link MeasureClaimBrowserTest}). A step
 * logs in, opens the filter that user works from, opens the task by name and business number, fills
 * the Camunda Form by its labels and completes it; a form error or an English refusal fails the
 * step. The engine is only looked at (who holds what), except for jobs: those due after a step
 * (asynchronous service tasks) run as the job executor (off in tests) would run them, and timers
 * are moved with the engine clock and one job execution. Every step leaves {@code
 * target/journeys/<journey>/<nn>-<step>.png}; at the end a journey asserts it completed exactly the
 * user tasks {@code journeys/walked.txt} declares for it.
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
abstract class JourneyTestSupport extends BrowserTestSupport {

  static final String MY_TASKS = "我的待办";
  static final String DEPARTMENT_TASKS = "本科室待办";
  static final Path JOURNEYS = Path.of("target", "journeys");

  private static final Logger LOG = LoggerFactory.getLogger(JourneyTestSupport.class);

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  /** One walk through a process instance, its steps numbered from 01. */
  final class Journey {

    private final String name;
    private final String processInstanceId;
    private final Set<String> completed = new TreeSet<>();
    private final Map<String, String> followed = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private int steps;

    private Journey(String name, String processInstanceId, String businessNumber) {
      this.name = name;
      this.processInstanceId = processInstanceId;
      followed.put(processInstanceId, businessNumber);
      deleteScreenshots(JOURNEYS.resolve(name));
    }

    /**
     * {@code user} logs in, opens {@code filter}, opens the open task named {@code taskName} of
     * this journey's business number, claims it when it waits in the department's queue, lets
     * {@code fill} fill the form and completes it.
     */
    void step(String step, String user, String filter, String taskName, Consumer<TaskForm> fill) {
      // several open tasks of one name (parallel multi-instance): the step works on the one the
      // user opens from the list
      List<Task> open =
          taskService
              .createTaskQuery()
              .processInstanceIdIn(followed.keySet().toArray(String[]::new))
              .taskName(taskName)
              .list();
      assertThat(open).as("%s: open task %s", name, taskName).isNotEmpty();
      String screenshot = String.format("%02d-%s", ++steps, step);
      browser.reset();
      browser.open(TASKLIST);
      browser.logIn(user, "demo");
      TaskForm form = new TaskForm(browser, screenshot);
      String number = followed.get(open.get(0).getProcessInstanceId());
      form.openFromList(filter, taskName, number);
      String url = browser.driver().getCurrentUrl();
      Task task =
          open.stream().filter(t -> url.contains("task=" + t.getId())).findFirst().orElse(null);
      assertThat(task)
          .as("%s found the task of %s in %s: %s", user, number, filter, url)
          .isNotNull();
      form.awaitRendered();
      if (DEPARTMENT_TASKS.equals(filter)) {
        form.claim();
      }
      fill.accept(form);
      browser.screenshot(JOURNEYS.resolve(name).resolve(screenshot + ".png"));
      form.complete();
      HistoricTaskInstance done;
      try {
        done =
            browser.waitUntil(
                () -> {
                  form.assertNoRefusal();
                  return historyService
                      .createHistoricTaskInstanceQuery()
                      .taskId(task.getId())
                      .finished()
                      .singleResult();
                });
      } catch (TimeoutException stillOpen) {
        browser.screenshot(JOURNEYS.resolve(name).resolve(screenshot + "-still-open.png"));
        throw new AssertionError(
            String.format(
                "%s: %s clicked 完成 on %s but the task stayed open; the page reads: %s",
                name, user, taskName, browser.waitFor(By.tagName("body")).getText()),
            stillOpen);
      }
      assertThat(done.getAssignee()).as("%s completed by", taskName).isEqualTo(user);
      runDueJobs();
      completed.add(
          WalkedTasks.userTask(done.getProcessDefinitionKey(), done.getTaskDefinitionKey()));
      LOG.info("Journey {} step {}: {} completed {}", name, screenshot, user, taskName);
    }

    /**
     * Like {@link #step}, but the engine refuses the completion: {@code user} reads {@code message}
     * in Tasklist's notice, in Chinese without engine text, and the task stays open (held by {@code
     * user} once claimed). The screenshot shows the refusal.
     */
    void refused(
        String step,
        String user,
        String filter,
        String taskName,
        Consumer<TaskForm> fill,
        String message) {
      Task task = openTask(taskName);
      String screenshot = String.format("%02d-%s", ++steps, step);
      browser.reset();
      browser.open(TASKLIST);
      browser.logIn(user, "demo");
      TaskForm form = new TaskForm(browser, screenshot);
      String businessNumber = followed.get(task.getProcessInstanceId());
      form.openFromList(filter, taskName, businessNumber);
      assertThat(browser.driver().getCurrentUrl())
          .as("%s found the task of %s in %s", user, businessNumber, filter)
          .contains("task=" + task.getId());
      form.awaitRendered();
      if (DEPARTMENT_TASKS.equals(filter)) {
        form.claim();
      }
      fill.accept(form);
      form.complete();
      browser.waitForText(By.cssSelector(".notifications"), message);
      browser.screenshot(JOURNEYS.resolve(name).resolve(screenshot + ".png"));
      assertThat(browser.waitFor(By.tagName("body")).getText())
          .as("%s: the refusal %s reads", name, step)
          .doesNotContainPattern(TaskForm.ENGLISH_REFUSAL);
      assertThat(
              historyService
                  .createHistoricTaskInstanceQuery()
                  .taskId(task.getId())
                  .finished()
                  .count())
          .as("%s stays open after the refusal", taskName)
          .isZero();
      LOG.info(
          "Journey {} step {}: {} was refused {}: {}", name, screenshot, user, taskName, message);
    }

    /** The next step waits for {@code user} (each open task of that name, if several). */
    void assertHeldBy(String taskName, String user) {
      for (Task task : openTasks(taskName)) {
        assertThat(task.getAssignee()).as("%s is %s's", taskName, user).isEqualTo(user);
      }
    }

    /**
     * The next step waits unclaimed in {@code group}'s queue (each open task of that name, if
     * several).
     */
    void assertQueuedFor(String taskName, String group) {
      for (Task task : openTasks(taskName)) {
        assertThat(task.getAssignee()).as("%s unclaimed", taskName).isNull();
        assertThat(
                taskService
                    .createTaskQuery()
                    .taskId(task.getId())
                    .taskCandidateGroup(group)
                    .count())
            .as("%s waits in %s's queue", taskName, group)
            .isEqualTo(1);
      }
    }

    /**
     * Runs the jobs of the instance that are due now (asynchronous service tasks after a step), as
     * the job executor, which is off in tests, would.
     */
    void runDueJobs() {
      for (int round = 0; round < 20; round++) {
        List<Job> due =
            managementService
                .createJobQuery()
                .processInstanceIds(Set.copyOf(followed.keySet()))
                .executable()
                .list();
        if (due.isEmpty()) {
          return;
        }
        due.forEach(job -> managementService.executeJob(job.getId()));
      }
      fail("%s: jobs still due after 20 rounds", name);
    }

    /**
     * A timer of the process is due: the engine clock moves just past it and its job runs, as the
     * job executor would then.
     */
    void passTimer(String timerId) {
      // one query per instance: processInstanceIds(..) with activityId(..) makes invalid SQL in
      // 7.24
      Job timer =
          followed.keySet().stream()
              .map(
                  instance ->
                      managementService
                          .createJobQuery()
                          .processInstanceId(instance)
                          .activityId(timerId)
                          .timers()
                          .singleResult())
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      assertThat(timer).as("%s: timer %s waiting", name, timerId).isNotNull();
      ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
      try {
        managementService.executeJob(timer.getId());
      } finally {
        ClockUtil.reset();
      }
      LOG.info("Journey {}: timer {} passed (due {})", name, timerId, timer.getDuedate());
    }

    /**
     * Every user task this journey's instance (and each child instance it follows) completed was
     * completed by one of its steps, and they are exactly the lines {@code walked.txt} declares for
     * it. A child walked as a journey of its own (a contract's agenda topic) is not followed here.
     */
    void assertWalkedAsDeclared() {
      Set<String> inHistory = new TreeSet<>();
      followed.keySet().stream()
          .flatMap(
              instance ->
                  historyService
                      .createHistoricTaskInstanceQuery()
                      .processInstanceId(instance)
                      .finished()
                      .list()
                      .stream())
          .forEach(
              task ->
                  inHistory.add(
                      WalkedTasks.userTask(
                          task.getProcessDefinitionKey(), task.getTaskDefinitionKey())));
      assertThat(inHistory).as("user tasks completed in %s", name).isEqualTo(completed);
      assertThat(completed)
          .as("%s completes what %s declares for it", name, WalkedTasks.WALKED)
          .isEqualTo(WalkedTasks.declaredBy(name));
      LOG.info(
          "Journey {}: {} steps, {} user tasks, {} s",
          name,
          steps,
          completed.size(),
          Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /**
     * For an instance walked on the way of another journey (the agenda topic a contract waits for
     * at its call activity, the assessment that exits its contractor), whose process that journey
     * does not declare in {@code walked.txt}: every user task it completed was completed by one of
     * these browser steps — no human step skipped.
     */
    void assertEveryTaskWalkedInBrowser() {
      Set<String> inHistory = new TreeSet<>();
      historyService
          .createHistoricTaskInstanceQuery()
          .processInstanceId(processInstanceId)
          .finished()
          .list()
          .forEach(
              task ->
                  inHistory.add(
                      WalkedTasks.userTask(
                          task.getProcessDefinitionKey(), task.getTaskDefinitionKey())));
      assertThat(inHistory).as("user tasks completed in %s", name).isEqualTo(completed);
      assertThat(completed).as("%s walked", name).isNotEmpty();
    }

    /**
     * The steps that follow may also work on {@code childInstanceId}, an instance this journey's
     * instance started (a call activity), whose tasks Tasklist lists under {@code
     * childBusinessNumber}.
     */
    void follow(String childInstanceId, String childBusinessNumber) {
      assertThat(
              historyService
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(childInstanceId)
                  .rootProcessInstanceId(processInstanceId)
                  .count())
          .as("%s: %s was started by this journey's instance", name, childInstanceId)
          .isEqualTo(1);
      followed.put(childInstanceId, childBusinessNumber);
    }

    /** The open task of that name (the first, if several). */
    private Task openTask(String taskName) {
      return openTasks(taskName).get(0);
    }

    private List<Task> openTasks(String taskName) {
      List<Task> tasks =
          taskService
              .createTaskQuery()
              .processInstanceIdIn(followed.keySet().toArray(String[]::new))
              .taskName(taskName)
              .list();
      if (tasks.isEmpty()) {
        fail("%s: no open task %s after step %d", name, taskName, steps);
      }
      return tasks;
    }
  }

  /**
   * The first Tasklist page after the context started (cold JVM, a loaded machine) can stay on its
   * spinner: the journeys begin once a page shows its login; a page that does not is logged (what
   * it loaded) and opened again.
   */
  @BeforeAll
  void awaitTasklist() {
    for (int attempt = 1; ; attempt++) {
      browser.open(TASKLIST);
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("form[name=signinForm]")));
        browser.reset();
        return;
      } catch (org.openqa.selenium.TimeoutException stuck) {
        Object loaded =
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.readyState + ' ' + performance.getEntriesByType('resource')"
                        + ".map(e => e.name.replace(location.origin, '') + '='"
                        + " + Math.round(e.duration)).join(' ')");
        LOG.warn("Tasklist not shown after 60 s (attempt {}): {}", attempt, loaded);
        if (attempt == 3) {
          throw stuck;
        }
        browser.reset();
      }
    }
  }

  Journey journey(String name, String processInstanceId, String businessNumber) {
    return new Journey(name, processInstanceId, businessNumber);
  }

  private static void deleteScreenshots(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .filter(Files::isRegularFile)
          .forEach(JourneyTestSupport::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static By filterLink(String filter) {
    return By.xpath(
        "//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(),'"
            + filter
            + "')]");
  }
}
