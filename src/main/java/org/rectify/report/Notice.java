package org.rectify.report;

import java.util.List;

/**
 * The generated notice as an ordered list of paragraphs (already numbered) plus data-quality
 * warnings for the editor, rendered both as .docx and as an HTML preview.
 */
record Notice(long planId, List<Paragraph> paragraphs, List<String> warnings) {

  enum Kind {
    /** 发文字号, printed above the title once the office has numbered the notice. */
    NUMBER,
    TITLE,
    BODY,
    PART,
    SECTION,
    ITEM,
    MEASURE,
    SIGNATURE,
    /** 版记: 抄送 line. */
    COPY_TO,
    /** 版记: 印发机关 and 印发日期, one line ("机关{TAB}日期印发"). */
    PRINTED
  }

  record Paragraph(Kind kind, String text) {}

  String title() {
    return paragraphs.stream().filter(p -> p.kind() == Kind.TITLE).findFirst().orElseThrow().text();
  }
}
