package org.rectify.report;

import java.io.IOException;
import org.rectify.platform.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/plans/import?dryRun=true|false} (multipart field {@code file}): the
 * rectification office imports a plan from the template workbook. Dry run lists every problem; a
 * real import writes all or nothing.
 */
@RestController
class PlanImportController {

  private final PlanImporter importer;

  PlanImportController(PlanImporter importer) {
    this.importer = importer;
  }

  @PostMapping("/api/plans/import")
  ResponseEntity<PlanImporter.Result> importPlan(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "dryRun", defaultValue = "true") String dryRun)
      throws IOException {
    if (!dryRun.equals("true") && !dryRun.equals("false")) {
      throw ApiException.badRequest("查询参数无效", "dryRun：应为 true 或 false");
    }
    if (file == null || file.isEmpty()) {
      throw ApiException.badRequest("请上传方案模板", "file：缺少文件");
    }
    if (file.getSize() > PlanWorkbookReader.MAX_BYTES) {
      throw ApiException.badRequest("文件过大", "file：不得超过 2 MB");
    }
    PlanImporter.Result result = importer.importPlan(file.getBytes(), Boolean.parseBoolean(dryRun));
    return result.valid()
        ? ResponseEntity.ok(result)
        : ResponseEntity.unprocessableEntity().body(result);
  }
}
