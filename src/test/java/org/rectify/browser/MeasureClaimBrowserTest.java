package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The seed's plan on the embedded default, used the way a department head uses it: the head of a
 * department with a measure waiting to be claimed finds it in 我的待办, reads its context in the
 * Chinese form, claims it with a named implementer in Tasklist, and the measure moves on to
 * implementation in the department's queue.
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class MeasureClaimBrowserTest extends BrowserTestSupport {

  private static final String CLAIM_TASK = "认领整改措施";
  private static final String IMPLEMENTER = "陈思远";

  @Autowired private HistoryService historyService;
  @Autowired private TaskService taskService;
  @Autowired private OrganizationDirectory organization;

  /** The measure the first step claimed, and its department, for the second. */
  private String claimedMeasure;

  private String claimingDepartment;

  @Test
  @Order(1)
  void departmentHeadClaimsAMeasureInTasklist() {
    Task waiting =
        taskService
            .createTaskQuery()
            .taskDefinitionKey("UserTask_ClaimMeasure")
            .orderByTaskId()
            .asc()
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    assertThat(waiting).as("the demo plan leaves measures waiting to be claimed").isNotNull();
    String head = waiting.getAssignee();
    String department = head.substring(0, head.length() - "Head".length());
    String departmentName = organization.nameOf(department);

    browser.open(TASKLIST);
    browser.logIn(head, "demo");
    browser.waitForText(By.cssSelector(".task-filters"), "我的待办");
    // the head may have several measures to claim (tests sharing the context add some): this one,
    // by its code in the list
    String code = (String) taskService.getVariable(waiting.getId(), "businessNumber");
    new TaskForm(browser, "12-measure-claim").openFromList("我的待办", CLAIM_TASK, code);

    browser.waitForText(By.cssSelector(".fjs-form"), "措施编号");
    browser.waitUntil(
        () ->
            browser.all(By.cssSelector(".fjs-form input")).stream()
                    .anyMatch(input -> departmentName.equals(input.getAttribute("value")))
                ? Boolean.TRUE
                : null);
    centred(By.xpath("//label[contains(normalize-space(),'认领，由本科室负责落实')]")).click();
    centred(By.xpath("//label[contains(normalize-space(),'主抓人')]/following::input[1]"))
        .sendKeys(IMPLEMENTER);
    browser.screenshot("12-measure-claim-form");
    centred(By.xpath("//button[normalize-space()='完成']")).click();

    HistoricTaskInstance claimed =
        browser.waitUntil(
            () ->
                historyService
                    .createHistoricTaskInstanceQuery()
                    // this very task: journeys sharing the context have claims of their own
                    .taskId(waiting.getId())
                    .taskAssignee(head)
                    .finished()
                    .list()
                    .stream()
                    .findFirst()
                    .orElse(null));
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(claimed.getProcessInstanceId())
                .variableName("implementer")
                .singleResult()
                .getValue())
        .isEqualTo(IMPLEMENTER);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(claimed.getProcessInstanceId())
                .taskDefinitionKey("UserTask_ReportProgress")
                .taskCandidateGroup(department)
                .count())
        .as("the department now implements the measure")
        .isEqualTo(1);
    claimedMeasure = claimed.getProcessInstanceId();
    claimingDepartment = department;
  }

  /**
   * The department's clerk opens 填报整改进展 of the measure just claimed — one of the three forms that
   * did not open in Tasklist (表单错误) — claims it, reports and continues; the report is kept.
   */
  @Test
  @Order(2)
  void theDepartmentsClerkReportsProgressInTheProgressForm() {
    assertThat(claimedMeasure).as("the claim of the first step").isNotNull();
    Task progress =
        taskService
            .createTaskQuery()
            .processInstanceId(claimedMeasure)
            .taskDefinitionKey("UserTask_ReportProgress")
            .singleResult();
    String clerk = claimingDepartment + "1";

    browser.open(TASKLIST);
    browser.logIn(clerk, "demo");
    browser.open(TASKLIST + "#/?task=" + progress.getId());
    browser.waitForText(By.cssSelector(".fjs-form"), "本期整改进展");
    assertThat(browser.waitFor(By.tagName("body")).getText()).doesNotContain("表单错误");
    browser.waitForClickable(By.cssSelector("button.claim")).click();
    browser.waitFor(By.cssSelector("button.unclaim"));
    // Tasklist prints "firstName lastName": the clerk reads his own name in Chinese order, no space
    String clerkName = organization.displayNameOf(clerk);
    assertThat(clerkName).matches("\\p{IsHan}{2,4}");
    browser.waitForText(By.cssSelector("li.assignee"), clerkName);
    centred(By.xpath("//label[contains(normalize-space(),'本期整改进展')]/following::textarea[1]"))
        .sendKeys("已完成辖区内重点路段排查，建立问题清单并逐项整改。");
    By carryOn = By.xpath("//label[contains(normalize-space(),'继续整改，下期再报')]//input");
    browser.waitUntil(
        () -> {
          WebElement radio = centred(carryOn);
          if (!radio.isSelected()) {
            radio.click();
          }
          return radio.isSelected() ? Boolean.TRUE : null;
        });
    browser.screenshot("13-measure-progress-form");
    centred(By.xpath("//button[normalize-space()='完成']")).click();

    HistoricTaskInstance reported =
        browser.waitUntil(
            () ->
                historyService
                    .createHistoricTaskInstanceQuery()
                    .taskId(progress.getId())
                    .finished()
                    .singleResult());
    assertThat(reported.getAssignee()).isEqualTo(clerk);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(claimedMeasure)
                .variableName("progressNarrative")
                .singleResult()
                .getValue())
        .isEqualTo("已完成辖区内重点路段排查，建立问题清单并逐项整改。");
  }

  /**
   * The form is longer than the window: bring the element to the middle before clicking, as a user
   * scrolls.
   */
  private WebElement centred(By locator) {
    WebElement element = browser.waitForClickable(locator);
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return browser.waitForClickable(locator);
  }
}
