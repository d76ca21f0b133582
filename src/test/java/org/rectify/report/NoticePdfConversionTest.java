package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the generated notice of the demo plan opens in LibreOffice. The .docx from the API is
 * converted with {@code soffice --headless --convert-to pdf} and read back with poppler's {@code
 * pdftotext}; the key figures must survive. Needs LibreOffice and poppler-utils: {@code
 * .ci/install-libreoffice} installs them (CI does so before the tests); without them this test
 * fails and says so, it is never skipped.
 */
@Tag("libreoffice")
class NoticePdfConversionTest extends ReportTestBase {

  private static final Path WORK = Path.of("target", "notice-pdf");

  @Test
  void demoNoticeConvertsToPdfWithItsKeyFigures() throws Exception {
    String soffice = executable("soffice", "libreoffice");
    String pdftotext = executable("pdftotext");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                http.builder("/api/plans/" + seedPlan() + "/notice.docx", "rectOffice1", "demo")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    Files.createDirectories(WORK);
    Path docx = WORK.resolve("notice.docx");
    Files.write(docx, response.body());
    Path pdf = WORK.resolve("notice.pdf");
    Files.deleteIfExists(pdf);
    // an own profile directory: no clash with a LibreOffice the developer has open, no first-start
    // dialogs
    String profile = WORK.resolve("profile").toAbsolutePath().toUri().toString();

    run(
        List.of(
            soffice,
            "-env:UserInstallation=" + profile,
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            WORK.toString(),
            docx.toString()));

    assertThat(pdf).exists();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Path text = WORK.resolve("notice.txt");
    run(List.of(pdftotext, "-enc", "UTF-8", pdf.toString(), text.toString()));
    String content = Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s+", "");
    assertThat(content)
        .contains("中共深圳市坪山区城市管理局党组关于巡察整改情况通报")
        .contains("针对4个方面17个问题，逐条梳理34条整改措施")
        .contains("共开展6次巡察暗访活动，发现问题5宗，通报2次")
        .contains("三、下一步工作打算")
        .contains("联系电话：");
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("last-command.log").toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command.get(0) + " did not finish within 180 s");
    }
    assertThat(process.exitValue())
        .as(String.join(" ", command) + "\n" + Files.readString(WORK.resolve("last-command.log")))
        .isZero();
  }

  private static String executable(String... names) {
    for (String name : names) {
      for (String dir :
          System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
        File candidate = new File(dir, name);
        if (candidate.canExecute()) {
          return candidate.getAbsolutePath();
        }
      }
    }
    return fail(
        String.join("/", names)
            + " not found: run .ci/install-libreoffice (LibreOffice Writer, "
            + "poppler-utils, CJK fonts) — see docs/reports.md");
  }
}
