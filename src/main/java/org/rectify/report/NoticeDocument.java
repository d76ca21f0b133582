package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a {@link Notice} after GB/T 9704-2012: A4, top margin 37 mm, left 28 mm, type area 156 ×
 * 225 mm (right 26 mm, bottom 35 mm), a document grid of 22 lines × 28 characters (line pitch 28.95
 * pt, character pitch 15.79 pt, the default text 3号仿宋); title 2号小标宋 (方正小标宋简体 22 pt), level-1
 * headings 黑体, level-2 楷体, body 3号仿宋 (16 pt) with a two-character first-line indent, right-aligned
 * signature; page numbers 4号 (14 pt) half-width Arabic between dashes (— 1 —), on odd pages at the
 * right and on even pages at the left, one character in from the edge; the 版记 (抄送, 印发机关 and 印发日期)
 * in 4号仿宋 between a thick line above and below and a thin line between them. Every run names its
 * East-Asian font so Word, WPS and LibreOffice do not fall back to a Latin font.
 */
final class NoticeDocument {

  /** Millimetres in twentieths of a point. */
  static long twips(double mm) {
    return Math.round(mm / 25.4 * 1440);
  }

  static final String TITLE_FONT = "方正小标宋简体";

  /** Line pitch: 225 mm type area / 22 lines, in points. */
  static final double LINE_PITCH = 225 / 25.4 * 72 / 22;

  /** Character pitch: 156 mm type area / 28 characters, in points. */
  static final double CHAR_PITCH = 156 / 25.4 * 72 / 28;

  /** Body text: 3号 (16 pt). */
  static final int BODY_SIZE = 16;

  /** 版记 and page numbers: 4号 (14 pt); one character of it in twips, the indent from the edge. */
  static final int SMALL_SIZE = 14;

  private static final int ONE_SMALL_CHARACTER = SMALL_SIZE * 20;

  private NoticeDocument() {}

  static byte[] docx(Notice notice) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      defaults(document);
      page(document);
      for (Notice.Paragraph p : notice.paragraphs()) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBetween(Math.floor(LINE_PITCH * 100) / 100, LineSpacingRule.EXACT);
        XWPFRun run = paragraph.createRun();
        String[] columns = p.text().split("\t", 2);
        run.setText(columns[0]);
        if (columns.length > 1) {
          run.addTab();
          run.setText(columns[1]);
        }
        switch (p.kind()) {
          case TITLE -> {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            font(run, TITLE_FONT, 22, false);
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
          case COPY_TO -> {
            colophonLine(paragraph, run);
            border(paragraph.getCTP().getPPr().addNewPBdr().addNewTop(), 8);
            border(paragraph.getCTP().getPPr().getPBdr().addNewBottom(), 6);
          }
          case PRINTED -> {
            colophonLine(paragraph, run);
            CTTabStop end = paragraph.getCTP().getPPr().addNewTabs().addNewTab();
            end.setVal(STTabJc.RIGHT);
            end.setPos(BigInteger.valueOf(twips(156) - ONE_SMALL_CHARACTER));
            border(paragraph.getCTP().getPPr().addNewPBdr().addNewBottom(), 8);
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

  /** The document's default text, 3号仿宋, which the character grid is measured in. */
  private static void defaults(XWPFDocument document) {
    XWPFStyles styles = document.createStyles();
    CTStyles defaults = CTStyles.Factory.newInstance();
    var run = defaults.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    CTFonts fonts = run.addNewRFonts();
    fonts.setEastAsia("仿宋");
    fonts.setAscii("仿宋");
    fonts.setHAnsi("仿宋");
    run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
    run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
    styles.setStyles(defaults);
  }

  /** A 版记 line: 4号仿宋, one character in from both edges. */
  private static void colophonLine(XWPFParagraph paragraph, XWPFRun run) {
    font(run, "仿宋", SMALL_SIZE, false);
    paragraph.setIndentationLeft(ONE_SMALL_CHARACTER);
    paragraph.setIndentationRight(ONE_SMALL_CHARACTER);
  }

  /** A full-width line of {@code eighths} eighths of a point (8 = 0.35 mm, 6 = 0.25 mm). */
  private static void border(CTBorder line, int eighths) {
    line.setVal(STBorder.SINGLE);
    line.setSz(BigInteger.valueOf(eighths));
    line.setSpace(BigInteger.ONE);
    line.setColor("000000");
  }

  /**
   * A4 with the GB/T 9704 margins and grid, and the page number in the footer: odd pages at the
   * right, even pages at the left.
   */
  private static void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(twips(210)));
    size.setH(BigInteger.valueOf(twips(297)));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(37)));
    margins.setLeft(BigInteger.valueOf(twips(28)));
    margins.setRight(BigInteger.valueOf(twips(210 - 28 - 156)));
    margins.setBottom(BigInteger.valueOf(twips(297 - 37 - 225)));
    margins.setHeader(BigInteger.valueOf(twips(15)));
    margins.setFooter(BigInteger.valueOf(twips(28)));
    CTDocGrid grid = section.addNewDocGrid();
    grid.setType(STDocGrid.LINES_AND_CHARS);
    grid.setLinePitch(BigInteger.valueOf(Math.round(LINE_PITCH * 20)));
    grid.setCharSpace(BigInteger.valueOf(Math.round((CHAR_PITCH - BODY_SIZE) * 4096)));
    document.setEvenAndOddHeadings(true);
    pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
  }

  private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
    XWPFParagraph number = footer.createParagraph();
    number.setAlignment(side);
    if (side == ParagraphAlignment.RIGHT) {
      number.setIndentationRight(ONE_SMALL_CHARACTER);
    } else {
      number.setIndentationLeft(ONE_SMALL_CHARACTER);
    }
    font(number.createRun(), "宋体", 14, false).setText("— ");
    font(number.createRun(), "宋体", 14, false)
        .getCTR()
        .addNewFldChar()
        .setFldCharType(STFldCharType.BEGIN);
    font(number.createRun(), "宋体", 14, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
    font(number.createRun(), "宋体", 14, false)
        .getCTR()
        .addNewFldChar()
        .setFldCharType(STFldCharType.SEPARATE);
    font(number.createRun(), "宋体", 14, false).setText("1");
    font(number.createRun(), "宋体", 14, false)
        .getCTR()
        .addNewFldChar()
        .setFldCharType(STFldCharType.END);
    font(number.createRun(), "宋体", 14, false).setText(" —");
  }

  static XWPFRun font(XWPFRun run, String family, int size, boolean bold) {
    run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily(family, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(family, XWPFRun.FontCharRange.hAnsi);
    run.setFontSize(size);
    run.setBold(bold);
    return run;
  }

  static String html(Notice notice) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>"
                + HtmlUtils.htmlEscape(notice.title())
                + "（预览）</title><style>"
                + "body{font-family:'FangSong','仿宋',serif;font-size:16pt;max-width:42em;margin:2em auto;line-height:1.8}"
                + "h1{font-family:'方正小标宋简体','FZXiaoBiaoSong-B05S','SimSun','宋体',serif;font-weight:normal;text-align:center;font-size:22pt}"
                + "h2{font-family:'SimHei','黑体',sans-serif;font-size:16pt;font-weight:normal;text-indent:2em}"
                + "h3{font-family:'KaiTi','楷体',serif;font-size:16pt;font-weight:normal;text-indent:2em}"
                + "p{text-indent:2em;margin:0} p.item{font-weight:bold} p.signature{text-align:right}"
                + "p.colophon{text-indent:0;font-size:14pt;padding:0 1em}"
                + "p.copy-to{margin-top:2em;border-top:1.4px solid #000;border-bottom:1px solid #000}"
                + "p.printed{border-bottom:1.4px solid #000;display:flex;justify-content:space-between}"
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
            case COPY_TO -> "<p class=\"colophon copy-to\">" + text + "</p>";
            case PRINTED -> {
              String[] columns = text.split("\t", 2);
              yield "<p class=\"colophon printed\">"
                  + columns[0]
                  + (columns.length > 1 ? "<span>" + columns[1] + "</span>" : "")
                  + "</p>";
            }
            default -> "<p>" + text + "</p>";
          });
    }
    return html.append("</body></html>").toString();
  }
}
