package org.rectify.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /api/meetings} in the running application: the office records meetings (a 党组会 only with
 * its 第一议题), bad input is refused naming the field and writes nothing, other departments get 403,
 * everyone reads and counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingApiTest {

  private static final String PARTY_GROUP =
      """
      {"meetingType": "PARTY_GROUP", "meetingDate": "2025-03-14", "title": "党组会（2025年第3次）",
       "chair": "partySecretary1", "minutesRef": "党组会纪要〔2025〕3号", "topics": [%s]}""";
  private static final String FIRST =
      """
      {"kind": "FIRST_TOPIC", "title": "学习习近平新时代中国特色社会主义思想"}""";
  private static final String TOPIC =
      """
      {"kind": "AGENDA_TOPIC", "title": "执法车辆维修服务", "topicNumber": "YT-2025-0003", "decision": "APPROVED"}""";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private HttpTestClient http;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
  }

  private int meetings() {
    return jdbc.queryForObject("select count(*) from meeting", Integer.class)
        + jdbc.queryForObject("select count(*) from meeting_topic", Integer.class);
  }

  @Test
  void theOfficeRecordsAPartyGroupMeetingThatOpensWithTheFirstTopic() throws Exception {
    HttpResponse<String> created =
        http.post("/api/meetings", PARTY_GROUP.formatted(FIRST + "," + TOPIC), "office1", "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json.readTree(created.body()).get("id").asLong();
    // the register is the office's and the leadership's (AccessMatrix.MEETING_READERS)
    HttpResponse<String> refused = http.get("/api/meetings/" + id, "greening1", "demo");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("没有权限").doesNotContain("党组会");
    JsonNode meeting = json.readTree(http.get("/api/meetings/" + id, "leaders3", "demo").body());
    assertThat(meeting.get("typeName").asText()).isEqualTo("党组会");
    assertThat(meeting.get("status").asText()).isEqualTo("HELD");
    assertThat(meeting.get("chairName").asText()).isNotEqualTo("partySecretary1");
    assertThat(meeting.get("topics")).hasSize(2);
    assertThat(meeting.get("topics").get(0).get("kind").asText()).isEqualTo("FIRST_TOPIC");
    assertThat(meeting.get("topics").get(1).get("position").asInt()).isEqualTo(2);
    assertThat(meeting.get("topics").get(1).get("topicNumber").asText()).isEqualTo("YT-2025-0003");

    JsonNode march =
        json.readTree(
            http.get(
                    "/api/meetings?type=PARTY_GROUP&from=2025-03-01&to=2025-03-31",
                    "rectOffice1",
                    "demo")
                .body());
    assertThat(march).anySatisfy(m -> assertThat(m.get("id").asLong()).isEqualTo(id));
    assertThat(
            json.readTree(
                http.get(
                        "/api/meetings?type=BUREAU_AFFAIRS&from=2025-03-01&to=2025-03-31",
                        "rectOffice1",
                        "demo")
                    .body()))
        .noneSatisfy(m -> assertThat(m.get("id").asLong()).isEqualTo(id));
    JsonNode counts =
        json.readTree(
            http.get("/api/meetings/counts?from=2025-03-14&to=2025-03-14", "leaders1", "demo")
                .body());
    assertThat(counts.get("counts")).hasSize(4);
    assertThat(counts.get("counts").get(0).get("meetingType").asText()).isEqualTo("PARTY_GROUP");
    assertThat(counts.get("counts").get(0).get("count").asInt()).isEqualTo(1);
    assertThat(counts.get("counts").get(3).get("count").asInt()).isZero();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndWritesNothing() {
    int before = meetings();
    assertRefused(PARTY_GROUP.formatted(TOPIC), "topics[0]：党组会须以“第一议题”");
    assertRefused(PARTY_GROUP.formatted(TOPIC + "," + FIRST), "topics[1].kind：第一议题须排在第一位");
    assertRefused(
        PARTY_GROUP.formatted(FIRST).replace("PARTY_GROUP", "CANTEEN"),
        "meetingType：未知会议类型 CANTEEN");
    assertRefused(
        PARTY_GROUP.formatted(FIRST).replace("\"2025-03-14\"", "null"), "meetingDate：不能为空");
    assertRefused(PARTY_GROUP.formatted(FIRST).replace("党组会（2025年第3次）", " "), "title：不能为空");
    assertRefused(
        PARTY_GROUP.formatted(FIRST).replace("partySecretary1", "nobody9"), "chair：未知用户 nobody9");
    assertRefused(
        PARTY_GROUP.formatted(FIRST).replace("党组会纪要〔2025〕3号", ""), "minutesRef：已召开的会议须填写会议纪要编号");
    assertRefused(
        PARTY_GROUP.formatted(FIRST + ",{\"kind\": \"AGENDA_TOPIC\", \"title\": \"续签\"}"),
        "topics[1].topicNumber");
    assertRefused(
        PARTY_GROUP.formatted(FIRST + ",{\"kind\": \"OTHER\", \"title\": \" \"}"),
        "topics[1].title");
    assertRefused(
        PARTY_GROUP.formatted(FIRST).replace("\"topics\"", "\"status\": \"MAYBE\", \"topics\""),
        "status：未知状态 MAYBE");
    assertRefused(PARTY_GROUP.formatted(FIRST).replace("2025-03-14", "14.03.2025"), "meetingDate");
    assertThat(meetings()).isEqualTo(before);
  }

  @Test
  void attendeesAreRecordedInTheOrderOfTheMinutesAndChangedWithAPlannedMeeting() throws Exception {
    // another day than the other tests' held 党组会, whose count per day they check
    String held =
        PARTY_GROUP
            .formatted(FIRST)
            .replace("2025-03-14", "2025-04-18")
            .replace(
                "\"topics\"",
                "\"attendees\": [\"partySecretary1\", \"leaders2\", \" leaders1 \"], \"topics\"");
    HttpResponse<String> created = http.post("/api/meetings", held, "office1", "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode attendees = json.readTree(created.body()).get("attendees");
    assertThat(attendees)
        .extracting(a -> a.get("userId").asText())
        .containsExactly("partySecretary1", "leaders2", "leaders1");
    assertThat(attendees.get(0).get("name").asText()).isNotBlank().isNotEqualTo("partySecretary1");

    String planned =
        PARTY_GROUP
            .formatted(TOPIC.replace(", \"decision\": \"APPROVED\"", ""))
            .replace("\"topics\"", "\"status\": \"PLANNED\", \"topics\"")
            .replace("党组会纪要〔2025〕3号", "")
            .replace("2025-03-14", LocalDate.now().plusDays(20).toString());
    long id =
        json.readTree(http.post("/api/meetings", planned, "office1", "demo").body())
            .get("id")
            .asLong();
    String change =
        "{\"meetingDate\": \""
            + LocalDate.now().plusDays(21)
            + "\", \"title\": \"党组会\","
            + " \"attendees\": [\"leaders3\", \"partySecretary1\"]}";
    HttpResponse<String> changed = http.put("/api/meetings/" + id, change, "office1", "demo");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json.readTree(changed.body()).get("attendees"))
        .extracting(a -> a.get("userId").asText())
        .containsExactly("leaders3", "partySecretary1");
    String unchangedAttendees =
        "{\"meetingDate\": \"" + LocalDate.now().plusDays(22) + "\", \"title\": \"党组会\"}";
    assertThat(
            json.readTree(
                    http.put("/api/meetings/" + id, unchangedAttendees, "office1", "demo").body())
                .get("attendees"))
        .hasSize(2);

    int before = meetings();
    String attendeesBefore =
        jdbc.queryForList(
                "select user_id from meeting_attendee where meeting_id = ?", String.class, id)
            .toString();
    assertRefused(
        PARTY_GROUP
            .formatted(FIRST)
            .replace("\"topics\"", "\"attendees\": [\"nobody9\"], \"topics\""),
        "attendees[0]：未知用户 nobody9");
    assertRefused(
        PARTY_GROUP
            .formatted(FIRST)
            .replace("\"topics\"", "\"attendees\": [\"leaders1\", \"leaders1\"], \"topics\""),
        "attendees[1]：leaders1 重复");
    assertChangeRefused(id, change.replace("\"leaders3\"", "\" \""), "attendees[0]：不能为空");
    assertThat(meetings()).isEqualTo(before);
    assertThat(
            jdbc.queryForList(
                    "select user_id from meeting_attendee where meeting_id = ?", String.class, id)
                .toString())
        .isEqualTo(attendeesBefore);
  }

  @Test
  void theRecordOfAHeldMeetingIsCorrectedButNotItsDateAgendaOrDecisions() throws Exception {
    String held = PARTY_GROUP.formatted(FIRST + "," + TOPIC).replace("2025-03-14", "2025-05-16");
    long id =
        json.readTree(http.post("/api/meetings", held, "office1", "demo").body())
            .get("id")
            .asLong();
    String topicsBefore =
        jdbc.queryForList("select * from meeting_topic where meeting_id = ? order by position", id)
            .toString();

    HttpResponse<String> corrected =
        http.put(
            "/api/meetings/" + id + "/record",
            """
        {"minutesRef": "党组会纪要〔2025〕5号", "attendees": ["partySecretary1", "leaders1"]}""",
            "rectOffice1",
            "demo");
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    JsonNode meeting = json.readTree(corrected.body());
    assertThat(meeting.get("minutesRef").asText()).isEqualTo("党组会纪要〔2025〕5号");
    assertThat(meeting.get("title").asText()).isEqualTo("党组会（2025年第3次）");
    assertThat(meeting.get("chair").asText()).isEqualTo("partySecretary1");
    assertThat(meeting.get("meetingDate").asText()).isEqualTo("2025-05-16");
    assertThat(meeting.get("attendees")).hasSize(2);
    assertThat(
            jdbc.queryForList(
                    "select * from meeting_topic where meeting_id = ? order by position", id)
                .toString())
        .isEqualTo(topicsBefore);

    String before = row(id);
    assertCorrectionRefused(id, "{\"minutesRef\": \" \"}", 400, "minutesRef：已召开的会议须填写会议纪要编号");
    assertCorrectionRefused(id, "{\"chair\": \"nobody9\"}", 400, "chair：未知用户 nobody9");
    assertCorrectionRefused(id, "{\"title\": \"\"}", 400, "title：不能为空");
    assertCorrectionRefused(
        id, "{\"attendees\": [\"leaders1\", \"leaders1\"]}", 400, "attendees[1]：leaders1 重复");
    assertThat(row(id)).isEqualTo(before);
    assertThat(
            http.put("/api/meetings/" + id + "/record", "{}", "enforcement1", "demo").statusCode())
        .isEqualTo(403);
    assertThat(http.put("/api/meetings/999999/record", "{}", "office1", "demo").statusCode())
        .isEqualTo(404);

    // a meeting held through agenda scheduling may have no chair recorded: correcting something
    // else still works
    jdbc.update("update meeting set chair = null where id = ?", id);
    HttpResponse<String> withoutChair =
        http.put(
            "/api/meetings/" + id + "/record",
            "{\"attendees\": [\"leaders1\"]}",
            "office1",
            "demo");
    assertThat(withoutChair.statusCode()).as(withoutChair.body()).isEqualTo(200);

    String planned =
        PARTY_GROUP
            .formatted(FIRST)
            .replace("\"topics\"", "\"status\": \"PLANNED\", \"topics\"")
            .replace("党组会纪要〔2025〕3号", "")
            .replace("2025-03-14", LocalDate.now().plusDays(25).toString());
    long plannedId =
        json.readTree(http.post("/api/meetings", planned, "office1", "demo").body())
            .get("id")
            .asLong();
    assertCorrectionRefused(plannedId, "{\"minutesRef\": \"x\"}", 409, "只有已召开的会议可以更正会议记录");
    // no planned meeting left behind for the scheduling tests that share this context
    assertThat(
            http.post(
                    "/api/meetings/" + plannedId + "/cancel",
                    "{\"reason\": \"测试结束\"}",
                    "office1",
                    "demo")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aPlannedPartyGroupMeetingMayWaitForItsFirstTopic() throws Exception {
    String planned =
        PARTY_GROUP
            .formatted(TOPIC.replace(", \"decision\": \"APPROVED\"", ""))
            .replace("\"topics\"", "\"status\": \"PLANNED\", \"topics\"")
            .replace("党组会纪要〔2025〕3号", "");
    HttpResponse<String> created = http.post("/api/meetings", planned, "rectOffice1", "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json.readTree(created.body()).get("status").asText()).isEqualTo("PLANNED");
  }

  @Test
  void onlyTheOfficeAndTheRectificationOfficeRecordMeetings() {
    int before = meetings();
    HttpResponse<String> refused =
        http.post("/api/meetings", PARTY_GROUP.formatted(FIRST), "enforcement1", "demo");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("没有权限");
    assertThat(
            http.post("/api/meetings", PARTY_GROUP.formatted(FIRST), "leaders1", "demo")
                .statusCode())
        .isEqualTo(403);
    assertThat(http.post("/api/meetings", PARTY_GROUP.formatted(FIRST), null, null).statusCode())
        .isEqualTo(401);
    assertThat(http.get("/api/meetings", null, null).statusCode()).isEqualTo(401);
    assertThat(meetings()).isEqualTo(before);
  }

  @Test
  void badQueriesAreRefusedNamingTheParameter() {
    assertThat(http.get("/api/meetings?type=CANTEEN", "office1", "demo").body())
        .contains("type：未知会议类型");
    assertThat(http.get("/api/meetings/counts?from=2025-13-01", "office1", "demo").body())
        .contains("from：日期格式");
    HttpResponse<String> reversed =
        http.get("/api/meetings/counts?from=2025-03-01&to=2025-01-01", "office1", "demo");
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(reversed.body()).contains("to：不能早于 from");
    assertThat(http.get("/api/meetings/999999", "office1", "demo").statusCode()).isEqualTo(404);
  }

  @Test
  void theOfficeMovesAndCancelsAPlannedMeeting() throws Exception {
    long id = planned("BUREAU_AFFAIRS", MeetingRegister.today().plusDays(7));
    HttpResponse<String> moved =
        http.put(
            "/api/meetings/" + id,
            """
        {"meetingDate": "%s", "title": "局务会（改期）", "chair": "leaders1"}"""
                .formatted(MeetingRegister.today().plusDays(9)),
            "rectOffice1",
            "demo");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    JsonNode meeting = json.readTree(moved.body());
    assertThat(meeting.get("meetingDate").asText())
        .isEqualTo(MeetingRegister.today().plusDays(9).toString());
    assertThat(meeting.get("title").asText()).isEqualTo("局务会（改期）");
    assertThat(meeting.get("chair").asText()).isEqualTo("leaders1");
    assertThat(jdbc.queryForObject("select updated_by from meeting where id = ?", String.class, id))
        .isEqualTo("rectOffice1");

    String before = row(id);
    HttpResponse<String> noReason =
        http.post("/api/meetings/" + id + "/cancel", "{}", "office1", "demo");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason：不能为空");
    assertThat(row(id)).isEqualTo(before);

    HttpResponse<String> cancelled =
        http.post(
            "/api/meetings/" + id + "/cancel",
            """
        {"reason": "与区委会议冲突，另行安排"}""",
            "office1",
            "demo");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(json.readTree(cancelled.body()).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(json.readTree(cancelled.body()).get("cancelReason").asText())
        .isEqualTo("与区委会议冲突，另行安排");
    assertThat(
            json.readTree(
                http.get("/api/meetings?type=BUREAU_AFFAIRS", "partySecretary1", "demo").body()))
        .anySatisfy(
            m -> {
              assertThat(m.get("id").asLong()).isEqualTo(id);
              assertThat(m.get("status").asText()).isEqualTo("CANCELLED");
            });

    String after = row(id);
    HttpResponse<String> again =
        http.post(
            "/api/meetings/" + id + "/cancel",
            """
        {"reason": "再次取消"}""",
            "office1",
            "demo");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("本会议已取消");
    HttpResponse<String> moveCancelled =
        http.put(
            "/api/meetings/" + id,
            """
        {"meetingDate": "%s", "title": "局务会"}"""
                .formatted(MeetingRegister.today().plusDays(9)),
            "office1",
            "demo");
    assertThat(moveCancelled.statusCode()).isEqualTo(409);
    assertThat(row(id)).isEqualTo(after);
  }

  @Test
  void badChangesAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
    long id = planned("DIRECTOR_OFFICE", MeetingRegister.today().plusDays(5));
    String before = row(id);
    assertChangeRefused(
        id,
        """
        {"meetingDate": "%s", "title": "局长办公会"}"""
            .formatted(MeetingRegister.today().minusDays(1)),
        "meetingDate：计划召开的会议不能改到今天");
    assertChangeRefused(
        id,
        """
        {"title": "局长办公会"}""",
        "meetingDate：不能为空");
    assertChangeRefused(
        id,
        """
        {"meetingDate": "%s", "title": " "}"""
            .formatted(MeetingRegister.today()),
        "title：不能为空");
    assertChangeRefused(
        id,
        """
        {"meetingDate": "%s", "title": "局长办公会", "chair": "nobody"}"""
            .formatted(MeetingRegister.today()),
        "chair：未知用户 nobody");
    assertThat(
            http.put(
                    "/api/meetings/" + id,
                    """
        {"meetingDate": "%s", "title": "局长办公会"}"""
                        .formatted(MeetingRegister.today()),
                    "enforcement1",
                    "demo")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post(
                    "/api/meetings/" + id + "/cancel",
                    """
        {"reason": "x"}""",
                    "leaders1",
                    "demo")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.put(
                    "/api/meetings/999999",
                    """
        {"meetingDate": "%s", "title": "局长办公会"}"""
                        .formatted(MeetingRegister.today()),
                    "office1",
                    "demo")
                .statusCode())
        .isEqualTo(404);
    assertThat(row(id)).isEqualTo(before);

    // held on another day than the other tests' 党组会, whose counts they check
    HttpResponse<String> held =
        http.post(
            "/api/meetings",
            PARTY_GROUP.formatted(FIRST).replace("2025-03-14", "2025-02-14"),
            "office1",
            "demo");
    long heldId = json.readTree(held.body()).get("id").asLong();
    String heldRow = row(heldId);
    HttpResponse<String> moveHeld =
        http.put(
            "/api/meetings/" + heldId,
            """
        {"meetingDate": "%s", "title": "党组会"}"""
                .formatted(MeetingRegister.today()),
            "office1",
            "demo");
    assertThat(moveHeld.statusCode()).isEqualTo(409);
    assertThat(moveHeld.body()).contains("只有计划召开的会议可以修改");
    assertThat(
            http.post(
                    "/api/meetings/" + heldId + "/cancel",
                    """
        {"reason": "x"}""",
                    "office1",
                    "demo")
                .statusCode())
        .isEqualTo(409);
    assertThat(row(heldId)).isEqualTo(heldRow);
  }

  @Test
  void aPlannedPartyGroupMeetingIsRecordedAsHeldWithItsMinutesAndFirstTopic() throws Exception {
    long future = planned("PARTY_GROUP", MeetingRegister.today().plusDays(3));
    String futureRow = row(future);
    HttpResponse<String> early =
        http.post(
            "/api/meetings/" + future + "/held",
            "{\"minutesRef\": \"党组会纪要〔2026〕9号\", \"firstTopic\": \"学习党章\"}",
            "office1",
            "demo");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("meetingDate：会议定于");
    assertThat(row(future)).isEqualTo(futureRow);

    long id = planned("PARTY_GROUP", MeetingRegister.today());
    String before = row(id);
    HttpResponse<String> incomplete =
        http.post(
            "/api/meetings/" + id + "/held", "{\"attendees\": [\"nobody\"]}", "office1", "demo");
    assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(400);
    assertThat(incomplete.body())
        .contains("minutesRef：已召开的会议须填写会议纪要编号", "firstTopic：党组会须以", "attendees[0]：未知用户 nobody");
    assertThat(row(id)).isEqualTo(before);
    assertThat(http.post("/api/meetings/" + id + "/held", "{}", "greening1", "demo").statusCode())
        .isEqualTo(403);

    HttpResponse<String> held =
        http.post(
            "/api/meetings/" + id + "/held",
            """
        {"minutesRef": "党组会纪要〔2026〕9号", "firstTopic": "学习党章",
         "attendees": ["partySecretary1", "leaders1"]}""",
            "rectOffice1",
            "demo");
    assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
    JsonNode meeting = json.readTree(held.body());
    assertThat(meeting.get("status").asText()).isEqualTo("HELD");
    assertThat(meeting.get("minutesRef").asText()).isEqualTo("党组会纪要〔2026〕9号");
    assertThat(meeting.get("topics").get(0).get("kind").asText()).isEqualTo("FIRST_TOPIC");
    assertThat(meeting.get("attendees")).hasSize(2);
    HttpResponse<String> again =
        http.post("/api/meetings/" + id + "/held", "{\"minutesRef\": \"x\"}", "office1", "demo");
    assertThat(again.statusCode()).isEqualTo(409);
  }

  private long planned(String type, java.time.LocalDate date) throws Exception {
    HttpResponse<String> created =
        http.post(
            "/api/meetings",
            """
        {"meetingType": "%s", "meetingDate": "%s", "title": "计划会议", "chair": "partySecretary1",
         "status": "PLANNED"}"""
                .formatted(type, date),
            "office1",
            "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("id").asLong();
  }

  /** The meeting's row as text: what a refused change must leave as it was. */
  private String row(long id) {
    return jdbc.queryForMap("select * from meeting where id = ?", id).toString();
  }

  private void assertCorrectionRefused(long id, String body, int status, String detail) {
    HttpResponse<String> response =
        http.put("/api/meetings/" + id + "/record", body, "office1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(detail);
  }

  private void assertChangeRefused(long id, String body, String detail) {
    HttpResponse<String> response = http.put("/api/meetings/" + id, body, "office1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(detail);
  }

  private void assertRefused(String body, String detail) {
    HttpResponse<String> response = http.post("/api/meetings", body, "office1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(detail);
  }
}
