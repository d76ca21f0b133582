package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rectification office edits a measure's notice paragraph ({@code PUT
 * /api/measures/{code}/narrative}): the next notice prints it, every change is kept with who, when,
 * old and new text; bad input is refused at {@code text} in Chinese and changes nothing; a clerk
 * and the office (办公室) may not change it.
 */
class MeasureNarrativeApiTest extends ReportTestBase {

  private final ObjectMapper json = new ObjectMapper();

  private String firstMeasure() throws Exception {
    JsonNode items =
        json.readTree(
            http.get("/api/plans/" + seedPlan() + "/narratives", "rectOffice1", "demo").body());
    assertThat(items.size()).isEqualTo(37);
    assertThat(items.get(0).get("position").asText()).isEqualTo("问题 1. 第（1）项");
    // a measure nobody else edits in this class
    return items.get(items.size() - 1).get("code").asText();
  }

  private String narrative(String code) {
    return jdbc.queryForObject(
        "select report_narrative from rect_measure where code = ?", String.class, code);
  }

  @Test
  void theRectificationOfficeEditsAParagraphAndTheNoticePrintsItWithItsHistory() throws Exception {
    String code = firstMeasure();
    String before = narrative(code);
    String first = "局党组制定出台相关制度，建立按季度核对的工作台账，确保整改事项逐项落实到位";
    HttpResponse<String> saved =
        http.put(
            "/api/measures/" + code + "/narrative",
            json.writeValueAsString(Map.of("text", "  " + first + "  ")),
            "rectOffice1",
            "demo");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(narrative(code)).isEqualTo(first);

    String second = "局党组建立健全长效机制，按季度核对工作台账，推动整改事项逐项落实到位。";
    assertThat(
            http.put(
                    "/api/measures/" + code + "/narrative",
                    json.writeValueAsString(Map.of("text", second)),
                    "admin",
                    "admin")
                .statusCode())
        .as("an administrator may edit too")
        .isEqualTo(200);

    JsonNode history =
        json.readTree(
            http.get("/api/measures/" + code + "/narrative/history", "leaders1", "demo").body());
    assertThat(history.get("text").asText()).isEqualTo(second);
    JsonNode changes = history.get("changes");
    assertThat(changes.size()).isEqualTo(2);
    assertThat(changes.get(0).get("changedBy").asText()).isEqualTo("admin");
    assertThat(changes.get(0).get("oldText").asText()).isEqualTo(first);
    assertThat(changes.get(0).get("newText").asText()).isEqualTo(second);
    assertThat(changes.get(1).get("changedBy").asText()).isEqualTo("rectOffice1");
    assertThat(
            changes.get(1).get("oldText").isNull() ? null : changes.get(1).get("oldText").asText())
        .isEqualTo(before);
    assertThat(changes.get(1).get("changedAt").asText()).isNotBlank();

    String notice =
        http.get("/api/plans/" + seedPlan() + "/notice.html", "rectOffice1", "demo").body();
    assertThat(notice).contains(second);
    if (before != null && !before.isBlank()) {
      assertThat(notice).doesNotContain(before);
    }
    JsonNode listed =
        json.readTree(
            http.get("/api/plans/" + seedPlan() + "/narratives", "office1", "demo").body());
    JsonNode item = listed.get(listed.size() - 1);
    assertThat(item.get("text").asText()).isEqualTo(second);
    assertThat(item.get("changes").asInt()).isEqualTo(2);
    assertThat(item.get("changedBy").asText()).isEqualTo("admin");
  }

  @Test
  void badParagraphsAreRefusedAtTheFieldAndChangeNothing() throws Exception {
    String code = firstMeasure();
    List<Map<String, Object>> before =
        jdbc.queryForList(
            "select report_narrative, updated_at from rect_measure where code = ?", code);
    int changes =
        jdbc.queryForObject("select count(*) from rect_measure_narrative_change", Integer.class);

    assertRefused(code, "{\"text\": \"   \"}", "text：必填，通报段落不能为空");
    assertRefused(code, "{}", "text：必填，通报段落不能为空");
    assertRefused(code, "", "text：必填，通报段落不能为空");
    assertRefused(
        code,
        json.writeValueAsString(Map.of("text", "整".repeat(2001))),
        "text：通报段落不能超过 2000 字（现 2001 字）");
    assertRefused(
        code, json.writeValueAsString(Map.of("text", "第一句。\n第二句。")), "text：通报段落须为一段，不能换行");
    assertRefused(
        code,
        json.writeValueAsString(Map.of("text", "procedure running backwards")),
        "text：通报段落须用中文书写");
    assertRefused(
        code, json.writeValueAsString(Map.of("text", "局党组召开专题会议研究……")), "text：通报段落以省略号结尾，请写完整");
    HttpResponse<String> markup =
        http.put(
            "/api/measures/" + code + "/narrative",
            json.writeValueAsString(Map.of("text", "整改<script>alert(1)</script>")),
            "rectOffice1",
            "demo");
    assertThat(markup.statusCode()).isEqualTo(400);
    assertThat(markup.body()).contains("text：不能包含 HTML 标记或脚本");
    HttpResponse<String> unknown =
        http.put("/api/measures/NO-SUCH/narrative", "{\"text\": \"整改到位。\"}", "rectOffice1", "demo");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("整改措施不存在");

    assertThat(
            jdbc.queryForList(
                "select report_narrative, updated_at from rect_measure where code = ?", code))
        .isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from rect_measure_narrative_change", Integer.class))
        .isEqualTo(changes);
  }

  @Test
  void clerksAndTheOfficeMayNotChangeAParagraph() throws Exception {
    String code = firstMeasure();
    String before = narrative(code);
    String body = "{\"text\": \"科员改写的段落。\"}";
    HttpResponse<String> clerk =
        http.put("/api/measures/" + code + "/narrative", body, "enforcement1", "demo");
    assertThat(clerk.statusCode()).isEqualTo(403);
    assertThat(clerk.body()).contains("仅限整改办、系统管理员修改通报段落");
    assertThat(
            http.put("/api/measures/" + code + "/narrative", body, "office1", "demo").statusCode())
        .isEqualTo(403);
    assertThat(http.put("/api/measures/" + code + "/narrative", body, null, null).statusCode())
        .isEqualTo(401);
    assertThat(
            http.get("/api/measures/" + code + "/narrative/history", "enforcement1", "demo")
                .statusCode())
        .isEqualTo(403);
    assertThat(narrative(code)).isEqualTo(before);
  }

  private void assertRefused(String code, String body, String detail) {
    HttpResponse<String> refused =
        http.put("/api/measures/" + code + "/narrative", body, "rectOffice1", "demo");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("通报段落有误，未保存", detail);
  }
}
