package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Stored XSS, checked in Chromium where people read what others wrote (issue 19). Markup that sets
 * {@code window.__xss} — an image whose {@code onerror} runs script, a script element, an SVG whose
 * {@code onload} opens an alert, a {@code javascript:} link and an AngularJS expression — is stored
 * as a measure's title, an evidence file's name, a task comment and an agenda topic's title, then
 * opened in Tasklist (task card, claim form, history, the agenda form), Cockpit (dashboard plugin,
 * the instance's variables), the dashboard, the evidence page, {@code /mail} and the urge mail
 * itself. On every page no script ran, no alert opened, nothing was built from the markup, and it
 * is shown as the text it is (escaped, not dropped).
 *
 * <p>Rectify refuses markup where a clerk writes text through its own API (the first test), so the
 * hostile text is planted the other ways it gets in: a task comment (the engine keeps it as
 * written), an administrator writing a process variable through the engine's REST API, and rows
 * stored before the plain-text guard existed (written with SQL here).
 */
@TestPropertySource(
    properties = {"rectify.demo.plan.enabled=true", "rectify.mail.sink.enabled=true"})
class StoredXssBrowserTest extends BrowserTestSupport {

  /** Every way markup has run script in a browser; each sets the flag the pages are checked for. */
  static final String HOSTILE =
      "整改<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>"
          + "<svg onload=\"window.__xss=3;alert('xss')\"></svg>"
          + "<a href=\"javascript:window.__xss=4\">佐证材料</a>"
          + "{{constructor.constructor('window.__xss=5')()}}";

  /** A file name the upload form could send: no double quotes, an allowed extension. */
  static final String HOSTILE_FILE_NAME = "<img src=x onerror=window.__xss=6>整改报告.pdf";

  /** What a page shows when the markup is text: the tags themselves. */
  static final List<String> SHOWN_AS_TEXT =
      List.of("<img src=x onerror=", "<script>window.__xss=2</script>", "{{constructor");

  private static final int MAIL_SINK_PORT = freePort();

  @LocalServerPort private int port;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private TaskService taskService;
  @Autowired private ManagementService managementService;
  @Autowired private GreenMail mailSink;

  private HttpTestClient http;
  private Task claim;
  private String measure;
  private String head;

  @DynamicPropertySource
  static void mailSinkOnAFreePort(DynamicPropertyRegistry registry) {
    registry.add("rectify.mail.sink.port", () -> MAIL_SINK_PORT);
  }

  @BeforeAll
  void plantHostileText() {
    http = new HttpTestClient(port);
    claim =
        taskService
            .createTaskQuery()
            .taskDefinitionKey("UserTask_ClaimMeasure")
            .orderByTaskId()
            .asc()
            .listPage(0, 1)
            .get(0);
    head = claim.getAssignee();
    measure =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(claim.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();

    // stored before the plain-text guard: the measure's title and one evidence file's name
    assertThat(jdbc.update("update rect_measure set title = ? where code = ?", HOSTILE, measure))
        .isEqualTo(1);
    jdbc.update(
        "insert into rect_measure_attachment (measure_code, file_name, content_type, size_bytes,"
            + " content, uploaded_by) values (?, ?, 'application/pdf', 4, ?, ?)",
        measure,
        HOSTILE_FILE_NAME,
        "%PDF".getBytes(StandardCharsets.US_ASCII),
        head);
    // an administrator writes the variable Tasklist, Cockpit and the mails show
    assertStatus(
        http.put(
            "/engine-rest/process-instance/"
                + claim.getProcessInstanceId()
                + "/variables/businessTitle",
            json("value", HOSTILE, "type", "String"),
            "admin",
            "admin"),
        204);
    // a comment on the task, as Tasklist's 添加评论 stores it (the engine keeps the text as written)
    taskService.createComment(claim.getId(), claim.getProcessInstanceId(), HOSTILE);
    // the office urges the task: the urge mail names the measure by its title
    assertStatus(
        http.post(
            "/api/tasks/" + claim.getId() + "/urge",
            json("message", "请本周内办结"),
            "rectOffice1",
            "demo"),
        201);
    for (Job job :
        managementService.createJobQuery().processDefinitionKey("reminder-urge").list()) {
      managementService.executeJob(job.getId());
    }
    assertThat(urgeMailIndex()).as("the urge mail reached the sink").isNotNegative();
  }

  @Test
  @Order(1)
  void theClerksOwnWaysRefuseMarkup() {
    HttpResponse<String> measureTitle =
        http.post(
            "/api/measures",
            "{\"problem\": 1, \"title\": "
                + quoted(HOSTILE)
                + ", \"department\": \"greening\", \"phase\": 1, \"dueDate\": \"2099-12-31\"}",
            "rectOffice1",
            "demo");
    assertThat(measureTitle.statusCode()).isEqualTo(400);
    assertThat(measureTitle.body()).contains("title", "不能包含 HTML 标记或脚本");

    HttpResponse<String> fileName = upload(measure, HOSTILE_FILE_NAME, head);
    assertThat(fileName.statusCode()).isEqualTo(400);
    assertThat(fileName.body()).contains("文件名不能包含 HTML 标记");

    HttpResponse<String> urgeNote =
        http.post(
            "/api/tasks/" + claim.getId() + "/urge", json("message", HOSTILE), "leaders1", "demo");
    assertThat(urgeNote.statusCode()).isEqualTo(400);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from rect_measure where title like '%<img%'", Integer.class))
        .as("only the row planted for this test")
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void tasklistShowsTheTitleOnTheCardAndInTheFormAsText() {
    browser.open(TASKLIST);
    browser.logIn(head, "demo");
    browser
        .waitForClickable(
            By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(),'我的待办')]"))
        .click();
    By card = By.xpath("//li[contains(@class,'task')][contains(normalize-space(),'<img src=x')]");
    browser.waitFor(card);
    assertShownAsText(card);

    browser.open(TASKLIST + "#/?task=" + claim.getId() + "&detailsTab=task-detail-form");
    browser.waitForText(By.cssSelector(".fjs-form"), "措施编号");
    String shownTitle =
        browser.waitUntil(
            () ->
                browser.all(By.cssSelector(".fjs-form textarea")).stream()
                    .map(area -> area.getAttribute("value"))
                    .filter(HOSTILE::equals)
                    .findFirst()
                    .orElse(null));
    assertThat(shownTitle).isEqualTo(HOSTILE);
    assertThat(browser.waitFor(By.tagName("body")).getText()).doesNotContain("表单错误");
    assertNoScriptRan();
    browser.screenshot("40-xss-tasklist-form");
  }

  @Test
  @Order(3)
  void tasklistShowsTheCommentAsText() {
    browser.open(TASKLIST);
    browser.logIn("rectOffice1", "demo");
    browser.open(TASKLIST + "#/?task=" + claim.getId() + "&detailsTab=history");
    By comment = By.xpath("//*[@nl2br][contains(normalize-space(),'<img src=x')]");
    browser.waitFor(comment);
    assertShownAsText(comment);
    browser.screenshot("41-xss-tasklist-history");
  }

  /**
   * Camunda Forms render a text view's {@code {{variable}}} as Markdown and HTML: the title was a
   * live (sanitized) image and link in the heading before it moved to a read-only field.
   */
  @Test
  @Order(4)
  void theAgendaFormShowsTheTopicTitleAsText() throws IOException {
    HttpResponse<String> registered =
        http.post(
            "/api/agenda-topics",
            "{\"title\": \"办公区改造工作请示\", \"type\": \"GENERAL_REQUEST\","
                + " \"department\": \"enforcement\", \"amount\": 50000, \"tripleOneMajor\": false}",
            "enforcement1",
            "demo");
    assertStatus(registered, 201);
    String number = new ObjectMapper().readTree(registered.body()).get("number").asText();
    String topic =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    assertStatus(
        http.put(
            "/engine-rest/process-instance/" + topic + "/variables/businessTitle",
            json("value", HOSTILE, "type", "String"),
            "admin",
            "admin"),
        204);
    Task approval = taskService.createTaskQuery().processInstanceId(topic).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("UserTask_HeadApproval");

    browser.open(TASKLIST + "#/?task=" + approval.getId());
    browser.logIn(approval.getAssignee(), "demo");
    browser.waitForText(By.cssSelector(".fjs-form"), number);
    assertThat(browser.waitFor(By.tagName("body")).getText()).doesNotContain("表单错误");
    String shownTitle =
        browser.waitUntil(
            () ->
                browser.all(By.cssSelector(".fjs-form input, .fjs-form textarea")).stream()
                    .map(field -> field.getAttribute("value"))
                    .filter(HOSTILE::equals)
                    .findFirst()
                    .orElse(null));
    assertThat(shownTitle).as("the topic's title, as written").isEqualTo(HOSTILE);
    assertNoScriptRan();
    browser.screenshot("42-xss-agenda-form");
  }

  @Test
  @Order(5)
  void cockpitShowsTheVariableAsText() {
    browser.open(COCKPIT);
    browser.logIn("leaders1", "demo");
    browser.waitForText(By.cssSelector(".rectify-progress"), "整改措施");
    assertNoScriptRan();

    browser.open(
        COCKPIT
            + "#/process-instance/"
            + claim.getProcessInstanceId()
            + "/runtime?tab=variables-tab");
    By variables = By.xpath("//tr[contains(normalize-space(),'businessTitle')]");
    browser.waitForText(variables, "<img src=x");
    assertShownAsText(variables);
    browser.screenshot("43-xss-cockpit-variables");
  }

  @Test
  @Order(6)
  void theDashboardAndTheEvidencePageShowTitleAndFileNameAsText() {
    browser.open(TASKLIST);
    browser.logIn("rectOffice1", "demo");

    browser.open("/reports/dashboard.html");
    By row = By.xpath("//tbody[@id='ledger']/tr[td[1][normalize-space()='" + measure + "']]");
    browser.waitFor(row);
    assertShownAsText(row);
    browser.screenshot("44-xss-dashboard");

    browser.open("/measures/evidence.html?code=" + measure);
    browser.waitForText(By.id("title"), "<img src=x");
    assertShownAsText(By.id("title"));
    browser.waitForText(By.id("files"), HOSTILE_FILE_NAME);
    assertNoScriptRan();
  }

  @Test
  @Order(7)
  void theMailPageAndTheMailShowTheTitleAsText() throws Exception {
    MimeMessage urge = mailSink.getReceivedMessages()[urgeMailIndex()];
    String html = part(urge, "text/html");
    assertThat(html)
        .contains("&lt;img src=x onerror=", "&lt;script&gt;window.__xss=2&lt;/script&gt;")
        .doesNotContain("<img src=x", "<script>", "<svg", "<a href=\"javascript:");
    assertThat(part(urge, "text/plain")).contains(HOSTILE);

    browser.open(TASKLIST);
    browser.logIn("rectOffice1", "demo");
    browser.open("/mail");
    browser.waitForText(By.tagName("table"), "催办");
    assertNoScriptRan();

    browser.open("/mail/" + urgeMailIndex());
    assertShownAsText(By.tagName("pre"));
    browser.driver().switchTo().frame(browser.waitFor(By.tagName("iframe")));
    try {
      browser.waitForText(By.tagName("body"), "<img src=x");
      assertShownAsText(By.tagName("body"));
    } finally {
      browser.driver().switchTo().defaultContent();
    }
    browser.screenshot("45-xss-mail");
  }

  private static void assertStatus(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
  }

  /** The region shows the markup as text, and nothing in the page ran it. */
  private void assertShownAsText(By region) {
    assertThat(browser.waitFor(region).getText()).contains(SHOWN_AS_TEXT);
    assertNoScriptRan();
  }

  /**
   * No alert is open and {@code window.__xss} stays unset, also after the failed image load had
   * time to fire its {@code onerror}; no {@code javascript:} link from the markup is in the page.
   */
  private void assertNoScriptRan() {
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(1))
          .until(ignored -> noAlert() && page.executeScript("return window.__xss") != null);
      fail(
          "script from stored markup ran: window.__xss = "
              + page.executeScript("return window.__xss"));
    } catch (TimeoutException expected) {
      assertThat(noAlert()).as("no alert opened").isTrue();
      assertThat(page.executeScript("return window.__xss")).as("window.__xss").isNull();
    }
    assertThat(
            page.executeScript(
                "return Array.from(document.querySelectorAll('a[href]'))"
                    + ".filter(a => a.getAttribute('href').includes('__xss')).length"))
        .as("links built from the markup")
        .isEqualTo(0L);
    assertThat(
            page.executeScript(
                "return document.querySelectorAll('img[src=\"x\"], svg[onload]').length"))
        .as("images and drawings built from the markup")
        .isEqualTo(0L);
  }

  private boolean noAlert() {
    try {
      String text = browser.driver().switchTo().alert().getText();
      fail("an alert opened: " + text);
      return false;
    } catch (NoAlertPresentException expected) {
      return true;
    }
  }

  /** Position of the urge mail in the sink, as {@code /mail/{index}} numbers them; -1 if none. */
  private int urgeMailIndex() {
    MimeMessage[] received = mailSink.getReceivedMessages();
    for (int i = 0; i < received.length; i++) {
      try {
        if (received[i].getSubject().startsWith("【催办】")) {
          return i;
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return -1;
  }

  private HttpResponse<String> upload(String code, String fileName, String user) {
    String boundary = "----rectify-xss";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--"
            + boundary
            + "--\r\n";
    return http.send(
        http.builder("/api/measures/" + code + "/attachments", user, "demo")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String part(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType)) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A JSON object of string pairs. */
  private static String json(String... pairs) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < pairs.length; i += 2) {
      json.append(i == 0 ? "" : ", ")
          .append(quoted(pairs[i]))
          .append(": ")
          .append(quoted(pairs[i + 1]));
    }
    return json.append('}').toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
