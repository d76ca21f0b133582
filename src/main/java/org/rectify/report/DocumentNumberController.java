package org.rectify.report;

import java.util.List;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 发文字号 register over HTTP (Tasklist, 办公室工作 → 发文字号): the notice's readers list it; the
 * rectification office numbers a plan's notice (编号并印发) once, after which the notice prints its
 * number.
 */
@RestController
class DocumentNumberController {

  private final DocumentNumbers numbers;
  private final NoticeComposer composer;
  private final CurrentUser currentUser;

  DocumentNumberController(
      DocumentNumbers numbers, NoticeComposer composer, CurrentUser currentUser) {
    this.numbers = numbers;
    this.composer = composer;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/document-numbers")
  List<DocumentNumbers.Entry> register() {
    return numbers.register();
  }

  @PostMapping("/api/plans/{id}/notice/number")
  DocumentNumbers.Entry numberTheNotice(
      @PathVariable long id, @RequestBody(required = false) DocumentNumbers.Request request) {
    Notice notice = composer.compose(id);
    numbers
        .ofNotice(id)
        .ifPresent(
            entry -> {
              throw ApiException.conflict("该方案的整改情况通报已编号为" + entry.documentNumber() + "，不能重复编号");
            });
    try {
      return numbers.allocate(
          request == null ? null : request.prefix(),
          DocumentNumbers.Kind.NOTICE,
          notice.title(),
          id,
          currentUser.id());
    } catch (DuplicateKeyException raced) {
      throw ApiException.conflict("该方案的整改情况通报已由他人同时编号，请刷新后查看");
    }
  }
}
