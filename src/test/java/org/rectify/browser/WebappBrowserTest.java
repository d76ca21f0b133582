package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Camunda webapps as a clerk and a leader meet them, in a real (headless) Chromium: Chinese login page, the
 * Chinese Tasklist with the four shared filters, a Camunda Form claimed, validated, filled and completed, an expired
 * session, and Cockpit in Chinese. Runs against the whole application on a random port with the demo organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebappBrowserTest {

  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String COCKPIT = "/camunda/app/cockpit/default/";
  private static final String ADMIN = "/camunda/app/admin/default/";
  private static final String WELCOME = "/camunda/app/welcome/default/";
  private static final String PROCESS_KEY = "browser-check";
  private static final String PROCESS_NAME = "浏览器测试：科室核实整改";
  private static final String TASK_NAME = "核实整改情况";
  private static final String OPINION = "已到现场核实，绿化带补植完成。";

  @LocalServerPort
  private int port;

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private HistoryService historyService;

  private BrowserSession browser;

  @BeforeAll
  void startBrowserAndProcess() throws IOException {
    repositoryService.createDeployment().name("browser-check")
        .addClasspathResource("browser/browser-check.bpmn")
        .addClasspathResource("browser/browser-check.form")
        .deploy();
    start("M98", "公园绿地管护不到位");
    start("M99", "道路绿化带缺株补植");
    browser = BrowserSession.start("http://localhost:" + port);
  }

  /** One instance for the clerk to complete, one that stays running for Cockpit. */
  private void start(String measure, String title) {
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, measure, Map.of(
        "businessNumber", measure,
        "businessTitle", title,
        "departmentName", "园林绿化科",
        "dueDateText", "2026-12-03",
        "statusColourText", "绿色 正常"));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @RegisterExtension
  final TestWatcher screenshotOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  @BeforeEach
  void startWithoutSession() {
    browser.open(TASKLIST);
    browser.reset();
  }

  @Test
  @Order(1)
  void loginPageIsChinese() {
    browser.open(TASKLIST);

    WebElement form = browser.waitFor(By.cssSelector("form[name=signinForm]"));
    browser.screenshot("01-login");

    assertThat(form.findElement(By.cssSelector("input[type=text]")).getAttribute("placeholder")).isEqualTo("用户名");
    assertThat(form.findElement(By.cssSelector("input[type=password]")).getAttribute("placeholder"))
        .isEqualTo("密码");
    assertThat(form.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("登录");
    assertThat(browser.waitFor(By.cssSelector(".login-header .app-name")).getText()).isEqualTo("巡察整改 任务中心");
    assertThat(browser.driver().getTitle()).isEqualTo("Rectify 巡察整改 任务中心");
  }

  @Test
  @Order(2)
  void clerkSeesChineseTasklistWithTheFourFilters() {
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");

    browser.waitForText(By.cssSelector(".task-filters"), "本科室待办");
    assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
        .isEqualTo("Rectify 巡察整改 任务中心");
    assertThat(filterNames()).contains("我的待办", "本科室待办", "即将到期", "已超期");
    assertThat(browser.all(By.cssSelector(".ce-eol-banner"))).allSatisfy(banner ->
        assertThat(banner.isDisplayed()).as("migrate to Camunda 8 banner").isFalse());

    openFilter("本科室待办");
    browser.waitForText(By.cssSelector(".tasks-list"), TASK_NAME);
    browser.hover(By.cssSelector(".tasks-list"));
    browser.screenshot("02-tasklist-department-filter");
    assertThat(browser.waitFor(By.cssSelector(".tasks-list")).getText()).contains(TASK_NAME, PROCESS_NAME, "创建时间");
  }

  @Test
  @Order(3)
  void clerkClaimsFillsAndCompletesTheCamundaForm() {
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");
    openFilter("本科室待办");
    browser.waitForClickable(By.xpath("//li[contains(@class,'task')]//h4/a[normalize-space()='" + TASK_NAME + "']"))
        .click();

    browser.waitFor(By.cssSelector(".fjs-form"));
    browser.waitForText(By.cssSelector(".fjs-form"), "核实意见");
    browser.waitForClickable(By.cssSelector("button.claim")).click();
    browser.waitFor(By.cssSelector("button.unclaim"));

    WebElement complete = browser.waitForClickable(By.xpath("//button[normalize-space()='完成']"));
    complete.click();
    browser.waitForText(By.cssSelector(".fjs-form"), "此项为必填项。");
    browser.screenshot("03-form-required-field");
    assertThat(historyService.createHistoricTaskInstanceQuery().processDefinitionKey(PROCESS_KEY).finished()
        .count()).as("nothing completed while a required field is empty").isZero();

    browser.waitFor(By.cssSelector(".fjs-form textarea")).sendKeys(OPINION);
    browser.waitUntil(() -> !browser.waitFor(By.cssSelector(".fjs-form")).getText().contains("此项为必填项。"));
    WebElement confirmed = browser.waitForClickable(By.cssSelector(".fjs-form input[type=checkbox]"));
    confirmed.click();
    browser.waitUntil(confirmed::isSelected);
    browser.screenshot("04-form-filled");
    browser.waitForClickable(By.xpath("//button[normalize-space()='完成']")).click();
    HistoricTaskInstance task = browser.waitUntil(() -> historyService.createHistoricTaskInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).finished().singleResult());
    browser.waitForText(By.cssSelector(".task-filters"), "我的待办");
    browser.screenshot("05-task-completed");

    assertThat(task.getAssignee()).isEqualTo("greening1");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName("checkOpinion").singleResult().getValue()).isEqualTo(OPINION);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName("confirmed").singleResult().getValue()).isEqualTo(true);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getEndTime()).as("process ended after the form was completed").isNotNull();
  }

  @Test
  @Order(4)
  void expiredSessionReturnsToTheChineseLoginPage() {
    browser.open(TASKLIST);
    browser.logIn("greening1", "demo");
    browser.waitForText(By.cssSelector(".task-filters"), "已超期");

    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser.driver().manage().addCookie(new Cookie("JSESSIONID", "EXPIRED0000000000000000000000000", "/camunda"));
    openFilter("已超期");

    WebElement form = browser.waitFor(By.cssSelector("form[name=signinForm]"));
    browser.screenshot("06-session-expired-login");
    assertThat(form.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("登录");
  }

  @Test
  @Order(5)
  void leaderSeesCockpitInChinese() {
    browser.open(COCKPIT);
    browser.logIn("leaders1", "demo");

    browser.waitForText(By.cssSelector("body"), "运行中的流程实例");
    assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
        .isEqualTo("Rectify 巡察整改 流程监控");
    browser.screenshot("07-cockpit-dashboard");

    browser.open(COCKPIT + "#/processes");
    browser.waitForText(By.cssSelector("body"), PROCESS_NAME);
    browser.screenshot("08-cockpit-processes");
    assertThat(browser.driver().getTitle()).startsWith("Rectify 巡察整改 流程监控");

    ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .singleResult();
    browser.open(COCKPIT + "#/process-instance/" + running.getId() + "/runtime");
    browser.waitForText(By.cssSelector(".djs-container"), TASK_NAME);
    browser.waitForText(By.cssSelector("body"), running.getBusinessKey());
    browser.waitForText(By.cssSelector("thead .actions"), "操作");
    browser.screenshot("09-cockpit-process-instance");
    assertThat(browser.waitFor(By.cssSelector(".ctn-sidebar, body")).getText()).contains("业务编号", "定义名称");
  }

  @Test
  @Order(6)
  void welcomePageAndAdminAreChinese() {
    browser.open(WELCOME);
    browser.logIn("leaders1", "demo");
    browser.waitForText(By.cssSelector("body"), "应用");
    assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
        .isEqualTo("Rectify 巡察整改 首页");
    browser.screenshot("10-welcome");

    browser.reset();
    browser.open(ADMIN);
    browser.logIn("admin", "admin");
    browser.waitForText(By.cssSelector("body"), "用户列表");
    assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .brand-name")).getText())
        .isEqualTo("Rectify 巡察整改 系统管理");
    browser.screenshot("11-admin-users");
  }

  private java.util.List<String> filterNames() {
    return browser.all(By.cssSelector(".task-filter .name a")).stream()
        .map(WebElement::getText)
        .map(text -> text.replaceAll("\\s*\\d+$", "").strip())
        .toList();
  }

  private void openFilter(String name) {
    browser.waitForClickable(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(),'"
        + name + "')]")).click();
  }
}
