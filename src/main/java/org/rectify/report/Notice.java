package org.rectify.report;

import java.util.List;

/**
 * The generated notice as an ordered list of paragraphs (already numbered) plus data-quality
 * warnings for the editor, rendered both as .docx and as an HTML preview.
 */
record Notice(long planId, List<Paragraph> paragraphs, List<String> warnings) {

  enum Kind {
    TITLE,
    BODY,
    PART,
    SECTION,
    ITEM,
    MEASURE,
    SIGNATURE
  }

  record Paragraph(Kind kind, String text) {}

  String title() {
    return paragraphs.get(0).text();
  }
}
