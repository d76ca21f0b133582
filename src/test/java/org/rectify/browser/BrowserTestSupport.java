package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port (profile {@code test}, demo organisation) with one
 * headless Chromium per test class, a test-only process ({@code src/test/resources/browser/}: a
 * user task for {@code greening} with a Camunda Form) deployed once per Spring context, and a
 * screenshot of the page whenever a test fails.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BrowserTestSupport {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String ADMIN = "/camunda/app/admin/default/";
  static final String WELCOME = "/camunda/app/welcome/default/";
  static final String PROCESS_KEY = "browser-check";
  static final String PROCESS_NAME = "浏览器测试：科室核实整改";
  static final String TASK_NAME = "核实整改情况";
  static final By HEADER_BRAND = By.cssSelector("[cam-widget-header] .brand-name");

  @LocalServerPort int port;

  @Autowired private RepositoryService repositoryService;

  @Autowired RuntimeService runtimeService;

  BrowserSession browser;

  @RegisterExtension
  final TestWatcher screenshotOnFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeAll
  void startBrowser() throws IOException {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count()
        == 0) {
      repositoryService
          .createDeployment()
          .name(PROCESS_KEY)
          .addClasspathResource("browser/browser-check.bpmn")
          .addClasspathResource("browser/browser-check.form")
          .deploy();
    }
    browser = BrowserSession.start("http://localhost:" + port);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void startWithoutSession() {
    browser.reset();
  }

  /** XPath of a form-js field's label that starts with {@code label}. */
  static String labelled(String label) {
    return "//label[starts-with(normalize-space(),'" + label + "')]";
  }

  /**
   * A form-js select: open it (a second click if the first only closed it), pick the option whose
   * label starts so.
   */
  void choose(String label, String option) {
    By display =
        By.xpath(labelled(label) + "/following::div[contains(@class,'fjs-select-display')][1]");
    By item =
        By.xpath(
            "//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(),'"
                + option
                + "')]");
    WebElement found = null;
    for (int attempt = 0; attempt < 4 && found == null; attempt++) {
      browser.waitForClickable(display).click();
      try {
        found =
            new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                .until(ignored -> browser.all(item).stream().findFirst().orElse(null));
      } catch (TimeoutException closedInstead) {
        found = null;
      }
    }
    assertThat(found).as("option %s of %s", option, label).isNotNull();
    // the list scrolls inside the form: select the option as form-js does, on mousedown
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}))", found);
    browser.waitForText(display, option);
  }

  /** Starts the test process for a measure, with the variables the Tasklist filters show. */
  ProcessInstance startCheck(String measure, String title) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY,
        measure,
        Map.of(
            "businessNumber", measure,
            "businessTitle", title,
            "departmentName", "园林绿化科",
            "dueDateText", "2026-12-03",
            "statusColourText", "绿色 正常"));
  }
}
