package org.rectify.reliability;

import static org.rectify.reliability.BadInput.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Malformed and hostile bodies for the registers: contracts, agenda topics, spot checks, measures,
 * plans, meeting changes, notice settings.
 */
final class ApiBadInputs {

  private static final String SCRIPT = "<script>alert('xss')</script>";
  private static final String SQL = "HT-1'; DROP TABLE contract; --";
  private static final String EXPRESSION = "${applicationContext.getBean('runtimeService')}";
  private static final LocalDate TODAY = LocalDate.now();

  private static final Map<String, Object> CONTRACT =
      withSigningRecord(
          Map.of(
              "number",
              "HT-BAD-001",
              "title",
              "道路清扫保洁服务",
              "contractor",
              "深圳市洁净环境服务有限公司",
              "contractorCreditCode",
              "91440310MA5G00137P",
              "department",
              "sanitation",
              "category",
              "cleaning",
              "amount",
              1200000,
              "startsOn",
              TODAY.minusYears(1).toString(),
              "endsOn",
              TODAY.plusYears(2).toString(),
              "tenderRequired",
              false));

  /** Entered as already signed: the legal opinion it was signed on and the signing date. */
  private static Map<String, Object> withSigningRecord(Map<String, Object> contract) {
    Map<String, Object> body = new java.util.LinkedHashMap<>(contract);
    body.put("signed", true);
    body.put("legalOpinionRef", "法意〔2024〕88号");
    body.put("signedOn", "2024-06-28");
    return Map.copyOf(body);
  }

  private static final Map<String, Object> TOPIC =
      Map.of(
          "title",
          "执法车辆维修服务",
          "type",
          "GENERAL_REQUEST",
          "department",
          "enforcement",
          "category",
          "vehicleRepair",
          "amount",
          28000,
          "tripleOneMajor",
          false);
  private static final Map<String, Object> CHECK =
      Map.of(
          "checkType",
          "WORK_DISCIPLINE",
          "plannedFrom",
          TODAY.toString(),
          "plannedTo",
          TODAY.plusDays(14).toString(),
          "targets",
          "执法科、环卫科窗口",
          "members",
          "督导组两人",
          "focus",
          "上班时间脱岗");
  private static final Map<String, Object> MEASURE =
      Map.of(
          "problem",
          8,
          "title",
          "建立养护巡查台账",
          "department",
          "greening",
          "phase",
          2,
          "dueDate",
          TODAY.plusDays(60).toString());
  private static final Map<String, Object> PLAN =
      Map.ofEntries(
          Map.entry("title", "2027年巡察整改方案"),
          Map.entry("inspectionGroup", "区委第三巡察组"),
          Map.entry("inspectedBody", "区城市管理局"),
          Map.entry("feedbackDate", TODAY.toString()),
          Map.entry("phase1Start", TODAY.toString()),
          Map.entry("phase1End", TODAY.plusDays(30).toString()),
          Map.entry("phase2Start", TODAY.plusDays(31).toString()),
          Map.entry("phase2End", TODAY.plusDays(90).toString()),
          Map.entry("phase3Start", TODAY.plusDays(91).toString()),
          Map.entry("phase3End", TODAY.plusDays(180).toString()),
          Map.entry("aspects", List.of(Map.of("heading", "落实主体责任", "problems", List.of("问题一")))));

  private ApiBadInputs() {}

  static Stream<BadInput> cases() {
    return Stream.of(contracts(), topics(), spotChecks(), measures(), meetings(), noticeSettings())
        .flatMap(s -> s);
  }

  private static BadInput noticeSettings(
      String name, int status, String user, Object... replacements) {
    return api(
        "notice settings " + name,
        status,
        f ->
            f.put(
                "/api/settings/notice",
                Json.of(
                    Map.of(
                        "issuer",
                        "中共深圳市坪山区城市管理局党组",
                        "contactPerson",
                        "李明",
                        "phone",
                        "0755-84561234"),
                    replacements),
                user));
  }

  private static Stream<BadInput> noticeSettings() {
    return Stream.of(
        noticeSettings("with a script issuer", 400, "office1", "issuer", SCRIPT),
        noticeSettings("with an expression contact", 400, "office1", "contactPerson", EXPRESSION),
        noticeSettings("with a 1 MB address", 400, "office1", "address", Json.HUGE),
        noticeSettings("with SQL as phone", 400, "office1", "phone", SQL),
        noticeSettings("by a department clerk", 403, "enforcement1"));
  }

  private static BadInput meetingChange(
      String name, int status, String user, Object... replacements) {
    return api(
        "meeting move " + name,
        status,
        f ->
            f.put(
                "/api/meetings/" + plannedMeeting(f),
                Json.of(
                    Map.of("meetingDate", TODAY.plusDays(30).toString(), "title", "局务会（改期）"),
                    replacements),
                user));
  }

  private static BadInput meetingCancel(String name, int status, String user, String body) {
    return api(
        "meeting cancel " + name,
        status,
        f -> f.post("/api/meetings/" + plannedMeeting(f) + "/cancel", body, user));
  }

  /** A planned meeting of the demo register (the agenda demo plans some for scheduling). */
  private static long plannedMeeting(BadInputFixture f) {
    return demoMeeting(f, "PLANNED");
  }

  private static long demoMeeting(BadInputFixture f, String status) {
    try {
      for (com.fasterxml.jackson.databind.JsonNode meeting :
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(f.get("/api/meetings", "office1").body())) {
        if (status.equals(meeting.get("status").asText())) {
          return meeting.get("id").asLong();
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("meeting list unreadable", e);
    }
    throw new IllegalStateException("the demo register has no " + status + " meeting");
  }

  private static BadInput meetingCorrection(
      String name, int status, String user, Object... replacements) {
    return api(
        "held meeting correction " + name,
        status,
        f ->
            f.put(
                "/api/meetings/" + demoMeeting(f, "HELD") + "/record",
                Json.of(Map.of(), replacements),
                user));
  }

  private static Stream<BadInput> meetings() {
    return Stream.of(
        meetingChange(
            "into the past", 400, "office1", "meetingDate", TODAY.minusDays(3).toString()),
        meetingChange("without a date", 400, "office1", "meetingDate", null),
        meetingChange("with a script title", 400, "office1", "title", SCRIPT),
        meetingChange("with an expression title", 400, "office1", "title", EXPRESSION),
        meetingChange("with a 1 MB title", 400, "office1", "title", Json.HUGE),
        meetingChange("with an unknown chair", 400, "office1", "chair", SQL),
        meetingChange(
            "with an unknown attendee", 400, "office1", "attendees", List.of("leaders1", SQL)),
        meetingChange(
            "with an attendee twice", 400, "office1", "attendees", List.of("leaders1", "leaders1")),
        meetingChange("with attendees as text", 400, "office1", "attendees", "leaders1,leaders2"),
        meetingCorrection("without minutes number", 400, "office1", "minutesRef", " "),
        meetingCorrection("with an unknown chair", 400, "office1", "chair", SQL),
        meetingCorrection("by a department clerk", 403, "enforcement1", "minutesRef", "纪要〔2026〕1号"),
        meetingChange("by a department clerk", 403, "enforcement1"),
        meetingCancel("without a reason", 400, "office1", "{}"),
        meetingCancel("with a 1 MB reason", 400, "office1", "{\"reason\": \"" + Json.HUGE + "\"}"),
        meetingCancel("by a leader", 403, "leaders1", "{\"reason\": \"改期\"}"),
        api(
            "meeting move of an unknown meeting",
            404,
            f ->
                f.put(
                    "/api/meetings/999999",
                    "{\"meetingDate\": \"" + TODAY.plusDays(3) + "\", \"title\": \"局务会\"}",
                    "office1")));
  }

  private static BadInput contract(String name, int status, String user, Object... replacements) {
    return api(
        "contract " + name,
        status,
        f -> f.post("/api/contracts", Json.of(CONTRACT, replacements), user));
  }

  private static Stream<BadInput> contracts() {
    return Stream.of(
        contract("amount as text", 400, "office1", "amount", "一百二十万"),
        contract("amount as object", 400, "office1", "amount", Map.of("yuan", 1)),
        contract(
            "amount beyond numeric(15,2)",
            400,
            "office1",
            "amount",
            new java.math.BigDecimal("1e30")),
        contract("impossible date 02-30", 400, "office1", "startsOn", "2026-02-30"),
        contract("ends before it starts", 400, "office1", "endsOn", TODAY.minusYears(2).toString()),
        contract(
            "credit code with a wrong checksum",
            400,
            "office1",
            "contractorCreditCode",
            "91440310MA5G00137A"),
        contract("unknown department", 400, "office1", "department", "zoo"),
        contract("another department's contract", 403, "enforcement1"),
        contract("1 MB number", 400, "office1", "number", Json.HUGE),
        contract("1 MB contractor", 400, "office1", "contractor", Json.HUGE),
        contract("script in the title", 400, "office1", "title", SCRIPT),
        contract("SQL injection in the number", 400, "office1", "number", SQL),
        contract("expression in the title", 400, "office1", "title", EXPRESSION),
        contract("unknown field", 400, "office1", "approvedBy", "partySecretary1"),
        contract("boolean as text", 400, "office1", "tenderRequired", "maybe"),
        api(
            "contract invalid JSON",
            400,
            f -> f.post("/api/contracts", "{\"number\": ", "office1")),
        api(
            "contract array instead of object",
            400,
            f -> f.post("/api/contracts", "[1, 2]", "office1")),
        api(
            "contract as text/plain",
            415,
            f ->
                f.postRaw(
                    "/api/contracts",
                    "text/plain",
                    Json.of(CONTRACT).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "office1")),
        api(
            "contract lookup with SQL injection",
            404,
            f -> f.get("/api/contracts/%27%20OR%20%271%27%3D%271", "office1")));
  }

  private static BadInput topic(String name, int status, Object... replacements) {
    return api(
        "agenda topic " + name,
        status,
        f -> f.post("/api/agenda-topics", Json.of(TOPIC, replacements), "enforcement1"));
  }

  private static Stream<BadInput> topics() {
    return Stream.of(
        topic("unknown type", 400, "type", "BRIBE"),
        topic("negative amount", 400, "amount", -5),
        topic("amount NaN", 400, "amount", "NaN"),
        topic("another department's budget", 403, "budgetDepartment", "greening"),
        topic("another department's topic", 400, "department", "greening"),
        topic("month 13", 400, "deadline", "2026-13-01"),
        topic("1 MB title", 400, "title", Json.HUGE),
        topic("script in the title", 400, "title", SCRIPT),
        topic("script in a supplier", 400, "quotes", List.of(Map.of("supplier", SCRIPT))),
        topic(
            "quote with a wrong credit code",
            400,
            "quotes",
            List.of(Map.of("supplier", "甲公司", "creditCode", "123"))),
        api(
            "agenda quotes of an unknown topic",
            404,
            f -> f.put("/api/agenda-topics/YT2026-999/quotes", "[]", "enforcement1")));
  }

  private static BadInput check(String name, int status, String user, Object... replacements) {
    return api(
        "spot check " + name,
        status,
        f -> f.post("/api/spot-checks", Json.of(CHECK, replacements), user));
  }

  private static Stream<BadInput> spotChecks() {
    return Stream.of(
        check("unknown type", 400, "supervision1", "checkType", "HOLIDAY"),
        check("date as a word", 400, "supervision1", "plannedFrom", "yesterday"),
        check("SQL injection in the number", 400, "supervision1", "number", "DC2026-1' OR '1'='1"),
        check("started by a clerk", 403, "enforcement1"),
        check("1 MB targets", 400, "supervision1", "targets", Json.HUGE),
        check("1 MB members", 400, "supervision1", "members", Json.HUGE),
        check("script in the focus", 400, "supervision1", "focus", "<img src=x onerror=alert(1)>"),
        api(
            "spot check statistics with 02-30",
            400,
            f ->
                f.get("/api/spot-checks/statistics?from=2026-02-30&to=2026-03-01", "supervision1")),
        api(
            "spot check list read by a clerk",
            403,
            f -> f.get("/api/spot-checks", "enforcement1")));
  }

  private static BadInput measure(String name, int status, String user, Object... replacements) {
    return api(
        "measure " + name,
        status,
        f -> f.post("/api/measures", Json.of(MEASURE, replacements), user));
  }

  private static BadInput plan(String name, int status, String user, Object... replacements) {
    return api(
        "plan " + name, status, f -> f.post("/api/plans", Json.of(PLAN, replacements), user));
  }

  private static Stream<BadInput> measures() {
    return Stream.of(
        measure("added by a clerk", 403, "enforcement1"),
        measure("due yesterday", 400, "rectOffice1", "dueDate", TODAY.minusDays(1).toString()),
        measure("29 February of a common year", 400, "rectOffice1", "dueDate", "2027-02-29"),
        measure("phase 9", 400, "rectOffice1", "phase", 9),
        measure("unknown department", 400, "rectOffice1", "department", "zoo"),
        measure("unknown problem", 400, "rectOffice1", "problem", 9999),
        measure("script in the title", 400, "rectOffice1", "title", SCRIPT),
        measure("1 MB narrative", 400, "rectOffice1", "narrative", Json.HUGE),
        measure("script as co-department", 400, "rectOffice1", "coDepartments", List.of(SCRIPT)),
        api(
            "measure list with SQL as status",
            400,
            f -> f.get("/api/measures?status=DROP%20TABLE%20rect_measure", "office1")),
        api(
            "measure list with text as aspect",
            400,
            f -> f.get("/api/measures?aspect=abc", "office1")),
        api(
            "measure lookup with SQL injection",
            404,
            f -> f.get("/api/measures/M01%27%20OR%20%271%27%3D%271", "office1")),
        plan("registered by the office", 403, "office1"),
        plan("phase ending before it starts", 400, "rectOffice1", "phase2End", TODAY.toString()),
        plan("1 MB title", 400, "rectOffice1", "title", Json.HUGE),
        plan("without aspects", 400, "rectOffice1", "aspects", List.of()),
        plan(
            "script in a problem",
            400,
            "rectOffice1",
            "aspects",
            List.of(Map.of("heading", "方面", "problems", List.of(SCRIPT)))));
  }
}
