package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three ledgers over HTTP: login, rows, filters, sorting and parameter validation. */
class LedgerApiTest extends ReportTestBase {

  private final ObjectMapper json = new ObjectMapper();

  private JsonNode get(String path) throws Exception {
    return get(path, path.startsWith("/api/ledger/spot-checks") ? "supervision1" : "rectOffice1");
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = http.get(path, user, "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void requiresLogin() {
    assertThat(http.get("/api/ledger", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/ledger/contracts", "nobody", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void listsEveryMeasureWithItsPlaceOwnersStatusAndColour() throws Exception {
    JsonNode rows = get("/api/ledger?planId=" + seedPlan());
    assertThat(rows).hasSize(37);
    JsonNode m16 = find(rows, "code", "M16");
    assertThat(m16.get("aspectNo").asInt()).isEqualTo(2);
    assertThat(m16.get("department").asText()).isEqualTo("enforcement");
    assertThat(m16.get("departmentName").asText()).isEqualTo("执法科");
    assertThat(m16.get("statusLabel").asText()).isEqualTo("整改中");
    assertThat(m16.get("colourText").asText()).isIn("绿色 正常", "黄色 临近", "红色 超期");
    JsonNode m01 = find(rows, "code", "M01");
    assertThat(m01.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(m01.get("colour").asText()).isEqualTo("GREEN");
    assertThat(m01.get("overdue").asBoolean()).isFalse();
  }

  @Test
  void filtersAndSorts() throws Exception {
    JsonNode overdue = get("/api/ledger?overdue=true&sort=dueDate");
    assertThat(overdue)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.get("colour").asText()).isEqualTo("RED");
              assertThat(LocalDate.parse(r.get("dueDate").asText()))
                  .isBefore(LocalDate.now(StatusColours.ZONE));
            });
    JsonNode aspect4 = get("/api/ledger?aspect=4&sort=code&order=desc&planId=" + seedPlan());
    assertThat(aspect4).allSatisfy(r -> assertThat(r.get("aspectNo").asInt()).isEqualTo(4));
    List<String> codes = new ArrayList<>();
    aspect4.forEach(r -> codes.add(r.get("code").asText()));
    assertThat(codes).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSize(12);
    assertThat(get("/api/ledger?department=office"))
        .anySatisfy(r -> assertThat(r.get("code").asText()).isEqualTo("M14"));
    assertThat(get("/api/ledger?statusClass=LONG_TERM"))
        .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("LONG_TERM"));
  }

  @Test
  void refusesBadParametersNamingThem() {
    assertBadRequest("/api/ledger?phase=4", "phase");
    assertBadRequest("/api/ledger?aspect=x", "aspect");
    assertBadRequest("/api/ledger?department=nowhere", "department");
    assertBadRequest("/api/ledger?status=DONE", "status");
    assertBadRequest("/api/ledger?sort=title", "sort");
    assertBadRequest("/api/ledger?dueFrom=2026-13-01", "dueFrom");
    assertBadRequest("/api/ledger?colur=RED", "colur");
    assertBadRequest("/api/ledger/contracts?expiringWithinDays=-1", "expiringWithinDays");
    assertBadRequest(
        "/api/ledger/spot-checks?visitedFrom=2018-09-01&visitedTo=2018-08-01", "visitedTo");
  }

  @Test
  void listsContractsWithDeadlinesAssessmentsAndBlacklist() throws Exception {
    JsonNode rows = get("/api/ledger/contracts?sort=endsOn");
    assertThat(rows.size()).isGreaterThan(5);
    JsonNode twoFails = find(rows, "number", "HT-2025-SAN-02");
    assertThat(twoFails.get("unsatisfactoryAssessments").asInt()).isEqualTo(2);
    assertThat(twoFails.get("blacklisted").asBoolean()).isFalse();
    assertThat(LocalDate.parse(twoFails.get("renewalDeadline").asText()))
        .isEqualTo(LocalDate.parse(twoFails.get("endsOn").asText()).minusMonths(2));
    JsonNode soon = get("/api/ledger/contracts?expiringWithinDays=90");
    assertThat(soon).allSatisfy(r -> assertThat(r.get("daysToExpiry").asLong()).isBetween(0L, 90L));
  }

  @Test
  void listsSpotChecksWithCountsOnly() throws Exception {
    JsonNode rows = get("/api/ledger/spot-checks?visitedFrom=2018-06-08&visitedTo=2018-09-10");
    assertThat(rows).hasSize(6);
    int findings = 0;
    int notices = 0;
    for (JsonNode r : rows) {
      findings += r.get("upheldFindings").asInt();
      notices += r.get("notices").asInt();
      assertThat(r.has("personName")).isFalse();
    }
    assertThat(findings).isEqualTo(5);
    assertThat(notices).isEqualTo(2);
    assertThat(get("/api/ledger/spot-checks?status=NO_FINDINGS")).hasSize(1);
  }

  /**
   * The spot-check ledger carries the covert plans' dates: closed to clerks and the rectification
   * office; supervision and the Party secretary read every check, a leader only the checks whose
   * findings concern his departments (the seed's findings are all in enforcement, led by leaders2).
   */
  @Test
  void spotCheckLedgerIsReadOnlyBySupervisionThePartySecretaryAndTheLeadersConcerned()
      throws Exception {
    for (String outsider : List.of("greening1", "rectOffice1", "office1", "greeningHead")) {
      for (String path : List.of("/api/ledger/spot-checks", "/api/ledger/spot-checks.xlsx")) {
        HttpResponse<String> refused = http.get(path, outsider, "demo");
        assertThat(refused.statusCode()).as(outsider + " " + path).isEqualTo(403);
        assertThat(refused.body()).contains("没有权限").doesNotContain("AF-2018");
      }
    }
    assertThat(numbers(get("/api/ledger/spot-checks", "supervision1")))
        .containsExactly(
            "AF-2018-01", "AF-2018-02", "AF-2018-03", "AF-2018-04", "AF-2018-05", "AF-2018-06");
    assertThat(numbers(get("/api/ledger/spot-checks", "partySecretary1"))).hasSize(6);
    assertThat(numbers(get("/api/ledger/spot-checks", "leaders1")))
        .as("the leader in charge of supervision")
        .hasSize(6);
    assertThat(numbers(get("/api/ledger/spot-checks", "leaders2")))
        .as("the leader of enforcement, named in the findings of the first five")
        .containsExactly("AF-2018-01", "AF-2018-02", "AF-2018-03", "AF-2018-04", "AF-2018-05");
    assertThat(numbers(get("/api/ledger/spot-checks", "leaders3"))).isEmpty();
    assertThat(numbers(get("/api/spot-checks", "leaders3")))
        .as("the register's list too")
        .isEmpty();
  }

  private static List<String> numbers(JsonNode rows) {
    List<String> numbers = new ArrayList<>();
    rows.forEach(r -> numbers.add(r.get("number").asText()));
    return numbers;
  }

  private void assertBadRequest(String path, String parameter) {
    String user = path.startsWith("/api/ledger/spot-checks") ? "supervision1" : "rectOffice1";
    HttpResponse<String> response = http.get(path, user, "demo");
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.body()).as(path).contains(parameter + "：");
  }

  private static JsonNode find(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (row.get(field).asText().equals(value)) {
        return row;
      }
    }
    throw new AssertionError(value + " not in ledger");
  }
}
