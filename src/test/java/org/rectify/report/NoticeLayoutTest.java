package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The generated notice .docx, read back with Apache POI, is laid out after GB/T 9704-2012: A4, top
 * margin 37 mm, left 28 mm, type area 156 × 225 mm, title 2号小标宋 (22 pt), 黑体 / 楷体 headings, body
 * 3号仿宋 (16 pt) on a grid of 22 lines × 28 characters, page numbers 4号 (14 pt) between dashes (odd
 * pages right, even pages left), the 版记 between its lines.
 */
class NoticeLayoutTest {

  private final XWPFDocument docx = read();

  private static XWPFDocument read() {
    Notice notice =
        new Notice(
            1,
            List.of(
                new Notice.Paragraph(Notice.Kind.NUMBER, "X党发〔2026〕3号"),
                new Notice.Paragraph(Notice.Kind.TITLE, "中共某局党组关于巡察整改情况通报"),
                new Notice.Paragraph(Notice.Kind.BODY, "根据区委统一部署，现将巡察整改情况予以通报。"),
                new Notice.Paragraph(Notice.Kind.PART, "一、整改工作总体情况"),
                new Notice.Paragraph(Notice.Kind.SECTION, "（一）提高思想认识，扛起整改政治责任。"),
                new Notice.Paragraph(Notice.Kind.MEASURE, "（1）修订议事规则。该项整改已完成。"),
                new Notice.Paragraph(Notice.Kind.SIGNATURE, "中共某局党组"),
                new Notice.Paragraph(Notice.Kind.COPY_TO, "抄送：区委巡察办，区委第三巡察组。"),
                new Notice.Paragraph(Notice.Kind.PRINTED, "某局办公室\t2026年12月8日印发")),
            List.of());
    try {
      return new XWPFDocument(new ByteArrayInputStream(NoticeDocument.docx(notice)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double mm(Object twips) {
    return ((BigInteger) twips).doubleValue() / 1440 * 25.4;
  }

  @Test
  void a4WithTheMarginsAndTypeAreaOfGbT9704() {
    CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
    CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
    assertThat(mm(size.getW())).isCloseTo(210, org.assertj.core.data.Offset.offset(0.1));
    assertThat(mm(size.getH())).isCloseTo(297, org.assertj.core.data.Offset.offset(0.1));
    assertThat(mm(margins.getTop())).isCloseTo(37, org.assertj.core.data.Offset.offset(0.1));
    assertThat(mm(margins.getLeft())).isCloseTo(28, org.assertj.core.data.Offset.offset(0.1));
    assertThat(mm(size.getW()) - mm(margins.getLeft()) - mm(margins.getRight()))
        .as("type area width")
        .isCloseTo(156, org.assertj.core.data.Offset.offset(0.1));
    assertThat(mm(size.getH()) - mm(margins.getTop()) - mm(margins.getBottom()))
        .as("type area height")
        .isCloseTo(225, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void fontsAndSizesPerLevel() {
    List<XWPFParagraph> paragraphs = docx.getParagraphs();
    assertRun(paragraphs.get(0), "仿宋", 16);
    assertRun(paragraphs.get(1), "方正小标宋简体", 22);
    assertRun(paragraphs.get(2), "仿宋", 16);
    assertRun(paragraphs.get(3), "黑体", 16);
    assertRun(paragraphs.get(4), "楷体", 16);
    assertRun(paragraphs.get(5), "仿宋", 16);
    double pitch = 225 / 25.4 * 72 / 22;
    for (XWPFParagraph p : paragraphs) {
      assertThat(p.getSpacingBetween())
          .as("22 lines a page: %s", p.getText())
          .isCloseTo(pitch, org.assertj.core.data.Offset.offset(0.05));
    }
  }

  @Test
  void documentGridOf22LinesBy28CharactersOfTheDefault3HaoFangsong() {
    CTDocGrid grid = docx.getDocument().getBody().getSectPr().getDocGrid();
    assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
    double lineTwips = ((BigInteger) grid.getLinePitch()).doubleValue();
    assertThat(225 / 25.4 * 1440 / lineTwips).as("lines a page").isCloseTo(22, offset(0.05));
    assertThat(docx.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(16.0);
    double charPoints = 16 + ((BigInteger) grid.getCharSpace()).doubleValue() / 4096;
    assertThat(156 / 25.4 * 72 / charPoints).as("characters a line").isCloseTo(28, offset(0.05));
  }

  @Test
  void pageNumbersAre4HaoBetweenDashesOddAtTheRightEvenAtTheLeft() {
    assertThat(docx.getEvenAndOddHeadings()).isTrue();
    XWPFHeaderFooterPolicy pages = docx.getHeaderFooterPolicy();
    XWPFParagraph odd = pages.getDefaultFooter().getParagraphs().get(0);
    XWPFParagraph even = pages.getEvenPageFooter().getParagraphs().get(0);
    assertThat(odd.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(odd.getIndentationRight()).as("one 4号 character in").isEqualTo(280);
    assertThat(even.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
    assertThat(even.getIndentationLeft()).isEqualTo(280);
    for (XWPFParagraph number : List.of(odd, even)) {
      assertThat(number.getText()).startsWith("— ").endsWith(" —");
      assertThat(number.getCTP().xmlText()).contains("PAGE");
      for (XWPFRun run : number.getRuns()) {
        assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
      }
    }
  }

  @Test
  void colophonIs4HaoBetweenThickLinesWithAThinLineBetweenItsLines() {
    List<XWPFParagraph> paragraphs = docx.getParagraphs();
    XWPFParagraph copyTo = paragraphs.get(paragraphs.size() - 2);
    XWPFParagraph printed = paragraphs.get(paragraphs.size() - 1);
    assertThat(copyTo.getText()).isEqualTo("抄送：区委巡察办，区委第三巡察组。");
    assertThat(printed.getText()).isEqualTo("某局办公室\t2026年12月8日印发");
    assertRun(copyTo, "仿宋", 14);
    assertRun(printed, "仿宋", 14);
    assertThat(copyTo.getCTP().getPPr().getPBdr().getTop().getSz())
        .isEqualTo(BigInteger.valueOf(8));
    assertThat(copyTo.getCTP().getPPr().getPBdr().getBottom().getSz())
        .isEqualTo(BigInteger.valueOf(6));
    assertThat(printed.getCTP().getPPr().getPBdr().getBottom().getSz())
        .isEqualTo(BigInteger.valueOf(8));
    assertThat(printed.getCTP().getPPr().getTabs().getTabArray(0).getVal())
        .as("the date at the right edge")
        .isEqualTo(STTabJc.RIGHT);
    for (XWPFParagraph line : List.of(copyTo, printed)) {
      assertThat(line.getIndentationLeft()).isEqualTo(280);
      assertThat(line.getIndentationRight()).isEqualTo(280);
    }
  }

  private static void assertRun(XWPFParagraph paragraph, String font, int size) {
    XWPFRun run = paragraph.getRuns().get(0);
    assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia))
        .as(paragraph.getText())
        .isEqualTo(font);
    assertThat(run.getFontSizeAsDouble()).as(paragraph.getText()).isEqualTo((double) size);
  }
}
