package org.rectify.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The generated notice of a plan as Word document and as HTML preview (with the editor's warnings).
 */
@RestController
class NoticeController {

  private final NoticeComposer composer;

  NoticeController(NoticeComposer composer) {
    this.composer = composer;
  }

  @GetMapping("/api/plans/{id}/notice.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    Notice notice = composer.compose(id);
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("巡察整改情况通报.docx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(NoticeDocument.docx(notice));
  }

  @GetMapping(value = "/api/plans/{id}/notice.html", produces = "text/html;charset=UTF-8")
  String html(@PathVariable long id) {
    return NoticeDocument.html(composer.compose(id));
  }
}
