package org.rectify.measure;

import java.util.List;
import org.rectify.platform.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file beyond the servlet's multipart limit never reaches the controller: answer it with the same
 * Chinese refusal as a file beyond 10 MB instead of a server error. Ordered before the platform's
 * catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(ApiError.of("文件过大：单个文件不能超过 10 MB，请压缩或分拆后上传", List.of("file：超过上传大小上限")));
  }
}
