package org.rectify.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A plan workbook in the import template's layout with {@code bench.measures} measures (20 aspects,
 * 100 problems), uploaded to {@code POST /api/plans/import} as the office does: a dry run first,
 * then the import. Each sample imports new measure codes, so every run writes a whole plan.
 */
final class ImportBenchmark {

  private static final String USER = "benchRectOffice";
  private static final String PASSWORD = "Bench-User-2026";
  private static final String[] DEPARTMENTS = {"办公室", "执法科", "环卫科", "园林绿化科", "市政科", "广告科"};

  private final int measures;
  private final int samples;

  ImportBenchmark(int measures, int samples) {
    this.measures = measures;
    this.samples = samples;
  }

  void run(Database database) {
    String db = "rectify_bench_import";
    try (RectifyApp app =
        new RectifyApp("import", database.springProperties(database.create(db)))) {
      IdentityService identity = app.engine().getIdentityService();
      User user = identity.newUser(USER);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(USER, "rectOffice");
      String url =
          "http://127.0.0.1:"
              + app.context().getEnvironment().getProperty("local.server.port")
              + "/api/plans/import?dryRun=";
      List<Double> dryRuns = new ArrayList<>();
      List<Double> imports = new ArrayList<>();
      for (int i = 0; i < samples + 1; i++) {
        byte[] workbook = workbook("P" + i);
        double dry = upload(url + "true", workbook);
        double real = upload(url + "false", workbook);
        if (i > 0) {
          dryRuns.add(dry);
          imports.add(real);
        }
        Report.line(
            "  %s: workbook %d KB, dry run %.2f s, import %.2f s%s",
            database, workbook.length / 1024, dry, real, i == 0 ? " (warm-up)" : "");
      }
      Collections.sort(dryRuns);
      Collections.sort(imports);
      Report.bench(
          "import." + database.label() + "." + measures + "_measures_dry_run_s",
          dryRuns.get(dryRuns.size() / 2),
          "s");
      Report.bench(
          "import." + database.label() + "." + measures + "_measures_s",
          imports.get(imports.size() / 2),
          "s");
    } finally {
      database.drop(db);
    }
  }

  private static double upload(String url, byte[] content) {
    String boundary = "----bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "import → " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(url, e);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private byte[] workbook(String prefix) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet plan = wb.createSheet("方案");
      row(plan, 0, "项目", "内容");
      String[][] facts = {
        {"方案名称", "基准测试整改方案 " + prefix},
        {"巡察组", "区委第一巡察组"},
        {"被巡察单位", "城市管理局党组"},
        {"反馈日期", "2026-12-01"},
        {"声明措施数", String.valueOf(measures)},
        {"第一阶段开始", "2026-12-01"},
        {"第一阶段结束", "2027-01-31"},
        {"第二阶段开始", "2027-02-01"},
        {"第二阶段结束", "2027-06-30"},
        {"第三阶段开始", "2027-07-01"},
        {"第三阶段结束", "2027-12-31"}
      };
      for (int i = 0; i < facts.length; i++) {
        row(plan, i + 1, (Object[]) facts[i]);
      }
      XSSFSheet aspects = wb.createSheet("方面");
      row(aspects, 0, "序号", "标题");
      for (int a = 1; a <= 20; a++) {
        row(aspects, a, a, "方面 " + a);
      }
      XSSFSheet problems = wb.createSheet("问题");
      row(problems, 0, "方面序号", "问题序号", "标题");
      for (int p = 1; p <= 100; p++) {
        row(problems, p, (p - 1) / 5 + 1, p, "问题 " + p);
      }
      XSSFSheet sheet = wb.createSheet("措施");
      row(sheet, 0, "编号", "问题序号", "整改措施", "责任部门", "协办部门", "阶段", "完成时限", "通报段落");
      for (int m = 1; m <= measures; m++) {
        row(
            sheet,
            m,
            prefix + "-" + m,
            (m - 1) % 100 + 1,
            "整改措施 " + m + "：建立台账，逐项销号",
            DEPARTMENTS[m % DEPARTMENTS.length],
            m % 7 == 0 ? "法律顾问" : "",
            m % 3 + 1,
            "2027-06-30",
            "");
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static XSSFRow row(XSSFSheet sheet, int index, Object... values) {
    XSSFRow row = sheet.createRow(index);
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else {
        row.createCell(c).setCellValue((String) values[c]);
      }
    }
    return row;
  }
}
