package org.rectify.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rectify.platform.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of issued document numbers (发文字号), {@code X党发〔2026〕3号}: per prefix and year the
 * numbers run 1, 2, 3 … without gaps or duplicates, also with several nodes — the counter row of
 * the prefix and year is locked while a number is taken, and unique constraints refuse a duplicate
 * number. A rolled-back allocation gives its number back with the counter.
 */
@Service
class DocumentNumbers {

  /** A prefix as 发文机关代字 are written: Chinese characters or letters, no brackets or digits. */
  private static final Pattern PREFIX = Pattern.compile("[\\p{IsHan}A-Za-z]{1,20}");

  /** What a number was given to. */
  enum Kind {
    NOTICE,
    OTHER
  }

  /** One issued number. */
  record Entry(
      long id,
      String documentNumber,
      String prefix,
      int docYear,
      int number,
      String kind,
      String title,
      Long planId,
      String issuedBy,
      LocalDateTime issuedAt) {}

  /** {@code POST /api/plans/{id}/notice/number}. */
  record Request(String prefix) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  static String format(String prefix, int year, int number) {
    return prefix + "〔" + year + "〕" + number + "号";
  }

  /** Every number issued, newest first. */
  List<Entry> register() {
    return jdbc.sql(SELECT + " order by doc_year desc, prefix, number desc")
        .query(Entry.class)
        .list();
  }

  /** The number given to a plan's notice, if any. */
  Optional<Entry> ofNotice(long planId) {
    return jdbc.sql(SELECT + " where kind = 'NOTICE' and plan_id = :plan")
        .param("plan", planId)
        .query(Entry.class)
        .optional();
  }

  /**
   * Takes the next number of {@code prefix} in the current year for {@code title}; a refusal names
   * the field.
   */
  @Transactional
  Entry allocate(String prefix, Kind kind, String title, Long planId, String by) {
    String p = prefix == null ? "" : prefix.strip();
    if (p.isEmpty()) {
      throw ApiException.badRequest("发文字号有误，未编号", "prefix：必填，发文机关代字（如 X党发）");
    }
    if (!PREFIX.matcher(p).matches()) {
      throw ApiException.badRequest(
          "发文字号有误，未编号", "prefix：发文机关代字只能是汉字或字母，最多 20 字，不含年份、括号和序号（如 X党发）");
    }
    LocalDateTime now = LocalDateTime.now(StatusColours.ZONE);
    int year = now.getYear();
    ensureCounter(p, year);
    int last =
        jdbc.sql(
                "select last_number from doc_number_counter where prefix = :prefix and doc_year = :year"
                    + " for update")
            .param("prefix", p)
            .param("year", year)
            .query(Integer.class)
            .single();
    int number = last + 1;
    jdbc.sql(
            "update doc_number_counter set last_number = :number where prefix = :prefix and doc_year = :year")
        .param("number", number)
        .param("prefix", p)
        .param("year", year)
        .update();
    String text = format(p, year, number);
    jdbc.sql(
            "insert into doc_number (prefix, doc_year, number, document_number, kind, title, plan_id,"
                + " issued_by, issued_at) values (:prefix, :year, :number, :text, :kind, :title, :plan, :by,"
                + " :at)")
        .param("prefix", p)
        .param("year", year)
        .param("number", number)
        .param("text", text)
        .param("kind", kind.name())
        .param("title", title)
        .param("plan", planId)
        .param("by", by)
        .param("at", now)
        .update();
    return jdbc.sql(SELECT + " where document_number = :text")
        .param("text", text)
        .query(Entry.class)
        .single();
  }

  /** Creates the counter of a new prefix and year in its own transaction (another node may too). */
  private void ensureCounter(String prefix, int year) {
    separately.executeWithoutResult(
        status -> {
          Integer existing =
              jdbc.sql(
                      "select count(*) from doc_number_counter where prefix = :prefix and doc_year = :year")
                  .param("prefix", prefix)
                  .param("year", year)
                  .query(Integer.class)
                  .single();
          if (existing == 0) {
            try {
              jdbc.sql(
                      "insert into doc_number_counter (prefix, doc_year, last_number)"
                          + " values (:prefix, :year, 0)")
                  .param("prefix", prefix)
                  .param("year", year)
                  .update();
            } catch (DuplicateKeyException raced) {
              status.setRollbackOnly();
            }
          }
        });
  }

  private static final String SELECT =
      "select id, document_number, prefix, doc_year, number, kind, title, plan_id, issued_by, issued_at"
          + " from doc_number";
}
