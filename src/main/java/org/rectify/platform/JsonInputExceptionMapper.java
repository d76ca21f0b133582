package org.rectify.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Malformed JSON, or a field of the wrong kind, sent to the engine's REST API: 400 in Chinese
 * naming the field, instead of Jackson's message with Java class names ({@code Cannot deserialize
 * value of type `java.util.LinkedHashMap<…VariableValueDto>`}). One WARN line, no stack trace: it
 * is the caller's mistake. Registered with {@link FormValidationExceptionMapper} in every Jersey
 * application, ahead of the engine's own handlers.
 */
final class JsonInputExceptionMapper {

  private static final Logger LOG = LoggerFactory.getLogger(JsonInputExceptionMapper.class);

  private JsonInputExceptionMapper() {}

  /** Not JSON at all; the exact type of the engine's own handler, ahead of it by priority. */
  @Provider
  @Priority(1)
  static class Malformed implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return refusal(exception);
    }
  }

  /** JSON of the wrong shape or a field of the wrong kind. */
  @Provider
  @Priority(1)
  static class Mistyped implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return refusal(exception);
    }
  }

  private static Response refusal(JsonProcessingException exception) {
    String message = messageOf(exception);
    LOG.warn("Refused malformed JSON on the engine's REST API: {}", message);
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "code", 0, "message", message))
        .build();
  }

  static String messageOf(JsonProcessingException exception) {
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  reference ->
                      reference.getFieldName() != null
                          ? reference.getFieldName()
                          : "[" + reference.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      return "请求内容有误：字段“" + field + "”的值类型不对，未处理";
    }
    if (exception instanceof JsonMappingException) {
      return "请求内容有误：整体结构不符合该接口的要求，未处理";
    }
    return exception.getLocation() == null
        ? "请求内容不是有效的 JSON，未处理"
        : "请求内容不是有效的 JSON（第 "
            + exception.getLocation().getLineNr()
            + " 行第 "
            + exception.getLocation().getColumnNr()
            + " 列附近），未处理";
  }
}
