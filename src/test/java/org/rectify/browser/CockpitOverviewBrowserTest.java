package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectify.HttpTestClient;
import org.rectify.organization.OrganizationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Rectify's Cockpit views for managers (rectify/cockpit-overview.js): a leader logs into Cockpit,
 * opens 整改措施一览 from the header, filters by department and colour, follows a measure's link to its
 * process instance and reads the 业务记录 tab; then opens 合同一览 and finds a contract whose renewal
 * deadline passed without a decision flagged 红色 已过决策期限. The measure and the contract are registered
 * through the API in set-up (the seed's records may be in any state). Same Spring context as {@link
 * CockpitProgressPluginBrowserTest} (seed plan on).
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class CockpitOverviewBrowserTest extends BrowserTestSupport {

  private static final Logger LOG = LoggerFactory.getLogger(CockpitOverviewBrowserTest.class);
  private static final By ROWS = By.cssSelector(".rectify-overview-table tbody tr");
  private static final By STATUS = By.cssSelector(".rectify-overview-status");

  @Autowired private JdbcTemplate jdbc;
  @Autowired private OrganizationDirectory organization;

  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
  private String measureCode;
  private String measureTitle;
  private String contractNumber;

  @BeforeAll
  void registerAMeasureDueTodayAndALateContract() throws Exception {
    HttpTestClient http = new HttpTestClient(port);
    ObjectMapper json = new ObjectMapper();
    long plan = jdbc.queryForObject("select min(id) from rect_plan", Long.class);
    measureTitle = "一览测试：园林养护巡查整改" + run;
    HttpResponse<String> measure =
        http.post(
            "/api/measures",
            """
            {"plan": %d, "problem": 1, "title": "%s", "department": "greening", "phase": 2,
             "dueDate": "%s"}"""
                .formatted(plan, measureTitle, LocalDate.now()),
            "rectOffice1",
            "demo");
    assertThat(measure.statusCode()).as(measure.body()).isEqualTo(201);
    measureCode = json.readTree(measure.body()).get("code").asText();
    contractNumber = "HT-OV-" + run;
    LocalDate today = LocalDate.now();
    HttpResponse<String> contract =
        http.post(
            "/api/contracts",
            """
            {"number": "%s", "title": "公园绿地养护服务%s", "contractor": "深圳市绿景园林养护有限公司",
             "contractorCreditCode": "91440310MA5G00137P", "department": "greening", "category": "greening",
             "amount": 360000, "startsOn": "%s", "endsOn": "%s", "tenderRequired": false,
         "signed": true, "legalOpinionRef": "法意〔2024〕88号", "signedOn": "2024-06-28"}"""
                .formatted(contractNumber, run, today.minusDays(340), today.plusDays(20)),
            "office1",
            "demo");
    assertThat(contract.statusCode()).as(contract.body()).isEqualTo(201);
    // the webapps' own API starts on its first request; start it here, not under the browser's wait
    long started = System.nanoTime();
    HttpResponse<String> webapp = http.get("/camunda/api/engine/engine/", null, null);
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(200);
    LOG.info(
        "Webapp API answered its first request in {} ms",
        (System.nanoTime() - started) / 1_000_000);
  }

  @Test
  @Order(1)
  void leaderFiltersTheMeasuresAndFollowsOneToItsInstance() {
    openCockpitAsLeader();
    browser
        .waitForClickable(By.cssSelector("[cam-widget-header] a[href='#/rectify-measures']"))
        .click();
    browser.waitForText(By.cssSelector(".rectify-overview h1"), "整改措施一览");
    browser.waitForText(STATUS, "共 ");
    assertThat(browser.all(ROWS).size()).isGreaterThan(37);

    filter("department", "园林绿化科");
    filter("colour", "黄色 临近");
    By ours = By.cssSelector(".rectify-overview-table tr[data-code='" + measureCode + "']");
    WebElement row = browser.waitFor(ours);
    String head = organization.displayNameOf(organization.headOf("greening"));
    assertThat(row.getText()).contains(measureTitle, "园林绿化科", "认领整改措施", head, "黄色 临近", "尚无进展报告");
    assertThat(browser.all(ROWS))
        .allSatisfy(
            r -> {
              assertThat(r.getAttribute("data-colour")).isEqualTo("YELLOW");
              assertThat(r.getText()).contains("园林绿化科");
            });
    browser.screenshot("overview-01-cockpit-measures");

    row.findElement(By.cssSelector("a.rectify-instance-link")).click();
    browser
        .waitForClickable(
            By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='业务记录']"))
        .click();
    By record = By.cssSelector(".rectify-record-table");
    browser.waitForText(record, measureTitle);
    String text = browser.waitFor(By.cssSelector(".rectify-record")).getText();
    assertThat(text)
        .contains(
            "整改措施 " + measureCode,
            "责任科室",
            "园林绿化科",
            "当前环节",
            "认领整改措施",
            "办理人",
            "完成时限",
            LocalDate.now().toString(),
            "黄色 临近",
            "最新进展");
    browser.screenshot("overview-02-cockpit-instance-record");
  }

  @Test
  @Order(2)
  void leaderSeesAPassedRenewalDeadlineFlaggedInTheContracts() {
    openCockpitAsLeader();
    browser
        .waitForClickable(By.cssSelector("[cam-widget-header] a[href='#/rectify-contracts']"))
        .click();
    browser.waitForText(By.cssSelector(".rectify-overview h1"), "合同一览");
    filter("colour", "红色（超期、已过决策期限）");
    WebElement row =
        browser.waitFor(
            By.cssSelector(".rectify-overview-table tr[data-number='" + contractNumber + "']"));
    assertThat(row.getText())
        .contains("公园绿地养护服务" + run, "深圳市绿景园林养护有限公司", "园林绿化科", "已过决策期限", "红色 已过决策期限");
    assertThat(row.findElement(By.cssSelector(".rectify-colour")).getAttribute("class"))
        .contains("rectify-colour-RED");
    List<WebElement> rows = browser.all(ROWS);
    assertThat(rows).allSatisfy(r -> assertThat(r.getAttribute("data-colour")).isEqualTo("RED"));
    browser.screenshot("overview-03-cockpit-contracts");
  }

  /**
   * Cockpit's first load in a fresh browser compiles several megabytes of script; on the shared
   * build machine (load 30 on two cores) it took longer than the session's 45 s, so the first page
   * gets more time. Later waits keep the session's timeout.
   */
  private void openCockpitAsLeader() {
    browser.open(COCKPIT);
    new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    browser.logIn("leaders1", "demo");
  }

  /** Picks an option of a filter once the options have loaded; the table reloads on change. */
  private void filter(String name, String option) {
    By box = By.cssSelector(".rectify-overview-filters select[name='" + name + "']");
    browser.waitUntil(
        () ->
            browser.waitFor(box).findElements(By.tagName("option")).stream()
                .anyMatch(o -> o.getText().equals(option)));
    new Select(browser.waitFor(box)).selectByVisibleText(option);
    browser.waitUntil(() -> browser.waitFor(STATUS).getText().startsWith("共 "));
  }
}
