package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The office edits the notice's issuer and contact block in the browser ({@code
 * /reports/notice-settings.html} over {@code /api/settings/notice}): the next notice prints it, an
 * emptied field falls back to the configuration, bad input is refused naming each field and changes
 * nothing, other departments may read but not change it.
 */
class NoticeSettingsApiTest extends ReportTestBase {

  private static final String CONTACT =
      """
      {"issuer": "中共深圳市坪山区城市管理局党组", "contactPerson": "李明", "phone": "0755-84561234 转 8001",
       "email": "xczg@psqcgj.example.gov.cn", "address": "深圳市坪山区坪山大道 2007 号（邮编 518118）",
       "copyTo": "区委巡察办，区委第三巡察组，区纪委监委派驻第五纪检监察组", "printer": "深圳市坪山区城市管理局办公室"}""";

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void backToTheConfiguration() {
    jdbc.update("delete from notice_setting");
  }

  @Test
  void theOfficeSavesTheContactBlockAndTheNextNoticePrintsIt() throws Exception {
    JsonNode before = json.readTree(http.get("/api/settings/notice", "greening1", "demo").body());
    assertThat(before.get("effective").get("issuer").asText()).isEqualTo("中共深圳市坪山区城市管理局党组");
    JsonNode person = before.get("effective").get("contactPerson");
    assertThat(person.isNull() || person.asText().isEmpty())
        .as("unset contact person: %s", person)
        .isTrue();
    assertThat(before.get("updatedBy").isNull()).isTrue();

    HttpResponse<String> saved = http.put("/api/settings/notice", CONTACT, "office1", "demo");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonNode view = json.readTree(saved.body());
    assertThat(view.get("effective").get("phone").asText()).isEqualTo("0755-84561234 转 8001");
    assertThat(view.get("updatedBy").asText()).isEqualTo("office1");

    String notice =
        http.get("/api/plans/" + seedPlan() + "/notice.html", "rectOffice1", "demo").body();
    assertThat(notice)
        .contains(
            "联系人：李明",
            "联系电话：0755-84561234 转 8001",
            "电子邮箱：xczg@psqcgj.example.gov.cn",
            "来信地址：深圳市坪山区坪山大道 2007 号（邮编 518118）",
            "抄送：区委巡察办，区委第三巡察组，区纪委监委派驻第五纪检监察组。",
            "深圳市坪山区城市管理局办公室")
        .contains("印发</span>")
        .doesNotContain("通报联系方式未设置", "通报版记未设置");

    HttpResponse<String> cleared =
        http.put(
            "/api/settings/notice",
            """
        {"issuer": "中共深圳市坪山区城市管理局党组", "contactPerson": "", "phone": "0755-84561234",
         "email": "xczg@psqcgj.example.gov.cn", "address": "深圳市坪山区坪山大道 2007 号"}""",
            "rectOffice1",
            "demo");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    assertThat(http.get("/api/plans/" + seedPlan() + "/notice.html", "rectOffice1", "demo").body())
        .contains("联系人：【请填写联系人】", "通报联系方式未设置（联系人）");
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndChangesNothing() throws Exception {
    assertThat(http.put("/api/settings/notice", CONTACT, "office1", "demo").statusCode())
        .isEqualTo(200);
    List<Map<String, Object>> before = jdbc.queryForList("select * from notice_setting");

    HttpResponse<String> refused =
        http.put(
            "/api/settings/notice",
            """
        {"issuer": "%s", "contactPerson": "李明\\n王芳", "phone": "请拨打办公室", "email": "xczg-at-example",
         "address": "深圳"}"""
                .formatted("党".repeat(201)),
            "office1",
            "demo");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "通报设置有误，未保存",
            "issuer：发文单位不能超过 200 字",
            "contactPerson：联系人须写在一行内",
            "phone：联系电话只能包含数字",
            "email：电子邮箱格式不正确");
    assertThat(http.put("/api/settings/notice", "", "office1", "demo").statusCode()).isEqualTo(400);
    assertThat(
            http.put(
                    "/api/settings/notice",
                    """
        {"issuer": "<b>党组</b>"}""",
                    "office1",
                    "demo")
                .statusCode())
        .isEqualTo(400);
    assertThat(jdbc.queryForList("select * from notice_setting")).isEqualTo(before);
  }

  @Test
  void otherDepartmentsReadButDoNotChangeIt() {
    HttpResponse<String> refused =
        http.put("/api/settings/notice", CONTACT, "enforcement1", "demo");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(http.put("/api/settings/notice", CONTACT, "leaders1", "demo").statusCode())
        .isEqualTo(403);
    assertThat(http.put("/api/settings/notice", CONTACT, null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/settings/notice", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/settings/notice", "enforcement1", "demo").statusCode())
        .isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from notice_setting", Integer.class)).isZero();
  }

  @Test
  void theSettingsPageIsServedInChinese() {
    assertThat(http.get("/reports/notice-settings.html", null, null).statusCode())
        .as("for logged-in users")
        .isEqualTo(401);
    HttpResponse<String> page = http.get("/reports/notice-settings.html", "office1", "demo");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>通报设置</title>", "/api/settings/notice", "联系电话", "来信地址");
    assertThat(http.get("/reports/dashboard.html", "office1", "demo").body())
        .contains("/reports/notice-settings.html");
  }
}
