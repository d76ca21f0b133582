package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code GET /api/session/permissions}: the screens in Tasklist show an entry only when the access
 * matrix admits the user; this is where they read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionPermissionsApiTest {

  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void eachUserLearnsWhatTheMatrixAdmitsHimToCall() throws Exception {
    HttpTestClient http = new HttpTestClient(port);
    JsonNode clerk = permissions(http, "greening1");
    assertThat(clerk.get("userId").asText()).isEqualTo("greening1");
    assertThat(clerk.get("departments").toString()).isEqualTo("[\"greening\"]");
    assertThat(allowed(clerk))
        .contains("POST /api/contracts own", "GET /api/suppliers/blacklist all")
        .doesNotContain(
            "GET /api/meetings all",
            "POST /api/suppliers/blacklist/{id}/removal all",
            "POST /api/tasks/{taskId}/urge all");

    assertThat(allowed(permissions(http, "office1")))
        .contains("POST /api/contracts all", "POST /api/meetings/{id}/held all");
    assertThat(allowed(permissions(http, "leaders1")))
        .contains(
            "POST /api/suppliers/blacklist/{id}/removal all", "POST /api/tasks/{taskId}/urge all")
        .doesNotContain("POST /api/contracts all", "POST /api/contracts own");

    HttpResponse<String> anonymous = http.get("/api/session/permissions", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  private JsonNode permissions(HttpTestClient http, String user) throws Exception {
    HttpResponse<String> response = http.get("/api/session/permissions", user, "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> allowed(JsonNode permissions) {
    List<String> rows = new ArrayList<>();
    permissions
        .get("allowed")
        .forEach(
            row ->
                rows.add(
                    row.get("method").asText()
                        + " "
                        + row.get("path").asText()
                        + (row.get("allRecords").asBoolean() ? " all" : " own")));
    return rows;
  }
}
