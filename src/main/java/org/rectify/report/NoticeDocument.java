package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a {@link Notice} in the usual layout of a Party document: 方正小标宋-style title (宋体 bold 22
 * pt), 黑体 part headings, 楷体 section headings, 仿宋 body with a two-character first-line indent,
 * right-aligned signature. Every run names its East-Asian font so Word, WPS and LibreOffice do not
 * fall back to a Latin font.
 */
final class NoticeDocument {

  private NoticeDocument() {}

  static byte[] docx(Notice notice) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Notice.Paragraph p : notice.paragraphs()) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBetween(1.5);
        XWPFRun run = paragraph.createRun();
        run.setText(p.text());
        switch (p.kind()) {
          case TITLE -> {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            font(run, "宋体", 22, true);
          }
          case NUMBER -> {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            font(run, "仿宋", 16, false);
          }
          case PART -> font(run, "黑体", 16, false);
          case SECTION -> font(run, "楷体", 16, false);
          case SIGNATURE -> {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
            font(run, "仿宋", 16, false);
          }
          default -> {
            paragraph.setIndentationFirstLine(640);
            font(run, "仿宋", 16, p.kind() == Notice.Kind.ITEM);
          }
        }
        if (p.kind() == Notice.Kind.PART || p.kind() == Notice.Kind.SECTION) {
          paragraph.setIndentationFirstLine(640);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void font(XWPFRun run, String family, int size, boolean bold) {
    run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily(family, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(family, XWPFRun.FontCharRange.hAnsi);
    run.setFontSize(size);
    run.setBold(bold);
  }

  static String html(Notice notice) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>"
                + HtmlUtils.htmlEscape(notice.title())
                + "（预览）</title><style>"
                + "body{font-family:'FangSong','仿宋',serif;font-size:16pt;max-width:42em;margin:2em auto;line-height:1.8}"
                + "h1{font-family:'SimSun','宋体',serif;text-align:center;font-size:22pt}"
                + "h2{font-family:'SimHei','黑体',sans-serif;font-size:16pt;font-weight:normal;text-indent:2em}"
                + "h3{font-family:'KaiTi','楷体',serif;font-size:16pt;font-weight:normal;text-indent:2em}"
                + "p{text-indent:2em;margin:0} p.item{font-weight:bold} p.signature{text-align:right}"
                + ".warnings{border:2px solid #c00;background:#fee;padding:.5em 1em;font-family:sans-serif;font-size:11pt}"
                + "</style></head><body>");
    if (!notice.warnings().isEmpty()) {
      html.append("<div class=\"warnings\" role=\"alert\"><strong>发布前请核对：</strong><ul>");
      notice
          .warnings()
          .forEach(w -> html.append("<li>").append(HtmlUtils.htmlEscape(w)).append("</li>"));
      html.append("</ul><a href=\"notice.docx\">下载 Word 文档</a></div>");
    }
    for (Notice.Paragraph p : notice.paragraphs()) {
      String text = HtmlUtils.htmlEscape(p.text());
      html.append(
          switch (p.kind()) {
            case NUMBER -> "<p class=\"document-number\">" + text + "</p>";
            case TITLE -> "<h1>" + text + "</h1>";
            case PART -> "<h2>" + text + "</h2>";
            case SECTION -> "<h3>" + text + "</h3>";
            case ITEM -> "<p class=\"item\">" + text + "</p>";
            case SIGNATURE -> "<p class=\"signature\">" + text + "</p>";
            default -> "<p>" + text + "</p>";
          });
    }
    return html.append("</body></html>").toString();
  }
}
