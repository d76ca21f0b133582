package org.rectify.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text the bureau types (titles, names, notes, file names) is plain text: markup ({@code
 * <script>}, {@code <img onerror=…>}) or an expression ({@code ${…}}, {@code #{…}}) in it is never
 * legitimate, and such input would otherwise be stored and shown in Tasklist, mails, ledgers and
 * the generated notice. Refusing it at the door keeps every page safe even where one forgets to
 * escape. Chinese book-title marks 《》 are not markup.
 */
public final class PlainText {

  private static final Pattern MARKUP =
      Pattern.compile("<\\s*[a-zA-Z/!?]|javascript\\s*:", Pattern.CASE_INSENSITIVE);

  private PlainText() {}

  /** Why {@code value} is not plain text, in Chinese; empty when it is. */
  public static Optional<String> problemOf(String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.contains("${") || value.contains("#{")) {
      return Optional.of("不能包含表达式（${…} 或 #{…}）");
    }
    if (MARKUP.matcher(value).find()) {
      return Optional.of("不能包含 HTML 标记或脚本");
    }
    return Optional.empty();
  }
}
