package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The seed's plan on the embedded default, used the way a department head uses it: 园林绿化科's head finds a
 * measure to claim in 我的待办, reads its context in the Chinese form, claims it with a named implementer in
 * Tasklist, and the measure moves on to implementation.
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class MeasureClaimBrowserTest extends BrowserTestSupport {

  private static final String CLAIM_TASK = "认领整改措施";
  private static final String IMPLEMENTER = "胡绿茵";

  @Autowired private HistoryService historyService;
  @Autowired private TaskService taskService;

  @Test
  @Order(1)
  void departmentHeadClaimsAMeasureInTasklist() {
    long open = taskService.createTaskQuery().taskAssignee("greeningHead").taskDefinitionKey("UserTask_ClaimMeasure")
        .count();
    assertThat(open).as("the demo plan leaves 园林绿化科 measures waiting to be claimed").isPositive();

    browser.open(TASKLIST);
    browser.logIn("greeningHead", "demo");
    browser.waitForText(By.cssSelector(".task-filters"), "我的待办");
    browser.waitForClickable(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(),'我的待办')]"))
        .click();
    browser.waitForClickable(By.xpath("//li[contains(@class,'task')]//h4/a[normalize-space()='" + CLAIM_TASK + "']"))
        .click();

    browser.waitForText(By.cssSelector(".fjs-form"), "措施编号");
    browser.waitForText(By.cssSelector(".fjs-form"), "园林绿化科");
    browser.waitForClickable(By.xpath("//label[contains(normalize-space(),'认领，由本科室负责落实')]")).click();
    browser.waitForClickable(By.xpath("//label[contains(normalize-space(),'主抓人')]/following::input[1]"))
        .sendKeys(IMPLEMENTER);
    browser.screenshot("12-measure-claim-form");
    browser.waitForClickable(By.xpath("//button[normalize-space()='完成']")).click();

    HistoricTaskInstance claimed = browser.waitUntil(() -> historyService.createHistoricTaskInstanceQuery()
        .taskDefinitionKey("UserTask_ClaimMeasure").taskAssignee("greeningHead").finished().list().stream()
        .findFirst().orElse(null));
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(claimed.getProcessInstanceId()).variableName("implementer").singleResult().getValue())
        .isEqualTo(IMPLEMENTER);
    assertThat(taskService.createTaskQuery().processInstanceId(claimed.getProcessInstanceId())
        .taskDefinitionKey("UserTask_ReportProgress").taskCandidateGroup("greening").count())
        .as("the department now implements the measure").isEqualTo(1);
  }
}
