package org.rectify.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal on {@code /api} into the JSON error of the conventions with a Chinese message
 * and the offending field named, never an HTML page or a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> api(ApiException e) {
    return respond(e.status(), e.getMessage(), e.details());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return respond(
          HttpStatus.BAD_REQUEST,
          "请求包含未知字段：" + unknown.getPropertyName(),
          List.of(unknown.getPropertyName() + "：不是允许的字段，允许的字段有 " + unknown.getKnownPropertyIds()));
    }
    if (cause instanceof InvalidFormatException invalid) {
      String field = path(invalid);
      return respond(
          HttpStatus.BAD_REQUEST,
          "字段格式不正确：" + field,
          List.of(field + "：无法识别的值 “" + invalid.getValue() + "”"));
    }
    if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      String field = path(mismatched);
      return respond(HttpStatus.BAD_REQUEST, "字段类型不正确：" + field, List.of(field + "：类型不符合要求"));
    }
    return respond(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON", List.of());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    List<String> details =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> error.getField() + "：" + error.getDefaultMessage())
            .sorted()
            .collect(Collectors.toList());
    return respond(HttpStatus.BAD_REQUEST, "请求数据未通过校验", details);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
    List<String> details =
        e.getAllErrors().stream().map(error -> String.valueOf(error.getDefaultMessage())).toList();
    return respond(HttpStatus.BAD_REQUEST, "请求参数未通过校验", details);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    return respond(
        HttpStatus.BAD_REQUEST,
        "参数格式不正确：" + e.getName(),
        List.of(e.getName() + "：无法识别的值 “" + e.getValue() + "”"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return respond(
        HttpStatus.BAD_REQUEST,
        "缺少参数：" + e.getParameterName(),
        List.of(e.getParameterName() + "：必填"));
  }

  /** A status a controller chose ({@code ResponseStatusException}), with its Chinese reason. */
  @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
  ResponseEntity<ApiError> status(org.springframework.web.server.ResponseStatusException e) {
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    return respond(
        status == null ? HttpStatus.BAD_REQUEST : status,
        e.getReason() == null ? "请求无法处理" : e.getReason(),
        List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
    return respond(HttpStatus.NOT_FOUND, "资源不存在：/" + e.getResourcePath(), List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return respond(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法：" + e.getMethod(), List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求内容类型须为 application/json", List.of());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return respond(HttpStatus.FORBIDDEN, "没有权限执行此操作", List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    LOG.error("Unexpected error on the API", e);
    return respond(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请联系管理员", List.of());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static ResponseEntity<ApiError> respond(
      HttpStatus status, String message, List<String> details) {
    return ResponseEntity.status(status).body(ApiError.of(message, details));
  }
}
