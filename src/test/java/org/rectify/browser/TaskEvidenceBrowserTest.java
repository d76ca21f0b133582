package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.rectify.HttpTestClient;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The tab 佐证材料 of a measure's task in Tasklist, with the Tasklist login only: the department's
 * clerk uploads several files at once inside his task, sees them listed under his name and
 * department, previews an image and removes one of his uploads; a clerk of another department sees
 * none of it, neither in Tasklist nor through the API with his session.
 */
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class TaskEvidenceBrowserTest extends BrowserTestSupport {

  static final String CLERK = "greening1";
  static final String OUTSIDER = "sanitation1";
  static final By EVIDENCE_TAB =
      By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='佐证材料']");
  static final By HISTORY_TAB =
      By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='办理经过']");
  static final By FORM_TAB =
      By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='表单']");

  @Autowired TaskService taskService;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired OrganizationDirectory organization;

  String code;
  String progressTask;
  Path photo;
  Path report;
  Path minutes;

  @BeforeAll
  void measureInProgress() throws IOException {
    code = registerMeasure("道路绿化带枯死苗木清理补种，建立巡查台账");
    Task claim = openTask("UserTask_ClaimMeasure");
    as(
        claim.getAssignee(),
        () ->
            taskService.complete(
                claim.getId(),
                Map.of(
                    "claimDecision",
                    "CLAIM",
                    "implementer",
                    "胡绿茵",
                    "plannedActions",
                    "分段排查，限期补种")));
    progressTask = openTask("UserTask_ReportProgress").getId();
    // ASCII names: the test JVM may run without a UTF-8 file-name encoding
    Path folder = Files.createTempDirectory("evidence-");
    photo = folder.resolve("site-photo.png");
    BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(46, 125, 50));
    graphics.fillRect(0, 0, 240, 160);
    graphics.dispose();
    ImageIO.write(image, "png", photo.toFile());
    report = folder.resolve("acceptance-report.pdf");
    Files.writeString(report, minimalPdf(), StandardCharsets.ISO_8859_1);
    minutes = folder.resolve("wrong-minutes.pdf");
    Files.writeString(minutes, minimalPdf(), StandardCharsets.ISO_8859_1);
  }

  /** The measure's card in 本科室待办 shows its status colour and due date, not the priority number. */
  /**
   * The first Tasklist page of a fresh application loads its bundles cold; on a shared machine that
   * has taken longer than one wait. Load it once before the tests, as a user would wait.
   */
  @BeforeAll
  void loadTasklistOnce() {
    for (int attempt = 0; attempt < 3; attempt++) {
      browser.open(TASKLIST);
      try {
        browser.waitFor(By.cssSelector("form[name=signinForm]"));
        return;
      } catch (org.openqa.selenium.TimeoutException stillLoading) {
        // the bundles are still being served: load the page again
      }
    }
  }

  @Test
  @Order(0)
  void theTaskCardShowsStatusColourAndDueDate() {
    browser.open(TASKLIST);
    browser.logIn(CLERK, "demo");
    By card =
        By.xpath(
            "//li[contains(@class,'task')][contains(normalize-space(.),'"
                + code
                + "')]//div[contains(@class,'rectify-card-status')]");
    browser.waitUntil(
        () -> {
          if (browser.all(card).isEmpty()) {
            browser.waitForClickable(JourneyTestSupport.filterLink("本科室待办")).click();
          }
          return browser.all(card).isEmpty() ? null : Boolean.TRUE;
        });
    assertThat(browser.waitFor(card).getText())
        .contains("绿色 正常", "期限 " + LocalDate.now().plusDays(60));
    WebElement priority =
        browser
            .waitFor(
                By.xpath(
                    "//li[contains(@class,'task')][contains(normalize-space(.),'" + code + "')]"))
            .findElement(By.cssSelector(".cells-wrapper .priority"));
    assertThat(priority.isDisplayed()).isFalse();
    browser.screenshot("21-task-card-status");
  }

  @Test
  @Order(1)
  void clerkUploadsSeveralFilesPreviewsAndRemovesHisOwnInsideTheTask() {
    openEvidenceTab(CLERK);
    WebElement input = browser.driver().findElement(By.cssSelector("input.rectify-evidence-input"));
    input.sendKeys(photo + "\n" + report + "\n" + minutes);
    By table = By.cssSelector(".rectify-evidence-table");
    browser.waitForText(table, "wrong-minutes.pdf");
    String uploader =
        organization.displayNameOf(CLERK) + "（" + organization.nameOf("greening") + "）";
    String listed = browser.waitFor(table).getText();
    assertThat(listed)
        .contains("site-photo.png", "acceptance-report.pdf", uploader)
        .doesNotContain(CLERK);
    assertThat(browser.waitFor(By.cssSelector(".rectify-evidence-message")).getText())
        .contains("已上传：site-photo.png", "已上传：acceptance-report.pdf", "已上传：wrong-minutes.pdf");

    rowButton("site-photo.png", "预览").click();
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                    ((JavascriptExecutor) browser.driver())
                        .executeScript(
                            "const i = document.querySelector('.rectify-evidence-image');"
                                + " return !!i && i.complete && i.naturalWidth === 240;"))
                ? Boolean.TRUE
                : null);
    browser.screenshot("18-task-evidence");

    rowButton("wrong-minutes.pdf", "删除").click();
    rowButton("wrong-minutes.pdf", "确认删除").click();
    browser.waitForText(By.cssSelector(".rectify-evidence-message"), "已删除：wrong-minutes.pdf");
    browser.waitUntil(
        () -> browser.waitFor(table).getText().contains("wrong-minutes.pdf") ? null : Boolean.TRUE);

    HttpResponse<String> files =
        new HttpTestClient(port).get("/api/measures/" + code + "/attachments", CLERK, "demo");
    assertThat(files.statusCode()).isEqualTo(200);
    List<String> names = JsonPath.read(files.body(), "$[*].fileName");
    assertThat(names).containsExactly("site-photo.png", "acceptance-report.pdf");
  }

  @Test
  @Order(2)
  void aClerkOfAnotherDepartmentSeesNoneOfIt() {
    browser.open(TASKLIST);
    browser.logIn(OUTSIDER, "demo");
    browser.open(TASKLIST + "#/?task=" + progressTask);
    browser.waitFor(By.cssSelector(".task-filters"));
    // the engine does not give him the task: no form, no tab, no file name anywhere on the page
    browser.waitUntil(
        () -> browser.all(By.cssSelector(".notifications .alert")).isEmpty() ? null : Boolean.TRUE);
    assertThat(browser.all(EVIDENCE_TAB)).isEmpty();
    assertThat(browser.waitFor(By.tagName("body")).getText())
        .doesNotContain("site-photo", "acceptance-report");

    // nor with his session on the evidence API, which answers in Chinese
    browser.open("/api/measures/" + code + "/attachments");
    String answer = browser.waitFor(By.tagName("body")).getText();
    assertThat(answer).contains("没有权限查看整改措施").doesNotContain("site-photo", "acceptance-report");
    HttpResponse<String> refused =
        new HttpTestClient(port).get("/api/measures/" + code + "/attachments", OUTSIDER, "demo");
    assertThat(refused.statusCode()).isEqualTo(403);
    // nor the record's history (办理经过)
    browser.open("/api/tasks/" + progressTask + "/history");
    assertThat(browser.waitFor(By.tagName("body")).getText())
        .contains("没有权限查看该事项的办理经过")
        .doesNotContain("site-photo", "胡绿茵");
  }

  /**
   * The department reports and submits (set-up in the engine, as its people); the responsible
   * leader opens his approval: the form shows the 三不放过 answers, the progress reports and the
   * evidence list read-only, the tab 佐证材料 the files (he may look, not upload or remove), the tab
   * 办理经过 the record's history in Chinese, newest first. He approves, and finds the task under 已办.
   */
  @Test
  @Order(3)
  void theLeaderSeesEvidenceReportsAndAnswersOnTheApprovalAndFindsItUnderDone() {
    Task progress = openTask("UserTask_ReportProgress");
    as(CLERK, () -> taskService.claim(progress.getId(), CLERK));
    as(
        CLERK,
        () ->
            taskService.complete(
                progress.getId(),
                Map.of(
                    "progressNarrative", "枯死苗木 38 株已全部清理，补种完成并建立巡查台账。",
                    "progressPercent", 100L,
                    "progressAction", "SUBMIT")));
    Task completion = openTask("UserTask_SubmitCompletion");
    as(
        completion.getAssignee(),
        () ->
            taskService.complete(
                completion.getId(),
                Map.of(
                    "completionStatement",
                    "枯死苗木清理补种完毕，巡查台账每周更新。",
                    "deliverables",
                    "acceptance-report",
                    "metrics",
                    "补种苗木：38 株",
                    "causeClarified",
                    true,
                    "rectified",
                    true,
                    "ruleEstablished",
                    true)));
    Task approval = openTask("UserTask_LeaderApproval");
    String leader = organization.leaderOf("greening");
    assertThat(approval.getAssignee()).isEqualTo(leader);

    browser.open(TASKLIST);
    browser.logIn(leader, "demo");
    browser.open(TASKLIST + "#/?task=" + approval.getId());
    TaskForm form = new TaskForm(browser, "leader-approval");
    form.awaitRendered();
    browser.waitUntil(
        () -> readOnlyText("“三不放过”确认").contains("问题已查清（不查清不放过）：是") ? Boolean.TRUE : null);
    assertThat(readOnlyText("“三不放过”确认")).contains("问题已整改（不整改不放过）：是", "有效制度已建立（有效制度不建立不放过）：是");
    String clerkName = organization.displayNameOf(CLERK);
    assertThat(readOnlyText("整改进展报告")).contains(clerkName + "（园林绿化科）：枯死苗木 38 株已全部清理", "（完成 100%）");
    assertThat(readOnlyText("佐证材料"))
        .contains("共 2 个文件", "site-photo.png — " + clerkName + "（园林绿化科）", "acceptance-report.pdf")
        .doesNotContain("wrong-minutes");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'});",
            browser.waitFor(By.xpath(labelled("“三不放过”确认"))));
    browser.screenshot("19-leader-approval-review");

    browser.waitForClickable(EVIDENCE_TAB).click();
    By table = By.cssSelector(".rectify-evidence-table");
    browser.waitForText(table, "acceptance-report.pdf");
    assertThat(browser.waitFor(table).getText()).contains("site-photo.png", clerkName);
    assertThat(browser.all(By.cssSelector(".rectify-evidence-drop"))).isEmpty();
    assertThat(browser.all(By.cssSelector(".rectify-evidence-remove"))).isEmpty();

    browser.waitForClickable(HISTORY_TAB).click();
    By history = By.cssSelector(".rectify-history-list");
    browser.waitForText(history, "删除“wrong-minutes.pdf”");
    String lines = browser.waitFor(history).getText();
    assertThat(lines)
        .contains(
            "上传“site-photo.png”",
            "认领",
            "“填报整改进展”",
            "枯死苗木 38 株已全部清理",
            "提交整改完成材料",
            "问题已查清",
            "“分管领导审核整改情况”，交" + organization.displayNameOf(leader) + "办理",
            clerkName + "（园林绿化科）")
        .doesNotContain("progressNarrative", "CLAIM", "SUBMIT", "null", "undefined", CLERK);
    // newest first: the approval reached the leader after the clerk's uploads
    assertThat(lines.indexOf("分管领导审核整改情况")).isLessThan(lines.indexOf("上传“site-photo.png”"));
    browser.screenshot("20-task-history");

    browser.waitForClickable(FORM_TAB).click();
    form.awaitRendered();
    form.choose("同意，报整改办核验");
    form.complete();
    browser.waitUntil(
        () -> {
          form.assertNoRefusal();
          return openTask("UserTask_VerifyMeasure");
        });
    browser.waitForClickable(By.cssSelector(".rectify-done-button")).click();
    browser.waitForText(By.cssSelector(".rectify-done-table"), "分管领导审核整改情况");
  }

  /** The value of a read-only text area of the form, by its label. */
  String readOnlyText(String label) {
    return browser
        .waitFor(By.xpath(labelled(label) + "/following::textarea[1]"))
        .getDomProperty("value");
  }

  void openEvidenceTab(String user) {
    browser.open(TASKLIST);
    browser.logIn(user, "demo");
    browser.open(TASKLIST + "#/?task=" + progressTask);
    browser.waitForClickable(EVIDENCE_TAB).click();
    browser.waitFor(By.cssSelector(".rectify-evidence"));
  }

  WebElement rowButton(String fileName, String label) {
    return browser.waitForClickable(
        By.xpath(
            "//table[contains(@class,'rectify-evidence-table')]//tr[contains(normalize-space(.),'"
                + fileName
                + "')]//button[normalize-space()='"
                + label
                + "']"));
  }

  Task openTask(String definitionKey) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(definitionKey)
        .singleResult();
  }

  void as(String user, Runnable work) {
    identityService.setAuthentication(
        user,
        identityService.createGroupQuery().groupMember(user).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
            .toList());
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The office adds a measure for 园林绿化科 to the seed's plan (set-up through the API). */
  String registerMeasure(String title) {
    // the plan is named: journeys sharing this context may run plans of their own
    long seedPlan = jdbc.queryForObject("select min(id) from rect_plan", Long.class);
    String body =
        """
        {"plan": %d, "problem": 8, "title": "%s", "department": "greening", "phase": 2,
         "dueDate": "%s"}"""
            .formatted(seedPlan, title, LocalDate.now().plusDays(60));
    HttpResponse<String> created =
        new HttpTestClient(port).post("/api/measures", body, "rectOffice1", "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JsonPath.read(created.body(), "$.code");
  }

  static String minimalPdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n";
  }
}
