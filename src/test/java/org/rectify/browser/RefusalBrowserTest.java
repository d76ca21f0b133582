package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Each kind of refusal as a clerk or leader meets it in Tasklist: the Chinese sentence alone in
 * Tasklist's error notification, at the step where he acted — no ENGINE code, no "Exception while
 * invoking TaskListener", no permission or resource names. A task listener refusing a claim (the
 * four-eyes rule on assignment), a task listener refusing a completed form (the same rule on
 * completion), the engine refusing a leader's claim of another department's task (whose claim
 * button is not shown: only the shortcut reaches the engine), and a form field's format check.
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class RefusalBrowserTest extends BrowserTestSupport {

  static final String FOUR_EYES = "四眼原则：复核人不得与审核人为同一人，请由办公室其他审核人复核";
  static final String NOT_YOURS = "您无权办理该任务：它属于其他科室或其他办理人";

  @Autowired private TaskService taskService;

  @Test
  @Order(1)
  void theFirstReviewerWhoClaimsTheReReviewReadsTheFourEyesRule() {
    Task reReview = reReview("YT-2026-901", "office1");

    browser.open(TASKLIST);
    browser.logIn("office1", "demo");
    browser.open(TASKLIST + "#/?task=" + reReview.getId());
    browser.waitForClickable(By.cssSelector("button.claim")).click();

    assertRefusal("认领任务时出错", FOUR_EYES, "40-refused-four-eyes-claim");
    assertThat(taskService.createTaskQuery().taskId(reReview.getId()).singleResult().getAssignee())
        .isNull();
  }

  @Test
  @Order(2)
  void theFirstReviewerWhoCompletesTheReReviewReadsTheFourEyesRule() {
    Task reReview = reReview("YT-2026-902", null);
    taskService.setAssignee(reReview.getId(), "office1");
    runtimeService.setVariable(reReview.getProcessInstanceId(), "firstReviewer", "office1");

    browser.open(TASKLIST);
    browser.logIn("office1", "demo");
    browser.open(TASKLIST + "#/?task=" + reReview.getId());
    browser.waitForText(By.cssSelector(".fjs-form"), "复核意见");
    centred(By.xpath("//button[normalize-space()='完成']")).click();

    assertRefusal("提交任务表单时出错", FOUR_EYES, "41-refused-four-eyes-complete");
    assertThat(taskService.createTaskQuery().taskId(reReview.getId()).count()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void aLeaderSeesNoClaimButtonOnAnotherDepartmentsTaskAndTheShortcutIsRefusedInChinese() {
    Task progress =
        taskService
            .createTaskQuery()
            .processDefinitionKey("measure-lifecycle")
            .taskDefinitionKey("UserTask_ReportProgress")
            .taskUnassigned()
            .orderByTaskId()
            .asc()
            .list()
            .get(0);

    browser.open(TASKLIST);
    browser.logIn("leaders1", "demo");
    browser.open(TASKLIST + "#/?task=" + progress.getId());
    browser.waitForText(By.cssSelector(".rectify-read-only"), "仅可查看");
    assertThat(browser.all(By.cssSelector("button.claim")))
        .as("the claim button the engine would refuse")
        .allMatch(button -> !button.isDisplayed());
    browser.screenshot("42-read-only-task-without-claim");
    // the claim shortcut (ctrl+alt+c) still reaches the engine
    new org.openqa.selenium.interactions.Actions(browser.driver())
        .keyDown(org.openqa.selenium.Keys.CONTROL)
        .keyDown(org.openqa.selenium.Keys.ALT)
        .sendKeys("c")
        .keyUp(org.openqa.selenium.Keys.ALT)
        .keyUp(org.openqa.selenium.Keys.CONTROL)
        .perform();

    assertRefusal("认领任务时出错", NOT_YOURS, "43-refused-claim-not-authorized");
    assertThat(taskService.createTaskQuery().taskId(progress.getId()).singleResult().getAssignee())
        .isNull();
  }

  /**
   * A field with a pattern (发现时间 of 登记发现问题) refuses a wrong entry in words with an example, never
   * with the regular expression form-js would print.
   */
  /** The clerk of the task's department keeps his claim button. */
  @Test
  @Order(4)
  void theDepartmentsClerkKeepsTheClaimButton() {
    Task progress =
        taskService
            .createTaskQuery()
            .processDefinitionKey("measure-lifecycle")
            .taskDefinitionKey("UserTask_ReportProgress")
            .taskUnassigned()
            .orderByTaskId()
            .asc()
            .list()
            .get(0);
    String department =
        (String) runtimeService.getVariable(progress.getProcessInstanceId(), "department");

    browser.open(TASKLIST);
    browser.logIn(department + "1", "demo");
    browser.open(TASKLIST + "#/?task=" + progress.getId());
    browser.waitForText(By.cssSelector(".fjs-form"), "本期整改进展");
    browser.waitFor(By.cssSelector("button.claim[data-rectify-decided='work']"));
    assertThat(browser.all(By.cssSelector(".rectify-read-only"))).isEmpty();
    assertThat(browser.waitFor(By.cssSelector("button.claim")).isDisplayed()).isTrue();
  }

  @Test
  @Order(5)
  void aTimeInTheWrongFormatIsRefusedWithAnExampleNotARegularExpression() {
    String instance =
        runtimeService
            .createProcessInstanceByKey("spot-check")
            .businessKey("AF-2026-901")
            .setVariables(Map.of("checkNumber", "AF-2026-901", "businessNumber", "AF-2026-901"))
            .startBeforeActivity("UserTask_RecordFinding")
            .execute()
            .getId();
    Task record = taskService.createTaskQuery().processInstanceId(instance).singleResult();

    browser.open(TASKLIST);
    browser.logIn("supervision1", "demo");
    browser.open(TASKLIST + "#/?task=" + record.getId());
    browser.waitForClickable(By.cssSelector("button.claim")).click();
    browser.waitFor(By.cssSelector("button.unclaim"));
    By time = By.xpath(labelled("发现时间") + "/following::input[1]");
    centred(time).sendKeys("8点45");
    centred(By.xpath(labelled("地点") + "/following::input[1]")).click();

    String expected = "请按“时:分”填写，例如 08:45。";
    By error =
        By.xpath(labelled("发现时间") + "/following::*[contains(@class,'fjs-form-field-error')][1]");
    browser.waitForText(error, expected);
    browser.screenshot("44-refused-time-pattern");
    assertThat(browser.waitFor(error).getText()).isEqualTo(expected);
    assertThat(browser.waitFor(By.cssSelector(".fjs-form")).getText())
        .doesNotContain("[0-5]")
        .doesNotContain("须符合")
        .doesNotContain("pattern");
  }

  /**
   * An agenda topic waiting for its re-review (办公室复核), reviewed first by {@code firstReviewer}
   * (none yet when null).
   */
  private Task reReview(String number, String firstReviewer) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("topicNumber", number);
    variables.put("businessNumber", number);
    variables.put("businessTitle", "执法车辆维修服务（复核）");
    variables.put("topicType", "PRICE_COMPARISON");
    variables.put("department", "enforcement");
    variables.put("departmentName", "执法科");
    variables.put("dueDate", Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
    variables.put("reviewComment", "三家报价齐全，同意。");
    variables.put("reReviewAgreed", Boolean.TRUE);
    if (firstReviewer != null) {
      variables.put("firstReviewer", firstReviewer);
    }
    String instance =
        runtimeService
            .createProcessInstanceByKey("agenda-prereview")
            .businessKey(number)
            .setVariables(variables)
            .startBeforeActivity("UserTask_ReReview")
            .execute()
            .getId();
    return taskService
        .createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey("UserTask_ReReview")
        .singleResult();
  }

  /**
   * Tasklist's error notification: its heading (Tasklist's own) and the refusal, exactly, and
   * nothing of the engine's English.
   */
  private void assertRefusal(String status, String message, String screenshot) {
    browser.waitForText(By.cssSelector(".notifications"), message);
    browser.screenshot(screenshot);
    WebElement alert =
        browser.waitFor(
            By.xpath(
                "//*[contains(@class,'notifications')]//*[contains(@class,'alert')]"
                    + "[.//*[contains(@class,'message')][normalize-space()='"
                    + message
                    + "']]"));
    assertThat(alert.findElement(By.cssSelector(".status")).getText()).isEqualTo(status);
    assertThat(alert.findElement(By.cssSelector(".message")).getText()).isEqualTo(message);
    assertThat(browser.waitFor(By.tagName("body")).getText())
        .doesNotContain("ENGINE-")
        .doesNotContain("Exception")
        .doesNotContain("TaskListener")
        .doesNotContain("permission");
  }

  private WebElement centred(By locator) {
    WebElement element = browser.waitForClickable(locator);
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return browser.waitForClickable(locator);
  }
}
