package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist as a department clerk meets it in a real (headless) Chromium: the Chinese login page,
 * the Chinese Tasklist with the four shared filters, a Camunda Form claimed, submitted empty,
 * filled and completed, and an expired session that ends on the Chinese login page.
 */
class TasklistBrowserTest extends BrowserTestSupport {

  private static final String OPINION = "已到现场核实，绿化带补植完成。";

  @Autowired private HistoryService historyService;

  @BeforeAll
  void startMeasureCheck() {
    startCheck("M99", "道路绿化带缺株补植");
  }

  @Test
  @Order(1)
  void loginPageIsChinese() {
    browser.open(TASKLIST);

    WebElement form = browser.waitFor(By.cssSelector("form[name=signinForm]"));
    browser.screenshot("01-login");

    assertThat(form.findElement(By.cssSelector("input[type=text]")).getAttribute("placeholder"))
        .isEqualTo("用户名");
    assertThat(form.findElement(By.cssSelector("input[type=password]")).getAttribute("placeholder"))
        .isEqualTo("密码");
    assertThat(form.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("登录");
    assertThat(browser.waitFor(By.cssSelector(".login-header .app-name")).getText())
        .isEqualTo("巡察整改 任务中心");
    assertThat(browser.driver().getTitle()).isEqualTo("Rectify 巡察整改 任务中心");
  }

  @Test
  @Order(2)
  void clerkSeesChineseTasklistWithTheFourFilters() {
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");

    browser.waitForText(By.cssSelector(".task-filters"), "本科室待办");
    assertThat(browser.waitFor(HEADER_BRAND).getText()).isEqualTo("Rectify 巡察整改 任务中心");
    assertThat(filterNames()).contains("我的待办", "本科室待办", "即将到期", "已超期");
    assertThat(browser.all(By.cssSelector(".ce-eol-banner")))
        .allSatisfy(
            banner -> assertThat(banner.isDisplayed()).as("migrate to Camunda 8 banner").isFalse());

    openFilter("本科室待办");
    browser.waitForText(By.cssSelector(".tasks-list"), TASK_NAME);
    browser.hover(By.cssSelector(".tasks-list"));
    browser.screenshot("02-tasklist-department-filter");
    assertThat(browser.waitFor(By.cssSelector(".tasks-list")).getText())
        .contains(TASK_NAME, PROCESS_NAME, "创建时间");
  }

  @Test
  @Order(3)
  void clerkClaimsFillsAndCompletesTheCamundaForm() {
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");
    openFilter("本科室待办");
    browser
        .waitForClickable(
            By.xpath("//li[contains(@class,'task')]//h4/a[normalize-space()='" + TASK_NAME + "']"))
        .click();

    browser.waitFor(By.cssSelector(".fjs-form"));
    browser.waitForText(By.cssSelector(".fjs-form"), "核实意见");
    browser.waitForClickable(By.cssSelector("button.claim")).click();
    browser.waitFor(By.cssSelector("button.unclaim"));

    WebElement complete = browser.waitForClickable(By.xpath("//button[normalize-space()='完成']"));
    complete.click();
    browser.waitForText(By.cssSelector(".fjs-form"), "此项为必填项。");
    browser.screenshot("03-form-required-field");
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .finished()
                .count())
        .as("nothing completed while a required field is empty")
        .isZero();

    browser.waitFor(By.cssSelector(".fjs-form textarea")).sendKeys(OPINION);
    browser.waitUntil(
        () -> !browser.waitFor(By.cssSelector(".fjs-form")).getText().contains("此项为必填项。"));
    WebElement confirmed =
        browser.waitForClickable(By.cssSelector(".fjs-form input[type=checkbox]"));
    confirmed.click();
    browser.waitUntil(confirmed::isSelected);
    browser.screenshot("04-form-filled");
    browser.waitForClickable(By.xpath("//button[normalize-space()='完成']")).click();
    HistoricTaskInstance task =
        browser.waitUntil(
            () ->
                historyService
                    .createHistoricTaskInstanceQuery()
                    .processDefinitionKey(PROCESS_KEY)
                    .finished()
                    .singleResult());
    browser.waitForText(By.cssSelector(".task-filters"), "我的待办");
    browser.screenshot("05-task-completed");

    assertThat(task.getAssignee()).isEqualTo("greening1");
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .variableName("checkOpinion")
                .singleResult()
                .getValue())
        .isEqualTo(OPINION);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .variableName("confirmed")
                .singleResult()
                .getValue())
        .isEqualTo(true);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getEndTime())
        .as("process ended after the form was completed")
        .isNotNull();
  }

  @Test
  @Order(4)
  void expiredSessionReturnsToTheChineseLoginPage() {
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");
    browser.waitForText(By.cssSelector(".task-filters"), "已超期");

    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser
        .driver()
        .manage()
        .addCookie(new Cookie("JSESSIONID", "EXPIRED0000000000000000000000000", "/camunda"));
    openFilter("已超期");

    WebElement form = browser.waitFor(By.cssSelector("form[name=signinForm]"));
    browser.screenshot("06-session-expired-login");
    assertThat(form.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("登录");
  }

  private List<String> filterNames() {
    return browser.all(By.cssSelector(".task-filter .name a")).stream()
        .map(WebElement::getText)
        .map(text -> text.replaceAll("\\s*\\d+$", "").strip())
        .toList();
  }

  private void openFilter(String name) {
    browser
        .waitForClickable(
            By.xpath(
                "//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(),'"
                    + name
                    + "')]"))
        .click();
  }
}
