package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 已办 in Tasklist: a clerk who completed a task finds it under 已办 (Camunda's filters list open tasks
 * only); a clerk of another department does not see it there.
 */
class DoneTasksBrowserTest extends BrowserTestSupport {

  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;

  @Test
  @Order(1)
  void aCompletedTaskIsListedUnderDoneForItsHolderOnly() {
    startCheck("M90", "已办核对措施");
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("M90").singleResult();
    identityService.setAuthentication("greening1", List.of("greening"));
    try {
      taskService.claim(task.getId(), "greening1");
      taskService.complete(
          task.getId(), java.util.Map.of("confirmed", true, "checkOpinion", "已核实"));
    } finally {
      identityService.clearAuthentication();
    }

    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");
    browser.waitForClickable(By.cssSelector(".rectify-done-button")).click();
    browser.waitForText(By.cssSelector(".rectify-done-table"), TASK_NAME);
    browser.screenshot("16-tasklist-done");
    assertThat(browser.waitFor(By.cssSelector(".rectify-done-table")).getText())
        .contains(TASK_NAME, PROCESS_NAME);

    browser.reset();
    browser.open(TASKLIST);
    browser.logIn("sanitation1", "demo");
    browser.waitForClickable(By.cssSelector(".rectify-done-button")).click();
    browser.waitForText(By.cssSelector(".rectify-done-body"), "您还没有办结的任务");
  }
}
