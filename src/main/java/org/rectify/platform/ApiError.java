package org.rectify.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JSON error body of Rectify's API: {@code {"error": "...", "details": [...]}}. */
public record ApiError(String error, List<String> details) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static ApiError of(String error, List<String> details) {
    return new ApiError(error, List.copyOf(details));
  }

  /** Writes the error from a servlet filter, where no Spring MVC message converter is in reach. */
  public void write(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json;charset=UTF-8");
    MAPPER.writeValue(response.getOutputStream(), this);
  }
}
