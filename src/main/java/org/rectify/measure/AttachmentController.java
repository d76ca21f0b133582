package org.rectify.measure;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.rectify.platform.PlainText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of a measure ({@code /api/measures/{code}/attachments}): Camunda Forms cannot
 * upload, so the forms link to a page that posts here. Only PDF, Office documents and images up to
 * 10 MB are taken; anything else is refused with a Chinese message and nothing is stored. Who may
 * add and read evidence: {@link EvidenceAccess}.
 */
@RestController
@RequestMapping("/api/measures/{code}/attachments")
class AttachmentController {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final int MAX_FILES_PER_MEASURE = 50;
  static final Map<String, String> ALLOWED =
      Map.of(
          "pdf", "application/pdf",
          "doc", "application/msword",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xls", "application/vnd.ms-excel",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "png", "image/png");

  /** Types the browser may show itself when asked ({@code inline=true}). */
  static final java.util.Set<String> PREVIEWABLE =
      java.util.Set.of("application/pdf", "image/png", "image/jpeg");

  /**
   * What a list shows of a file: who uploaded it by name and department (colleagues do not know
   * login ids), and whether it is the caller's own upload (only those he may remove).
   */
  record EvidenceFile(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String uploadedBy,
      String uploaderName,
      String uploaderUnit,
      java.time.LocalDateTime uploadedAt,
      boolean mine) {}

  private final AttachmentRepository attachments;
  private final EvidenceAccess access;
  private final CurrentUser currentUser;
  private final OrganizationDirectory organization;

  AttachmentController(
      AttachmentRepository attachments,
      EvidenceAccess access,
      CurrentUser currentUser,
      OrganizationDirectory organization) {
    this.attachments = attachments;
    this.access = access;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  EvidenceFile upload(@PathVariable String code, @RequestParam("file") MultipartFile file)
      throws IOException {
    access.requireUploader(code);
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (file.isEmpty()) {
      throw ApiException.badRequest("上传的文件是空的，请重新选择文件", "file：文件内容为空");
    }
    if (!ALLOWED.containsKey(extension)) {
      throw ApiException.badRequest(
          "不支持的文件类型，请上传 PDF、Word、Excel、JPG 或 PNG 文件", "file：“" + name + "”的类型不在允许范围内");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ApiException.badRequest(
          "文件过大：单个文件不能超过 10 MB，请压缩或分拆后上传",
          "file：“" + name + "”有 " + (file.getSize() / 1024 / 1024) + " MB");
    }
    if (PlainText.problemOf(name).isPresent()) {
      throw ApiException.badRequest(
          "文件名不能包含 HTML 标记、脚本或表达式，请改名后上传", "file：文件名" + PlainText.problemOf(name).get());
    }
    if (name.length() > 200) {
      throw ApiException.badRequest("文件名过长，请改为 200 字以内", "file：文件名过长");
    }
    if (attachments.count(code) >= MAX_FILES_PER_MEASURE) {
      throw ApiException.badRequest("该整改措施的佐证材料已达 " + MAX_FILES_PER_MEASURE + " 个上限", "file：数量超限");
    }
    String user = currentUser.id();
    long id = attachments.insert(code, name, ALLOWED.get(extension), file.getBytes(), user);
    return attachments.list(code).stream()
        .filter(a -> a.id() == id)
        .map(a -> view(a, user))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The list, and in a header whether the caller may add files (Tasklist's tab hides its upload).
   */
  @GetMapping
  ResponseEntity<List<EvidenceFile>> list(@PathVariable String code) {
    access.requireReader(code);
    String user = currentUser.id();
    return ResponseEntity.ok()
        .header("X-Rectify-May-Upload", String.valueOf(access.mayUpload(code)))
        .body(attachments.list(code).stream().map(a -> view(a, user)).toList());
  }

  /** The uploader takes his own file off the list while the department still holds the measure. */
  @PostMapping("/{id}/removal")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable String code, @PathVariable long id) {
    access.requireRemover(code, attachments.uploaderOf(code, id));
    attachments.remove(code, id, currentUser.id());
  }

  /**
   * The file; {@code inline=true} lets the browser show a PDF or an image itself (the preview of
   * Tasklist's tab) — other types always come as a download, and an inline file runs sandboxed.
   */
  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(
      @PathVariable String code,
      @PathVariable long id,
      @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
    access.requireReader(code);
    AttachmentRepository.AttachmentFile file =
        attachments.find(code, id).orElseThrow(() -> ApiException.notFound("佐证材料不存在：" + id));
    boolean shown = inline && PREVIEWABLE.contains(file.contentType());
    ContentDisposition disposition =
        (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
            .build();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff");
    if (shown) {
      response.header("Content-Security-Policy", "sandbox");
    }
    return response.body(file.content());
  }

  private EvidenceFile view(AttachmentRepository.AttachmentInfo a, String user) {
    return new EvidenceFile(
        a.id(),
        a.fileName(),
        a.contentType(),
        a.sizeBytes(),
        a.uploadedBy(),
        organization.displayNameOf(a.uploadedBy()),
        organization.unitOf(a.uploadedBy()),
        a.uploadedAt(),
        a.uploadedBy().equals(user));
  }
}
