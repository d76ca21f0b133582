package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Malformed JSON or a field of the wrong kind on the engine's REST API: 400 in Chinese naming the
 * field, never Jackson's message with Java class names. (The mappers are registered in every Jersey
 * application, the webapps' engine API included, by {@link FormValidationAutoDiscoverable}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MalformedEngineRequestTest {

  @LocalServerPort int port;

  private void assertRefused(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body())
        .contains(message)
        .doesNotContain("java.", "org.camunda", "Cannot deserialize", "JsonToken");
  }

  @Test
  void malformedOrMistypedJsonIsRefusedInChineseWithoutInternals() {
    HttpTestClient http = new HttpTestClient(port);
    assertRefused(http.post("/engine-rest/task", "{", "admin", "admin"), "请求内容不是有效的 JSON");
    assertRefused(
        http.post("/engine-rest/task", "{\"maxPriority\": \"abc\"}", "admin", "admin"),
        "字段“maxPriority”的值类型不对");
    assertRefused(http.post("/engine-rest/task/count", "[]", "admin", "admin"), "整体结构不符合该接口的要求");
    assertRefused(
        http.post("/engine-rest/task/xyz/complete", "{\"variables\": 5}", "admin", "admin"),
        "字段“variables”的值类型不对");
  }
}
