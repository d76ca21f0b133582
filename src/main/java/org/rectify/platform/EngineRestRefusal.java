package org.rectify.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A refusal on the engine's REST API (or the webapps' engine API) in the engine's own error shape,
 * {@code {"type": "InvalidRequestException", "message": "…", "code": 0}} (with Rectify's {@code
 * error}/{@code details} beside it), so that Tasklist shows the Chinese message where the user
 * acted.
 */
final class EngineRestRefusal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineRestRefusal() {}

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json;charset=UTF-8");
    JSON.writeValue(
        response.getOutputStream(),
        Map.of(
            "type",
            "InvalidRequestException",
            "message",
            message,
            "code",
            0,
            "error",
            message,
            "details",
            List.of()));
  }
}
