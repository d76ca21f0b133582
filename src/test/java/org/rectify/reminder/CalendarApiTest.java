package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /api/calendar} and {@code /api/office/menu} as the rectification office and the other
 * roles call them: the preview stores nothing, the confirmation counts the holidays at once, other
 * roles and bad notices are refused in Chinese with nothing changed, and the office menu lists only
 * what the access matrix lets the user do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarApiTest {

  private static final String NOTICE_2031 =
      """
      国务院办公厅关于2031年部分节假日安排的通知（测试样例，非正式通知）
      一、元旦：1月1日（周三）放假1天，不调休。
      二、国庆节：10月1日（周三）至7日（周二）放假调休，共7天。9月28日（周日）、10月11日（周六）上班。
      """;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDayCalendar workingDays;
  private final ObjectMapper json = new ObjectMapper();
  private HttpTestClient http;

  @BeforeEach
  void client() {
    http = new HttpTestClient(port);
  }

  @AfterEach
  void backToTheShippedFiles() {
    jdbc.sql("delete from rem_calendar_day").update();
    jdbc.sql("delete from rem_calendar_year").update();
    workingDays.refresh();
  }

  @Test
  void theOfficePreviewsThenLoadsAYearAndItsHolidaysCountAtOnce() throws Exception {
    HttpResponse<String> preview = load(NOTICE_2031, "true", "rectOffice1");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    JsonNode result = json.readTree(preview.body());
    assertThat(result.get("holidays")).hasSize(8);
    assertThat(result.get("holidays").get(1).get("date").asText()).isEqualTo("2031-10-01");
    assertThat(result.get("holidays").get(1).get("weekday").asText()).isEqualTo("星期三");
    assertThat(result.get("workdays")).hasSize(2);
    assertThat(result.get("workingDays").asInt()).isEqualTo(257);
    assertThat(stored()).as("a preview stores nothing").isZero();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2031, 10, 2))).isTrue();

    HttpResponse<String> saved = load(NOTICE_2031, "false", "rectOffice1");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(json.readTree(saved.body()).get("saved").asBoolean()).isTrue();
    assertThat(stored()).isEqualTo(1);
    assertThat(workingDays.isWorkingDay(LocalDate.of(2031, 10, 2))).isFalse();

    JsonNode count =
        json.readTree(
            http.get("/api/calendar/working-days?from=2031-09-30&days=1", "greening1", "demo")
                .body());
    assertThat(count.get("date").asText()).isEqualTo("2031-10-08");
    assertThat(count.get("daysOff")).hasSize(5);
    JsonNode overview = json.readTree(http.get("/api/calendar", "greening1", "demo").body());
    List<String> years = new ArrayList<>();
    overview.get("years").forEach(y -> years.add(y.get("year") + " " + y.get("origin").asText()));
    assertThat(years).contains("2031 整改办导入", "2026 随程序发布（cn-2026.txt）");
    JsonNode days =
        json.readTree(http.get("/api/calendar/days?year=2031", "greening1", "demo").body());
    assertThat(days.get("workdays").get(1).get("name").asText()).isEqualTo("国庆节调休上班");
  }

  @ParameterizedTest
  @ValueSource(strings = {"office1", "greening1", "leaders1", "partySecretary1"})
  void otherRolesAreRefusedInChineseAndNothingIsStored(String user) throws Exception {
    HttpResponse<String> response = load(NOTICE_2031, "false", user);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json.readTree(response.body()).get("error").asText())
        .isEqualTo("没有权限：仅限整改办、系统管理员修改工作日日历");
    assertThat(stored()).isZero();
    assertThat(workingDays.knowsYear(2031)).isFalse();
  }

  @Test
  void aNoticeThatCannotBeReadIsRefusedItemByItemAndNothingIsStored() throws Exception {
    HttpResponse<String> response =
        load("一、国庆节：10月1日至7日放假调休。10月11日上班。\n二、春节：2月30日放假。", "false", "rectOffice1");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode result = json.readTree(response.body());
    assertThat(result.get("error").asText()).isEqualTo("通知有 1 处无法识别或有误，未导入，请按提示修改后重新预览");
    assertThat(result.get("errors").get(0).asText()).isEqualTo("“春节”：日期“2月30日”不存在");
    assertThat(result.get("saved").asBoolean()).isFalse();
    assertThat(stored()).isZero();
  }

  @Test
  void badParametersAreRefusedInChinese() throws Exception {
    HttpResponse<String> year =
        http.post(
            "/api/calendar/import?dryRun=false",
            "{\"year\": 1999, \"text\": \"x\"}",
            "rectOffice1",
            "demo");
    assertThat(year.statusCode()).isEqualTo(400);
    assertThat(year.body()).contains("year：应在 2000 至 2100 之间");
    HttpResponse<String> tooLong = load("一".repeat(20_001), "false", "rectOffice1");
    assertThat(tooLong.body()).contains("text：不能超过 20000 字");
    HttpResponse<String> count =
        http.get("/api/calendar/working-days?from=2031-02-30&days=x", "greening1", "demo");
    assertThat(count.statusCode()).isEqualTo(400);
    assertThat(count.body()).contains("from：起始日期格式应为 2027-09-30", "days：工作日数应为整数");
    assertThat(stored()).isZero();
  }

  @Test
  void theOfficeMenuShowsWhatTheMatrixAllows() throws Exception {
    assertThat(entries("rectOffice1"))
        .containsExactly(
            "measure", "plan-import", "plans", "calendar", "narratives", "document-numbers");
    assertThat(entries("admin"))
        .containsExactly(
            "measure", "plan-import", "plans", "calendar", "narratives", "document-numbers");
    for (String user : List.of("office1", "greening1", "leaders1", "supervision1")) {
      JsonNode menu = json.readTree(http.get("/api/office/menu", user, "demo").body());
      assertThat(menu.get("entries")).as(user).isEmpty();
      assertThat(menu.get("warning").isNull()).as(user).isTrue();
    }
    assertThat(http.get("/api/office/menu", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void theEmptyPlanTemplateCanBeDownloaded() {
    var response =
        http.send(http.builder("/api/plans/import/template.xlsx", "rectOffice1", "demo").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment");
  }

  private List<String> entries(String user) throws Exception {
    List<String> ids = new ArrayList<>();
    String password = user.equals("admin") ? "admin" : "demo";
    json.readTree(http.get("/api/office/menu", user, password).body())
        .get("entries")
        .forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  private HttpResponse<String> load(String text, String dryRun, String user) {
    var body = JsonNodeFactory.instance.objectNode().put("year", 2031).put("text", text);
    return http.post("/api/calendar/import?dryRun=" + dryRun, body.toString(), user, "demo");
  }

  private long stored() {
    return jdbc.sql("select count(*) from rem_calendar_year").query(Long.class).single();
  }
}
