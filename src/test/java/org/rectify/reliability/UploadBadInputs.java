package org.rectify.reliability;

import static org.rectify.reliability.BadInput.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Evidence files and plan workbooks that must be refused: wrong type, too large, macros, formulas,
 * zip bombs.
 */
final class UploadBadInputs {

  private static final String IMPORT = "/api/plans/import?dryRun=false";

  private UploadBadInputs() {}

  static Stream<BadInput> cases() {
    byte[] pdf = "%PDF-1.4 整改台账".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        upload(
            "evidence as .exe",
            400,
            f -> f.upload(attachments(f), "run.exe", new byte[] {'M', 'Z', 1}, f.head())),
        upload(
            "evidence of 11 MB",
            400,
            f -> f.upload(attachments(f), "big.pdf", new byte[11 << 20], f.head())),
        upload(
            "evidence of 20.5 MB (beyond the servlet's multipart limit)",
            413,
            f ->
                f.upload(attachments(f), "huge.pdf", new byte[(20 << 20) + (512 << 10)], f.head())),
        upload(
            "evidence for an unknown measure",
            404,
            f -> f.upload("/api/measures/M999/attachments", "a.pdf", pdf, f.head())),
        upload(
            "evidence with a script as file name",
            400,
            f -> f.upload(attachments(f), "<script>alert(1)</script>.pdf", pdf, f.head())),
        upload(
            "evidence for another department's measure",
            403,
            f -> f.upload(attachments(f), "a.pdf", pdf, f.outsider())),
        upload(
            "empty evidence file",
            400,
            f -> f.upload(attachments(f), "empty.pdf", new byte[0], f.head())),
        upload("evidence id as text", 400, f -> f.get(attachments(f) + "/abc", f.head())),
        upload(
            "plan import of a text file",
            400,
            f ->
                f.upload(
                    IMPORT,
                    "plan.xlsx",
                    "方案名称,测试".getBytes(StandardCharsets.UTF_8),
                    "rectOffice1")),
        upload(
            "plan import of 3 MB", 400, f -> f.upload(IMPORT, "plan.xlsx", large(), "rectOffice1")),
        upload(
            "plan import with macros",
            400,
            f -> f.upload(IMPORT, "plan.xlsm", macroWorkbook(), "rectOffice1")),
        upload(
            "plan import with formulas",
            422,
            f -> f.upload(IMPORT, "plan.xlsx", formulaWorkbook(), "rectOffice1")),
        upload(
            "plan import with a script as measure title",
            422,
            f ->
                f.upload(
                    IMPORT, "plan.xlsx", planWorkbook("<script>alert(1)</script>"), "rectOffice1")),
        upload(
            "plan import with an expression as measure title",
            422,
            f -> f.upload(IMPORT, "plan.xlsx", planWorkbook("${runtimeService}"), "rectOffice1")),
        upload(
            "plan import of a zip bomb",
            400,
            f -> f.upload(IMPORT, "plan.xlsx", zipBomb(), "rectOffice1")),
        upload(
            "plan import of a broken zip",
            400,
            f ->
                f.upload(
                    IMPORT,
                    "plan.xlsx",
                    "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
                    "rectOffice1")),
        upload(
            "plan import with dryRun=maybe",
            400,
            f ->
                f.upload(
                    "/api/plans/import?dryRun=maybe",
                    "plan.xlsx",
                    formulaWorkbook(),
                    "rectOffice1")),
        upload(
            "plan import by a clerk",
            403,
            f -> f.upload(IMPORT, "plan.xlsx", formulaWorkbook(), "enforcement1")),
        upload(
            "plan import without a file",
            400,
            f ->
                f.postRaw(
                    IMPORT,
                    "multipart/form-data; boundary=x",
                    "--x--\r\n".getBytes(StandardCharsets.UTF_8),
                    "rectOffice1")));
  }

  private static String attachments(BadInputFixture f) {
    return "/api/measures/" + f.measure() + "/attachments";
  }

  private static byte[] large() {
    byte[] content = new byte[3 << 20];
    content[0] = 'P';
    content[1] = 'K';
    return content;
  }

  private static byte[] macroWorkbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
      workbook.createSheet("方案").createRow(0).createCell(0).setCellValue("方案名称");
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template's four sheets, the measure's due date computed by a formula. */
  private static byte[] formulaWorkbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      for (String name : new String[] {"方案", "方面", "问题"}) {
        workbook.createSheet(name).createRow(0).createCell(0).setCellValue("表头");
      }
      XSSFSheet measures = workbook.createSheet("措施");
      measures.createRow(0).createCell(0).setCellValue("编号");
      measures.createRow(1).createCell(6).setCellFormula("TODAY()+30");
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A complete, otherwise valid plan template whose only measure has the given title. */
  static byte[] planWorkbook(String measureTitle) {
    String today = java.time.LocalDate.now().toString();
    String later = java.time.LocalDate.now().plusMonths(6).toString();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet plan = workbook.createSheet("方案");
      plan.createRow(0).createCell(0).setCellValue("项目");
      String[][] facts = {
        {"方案名称", "导入测试方案"},
        {"巡察组", "区委第一巡察组"},
        {"被巡察单位", "区城市管理局"},
        {"反馈日期", today},
        {"声明措施数", "1"},
        {"第一阶段开始", today},
        {"第一阶段结束", today},
        {"第二阶段开始", today},
        {"第二阶段结束", later},
        {"第三阶段开始", later},
        {"第三阶段结束", later}
      };
      for (int i = 0; i < facts.length; i++) {
        row(plan, i + 1, facts[i]);
      }
      row(workbook.createSheet("方面"), 0, "序号", "方面");
      row(workbook.getSheet("方面"), 1, "1", "落实主体责任");
      row(workbook.createSheet("问题"), 0, "方面", "序号", "问题");
      row(workbook.getSheet("问题"), 1, "1", "1", "制度执行不严");
      row(workbook.createSheet("措施"), 0, "编号", "问题", "措施", "责任部门", "协办", "阶段", "期限", "说明");
      row(workbook.getSheet("措施"), 1, "X01", "1", measureTitle, "enforcement", "", "2", later, "");
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(XSSFSheet sheet, int index, String... values) {
    var row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }

  /** 200 MB of zeros deflated to a few hundred KB, posing as the workbook part. */
  private static byte[] zipBomb() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
