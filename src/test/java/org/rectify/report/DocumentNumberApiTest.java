package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 发文字号 register: numbers per prefix and year run 1, 2, 3 … without gaps or duplicates when two
 * callers allocate at once; the rectification office numbers a plan's notice once and the notice
 * prints the number above its title; bad prefixes, a second numbering and other roles are refused
 * and change nothing.
 */
class DocumentNumberApiTest extends ReportTestBase {

  private static final String PREFIX = "坪城管党发";
  private static final String CONCURRENT = "测试并发";

  @Autowired private DocumentNumbers numbers;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void forgetTheTestNumbers() {
    jdbc.update("delete from doc_number where prefix in (?, ?)", PREFIX, CONCURRENT);
    jdbc.update("delete from doc_number_counter where prefix in (?, ?)", PREFIX, CONCURRENT);
  }

  @Test
  void twoCallersAtOnceGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<List<Integer>>> callers = new ArrayList<>();
      for (int caller = 0; caller < 2; caller++) {
        callers.add(
            () -> {
              List<Integer> taken = new ArrayList<>();
              for (int i = 0; i < 15; i++) {
                taken.add(
                    numbers
                        .allocate(CONCURRENT, DocumentNumbers.Kind.OTHER, "并发测试文件", null, "test")
                        .number());
              }
              return taken;
            });
      }
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> result : pool.invokeAll(callers)) {
        all.addAll(result.get());
      }
      Collections.sort(all);
      assertThat(all).isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
    } finally {
      pool.shutdown();
    }
    int year = LocalDate.now(StatusColours.ZONE).getYear();
    assertThat(
            jdbc.queryForList(
                "select document_number from doc_number where prefix = ? order by number",
                String.class,
                CONCURRENT))
        .hasSize(30)
        .startsWith("测试并发〔" + year + "〕1号")
        .endsWith("测试并发〔" + year + "〕30号");
  }

  @Test
  void theRectificationOfficeNumbersANoticeOnceAndTheNoticePrintsIt() throws Exception {
    long plan = seedPlan();
    int year = LocalDate.now(StatusColours.ZONE).getYear();
    HttpResponse<String> numbered =
        http.post(
            "/api/plans/" + plan + "/notice/number",
            "{\"prefix\": \" " + PREFIX + " \"}",
            "rectOffice1",
            "demo");
    assertThat(numbered.statusCode()).as(numbered.body()).isEqualTo(200);
    JsonNode entry = json.readTree(numbered.body());
    String number = PREFIX + "〔" + year + "〕1号";
    assertThat(entry.get("documentNumber").asText()).isEqualTo(number);
    assertThat(entry.get("title").asText()).endsWith("关于巡察整改情况通报");
    assertThat(entry.get("issuedBy").asText()).isEqualTo("rectOffice1");

    String notice = http.get("/api/plans/" + plan + "/notice.html", "rectOffice1", "demo").body();
    assertThat(notice).contains("<p class=\"document-number\">" + number + "</p><h1>");

    HttpResponse<String> again =
        http.post(
            "/api/plans/" + plan + "/notice/number",
            "{\"prefix\": \"" + PREFIX + "\"}",
            "rectOffice1",
            "demo");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("已编号为" + number);

    JsonNode register = json.readTree(http.get("/api/document-numbers", "office1", "demo").body());
    List<String> listed = new ArrayList<>();
    register.forEach(e -> listed.add(e.get("documentNumber").asText()));
    assertThat(listed).containsOnlyOnce(number);
    assertThat(http.get("/api/document-numbers", "greening1", "demo").statusCode()).isEqualTo(403);
  }

  @Test
  void badPrefixesAndOtherRolesAreRefusedAndNothingIsNumbered() {
    long plan = seedPlan();
    assertRefused(plan, "{}", "prefix：必填");
    assertRefused(plan, "", "prefix：必填");
    assertRefused(plan, "{\"prefix\": \"X党发〔2026〕\"}", "prefix：发文机关代字只能是汉字或字母");
    assertRefused(plan, "{\"prefix\": \"" + "党".repeat(21) + "\"}", "最多 20 字");
    HttpResponse<String> clerk =
        http.post(
            "/api/plans/" + plan + "/notice/number",
            "{\"prefix\": \"" + PREFIX + "\"}",
            "enforcement1",
            "demo");
    assertThat(clerk.statusCode()).isEqualTo(403);
    assertThat(clerk.body()).contains("仅限整改办、系统管理员登记发文字号");
    assertThat(
            http.post(
                    "/api/plans/999999/notice/number",
                    "{\"prefix\": \"" + PREFIX + "\"}",
                    "rectOffice1",
                    "demo")
                .statusCode())
        .isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from doc_number", Integer.class)).isZero();
  }

  private void assertRefused(long plan, String body, String detail) {
    HttpResponse<String> refused =
        http.post("/api/plans/" + plan + "/notice/number", body, "rectOffice1", "demo");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("发文字号有误，未编号", detail);
  }
}
