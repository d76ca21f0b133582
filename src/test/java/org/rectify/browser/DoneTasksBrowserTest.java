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
 * 已办 and 我发起的 in Tasklist: a clerk who completed a task finds it under 已办, an instance he started
 * under 我发起的 (Camunda's filters list open tasks only); a clerk of another department sees neither.
 */
class DoneTasksBrowserTest extends BrowserTestSupport {

  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private org.camunda.bpm.engine.AuthorizationService authorizationService;
  @Autowired private org.camunda.bpm.engine.HistoryService historyService;

  /**
   * The browser tests share one application: the instances and the grant made here are removed, so
   * that the others count only their own.
   */
  @org.junit.jupiter.api.AfterAll
  void removeOwnInstances() {
    for (String key : List.of("M90", "M91")) {
      runtimeService
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(key)
          .list()
          .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "测试结束", true, true));
      historyService
          .createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(key)
          .list()
          .forEach(p -> historyService.deleteHistoricProcessInstance(p.getId()));
    }
    authorizationService
        .createAuthorizationQuery()
        .groupIdIn("greening")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION)
        .resourceId(PROCESS_KEY)
        .list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

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

  @Test
  @Order(2)
  void anInstanceAClerkStartedIsListedUnderStartedForHimOnly() {
    // departments start topics from 发起流程 (AgendaStartAccess); here the test process stands in
    var grant =
        authorizationService.createNewAuthorization(
            org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("greening");
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROCESS_KEY);
    grant.addPermission(
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizationService.saveAuthorization(grant);
    identityService.setAuthentication("greening1", List.of("greening"));
    try {
      runtimeService.startProcessInstanceByKey(
          PROCESS_KEY,
          "M91",
          java.util.Map.of(
              "businessNumber", "M91",
              "businessTitle", "我发起的核对",
              "departmentName", "园林绿化科",
              "dueDateText", "2026-12-20",
              "statusColourText", "绿色 正常"));
    } finally {
      identityService.clearAuthentication();
    }

    browser.reset();
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");
    browser.waitForClickable(By.cssSelector(".rectify-started-button")).click();
    browser.waitForText(By.cssSelector(".rectify-done-table"), "M91");
    browser.screenshot("17-tasklist-started");
    assertThat(browser.waitFor(By.cssSelector(".rectify-done-table")).getText())
        .contains(PROCESS_NAME, "M91", "办理中");

    browser.reset();
    browser.open(TASKLIST);
    browser.logIn("sanitation1", "demo");
    browser.waitForClickable(By.cssSelector(".rectify-started-button")).click();
    browser.waitForText(By.cssSelector(".rectify-done-body"), "您还没有发起过流程");
  }
}
