package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/statistics} on the seed's plan (37 measures: 4 completed, 26 long-term, 7 still open
 * of which the demo makes 2 overdue), the demo contracts and the seed's spot-check record (6 visits
 * / 5 problems / 2 notices).
 */
class StatisticsApiTest extends ReportTestBase {

  private JsonNode statistics(String query) throws Exception {
    HttpResponse<String> response = http.get("/api/statistics" + query, "leaders1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void countsMeasuresInTheNoticesStatusClasses() throws Exception {
    JsonNode stats = statistics("?planId=" + seedPlan());
    assertCounts(stats.get("total"), 37, 4, 26, 7, 2, "94.6");
    JsonNode aspects = stats.get("byAspect");
    assertThat(aspects).hasSize(4);
    assertCounts(aspects.get(0), 9, 2, 6, 1, 0, "100.0");
    assertCounts(aspects.get(1), 10, 2, 5, 3, 1, "90.0");
    assertCounts(aspects.get(2), 6, 0, 5, 1, 0, "100.0");
    assertCounts(aspects.get(3), 12, 0, 10, 2, 1, "91.7");
    assertThat(aspects.get(1).get("label").asText()).isEqualTo("加强组织作风建设，提升干部队伍战斗力");
    JsonNode phases = stats.get("byPhase");
    assertCounts(phases.get(0), 22, 3, 19, 0, 0, "100.0");
    assertCounts(phases.get(1), 15, 1, 7, 7, 2, "86.7");
    JsonNode office = find(stats.get("byDepartment"), "office");
    assertThat(office.get("label").asText()).isEqualTo("办公室");
    assertCounts(office, 24, 3, 17, 4, 1, "95.8");
    assertCounts(find(stats.get("byDepartment"), "legal"), 2, 0, 1, 1, 1, "50.0");
  }

  @Test
  void countsTheSpotChecksOfAWindow() throws Exception {
    JsonNode spot = statistics("?spotFrom=2018-06-08&spotTo=2018-09-10").get("spotChecks");
    assertThat(spot.get("checks").asInt()).isEqualTo(6);
    assertThat(spot.get("upheldFindings").asInt()).isEqualTo(5);
    assertThat(spot.get("notices").asInt()).isEqualTo(2);
    assertThat(spot.get("rectifiedFindings").asInt()).isEqualTo(5);
    JsonNode july = statistics("?spotFrom=2018-07-01&spotTo=2018-07-31").get("spotChecks");
    assertThat(july.get("checks").asInt()).isEqualTo(4);
  }

  @Test
  void countsTheMeetingsHeldInTheWindowByType() throws Exception {
    JsonNode counts =
        statistics("?spotFrom=2018-06-08&spotTo=2018-09-10").get("meetings").get("counts");
    assertThat(meetings(counts, "PARTY_GROUP").get("count").asInt()).isEqualTo(4);
    assertThat(meetings(counts, "LEADING_GROUP").get("count").asInt()).isEqualTo(6);
    assertThat(meetings(counts, "LEADING_GROUP").get("typeName").asText())
        .isEqualTo("巡察整改工作领导小组会议");
    JsonNode july =
        statistics("?spotFrom=2018-07-01&spotTo=2018-07-31").get("meetings").get("counts");
    assertThat(meetings(july, "PARTY_GROUP").get("count").asInt()).isEqualTo(1);
    assertThat(meetings(july, "DIRECTOR_OFFICE").get("count").asInt()).isEqualTo(1);
  }

  private static JsonNode meetings(JsonNode counts, String type) {
    for (JsonNode count : counts) {
      if (count.get("meetingType").asText().equals(type)) {
        return count;
      }
    }
    throw new AssertionError(type);
  }

  @Test
  void listsContractDeadlinesOfTheNextNinetyDays() throws Exception {
    JsonNode stats = statistics("");
    assertThat(stats.get("deadlineWindowDays").asInt()).isEqualTo(90);
    JsonNode deadlines = stats.get("contractDeadlines");
    assertThat(deadlines)
        .isNotEmpty()
        .allSatisfy(
            d ->
                assertThat(d.get("daysLeft").asLong())
                    .isBetween(d.get("overdue").asBoolean() ? Long.MIN_VALUE : 0L, 90L));
    assertThat(deadlines)
        .anySatisfy(
            d -> {
              assertThat(d.get("number").asText()).isEqualTo("HT-2025-SAN-01");
              assertThat(d.get("kind").asText()).isEqualTo("续签议题上会截止");
            });
    assertThat(statistics("?days=30").get("contractDeadlines").size()).isLessThan(deadlines.size());
  }

  /** A deadline missed while the contract is still active stays on the list, flagged. */
  @Test
  void keepsMissedContractDeadlinesFlagged() throws Exception {
    java.sql.Date originalEnd =
        jdbc.queryForObject(
            "select ends_on from contract where number = 'HT-2025-SAN-01'", java.sql.Date.class);
    jdbc.update(
        "update contract set ends_on = ? where number = 'HT-2025-SAN-01'",
        java.time.LocalDate.now().minusDays(3));
    try {
      JsonNode deadlines = statistics("").get("contractDeadlines");
      assertThat(deadlines)
          .anySatisfy(
              d -> {
                assertThat(d.get("number").asText()).isEqualTo("HT-2025-SAN-01");
                assertThat(d.get("kind").asText()).isEqualTo("合同到期（已逾期）");
                assertThat(d.get("overdue").asBoolean()).isTrue();
                assertThat(d.get("daysLeft").asLong()).isEqualTo(-3L);
              });
    } finally {
      jdbc.update("update contract set ends_on = ? where number = 'HT-2025-SAN-01'", originalEnd);
    }
  }

  @Test
  void refusesBadParameters() {
    assertThat(http.get("/api/statistics?days=0", "leaders1", "demo").body()).contains("days：");
    assertThat(
            http.get("/api/statistics?spotFrom=2018-09-01&spotTo=2018-01-01", "leaders1", "demo")
                .statusCode())
        .isEqualTo(400);
  }

  private static void assertCounts(
      JsonNode counts, int total, int completed, int longTerm, int open, int overdue, String rate) {
    assertThat(counts.get("total").asInt()).as("total").isEqualTo(total);
    assertThat(counts.get("completed").asInt()).as("completed").isEqualTo(completed);
    assertThat(counts.get("longTerm").asInt()).as("longTerm").isEqualTo(longTerm);
    assertThat(counts.get("notInPlace").asInt()).as("notInPlace").isEqualTo(open);
    assertThat(counts.get("overdue").asInt()).as("overdue").isEqualTo(overdue);
    assertThat(counts.get("onTimeRate").decimalValue()).isEqualByComparingTo(rate);
  }

  private static JsonNode find(JsonNode groups, String key) {
    for (JsonNode group : groups) {
      if (group.get("key").asText().equals(key)) {
        return group;
      }
    }
    throw new AssertionError(key);
  }
}
