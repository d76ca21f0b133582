package org.rectify.measure;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Evidence files of measures in {@code rect_measure_attachment} (content in the database, no file
 * system).
 */
@Repository
class AttachmentRepository {

  /** What lists show of an attachment (never the content). */
  record AttachmentInfo(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String uploadedBy,
      LocalDateTime uploadedAt) {}

  /** An attachment with its content, for download. */
  record AttachmentFile(String fileName, String contentType, byte[] content) {}

  private final JdbcClient jdbc;

  AttachmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String code, String fileName, String contentType, byte[] content, String uploadedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into rect_measure_attachment (measure_code, file_name, content_type, size_bytes, content,"
                + " uploaded_by) values (:code, :name, :type, :size, :content, :by)")
        .param("code", code)
        .param("name", fileName)
        .param("type", contentType)
        .param("size", content.length)
        .param("content", content)
        .param("by", uploadedBy)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  List<AttachmentInfo> list(String code) {
    return jdbc.sql(
            "select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
                + " from rect_measure_attachment where measure_code = :code and removed_at is null order by id")
        .param("code", code)
        .query(AttachmentInfo.class)
        .list();
  }

  Optional<AttachmentFile> find(String code, long id) {
    return jdbc.sql(
            "select file_name, content_type, content from rect_measure_attachment"
                + " where measure_code = :code and id = :id and removed_at is null")
        .param("code", code)
        .param("id", id)
        .query(AttachmentFile.class)
        .optional();
  }

  int count(String code) {
    return jdbc.sql(
            "select count(*) from rect_measure_attachment where measure_code = :code"
                + " and removed_at is null")
        .param("code", code)
        .query(Integer.class)
        .single();
  }

  /** Who uploaded a file still listed, empty when there is none of that id. */
  Optional<String> uploaderOf(String code, long id) {
    return jdbc.sql(
            "select uploaded_by from rect_measure_attachment"
                + " where measure_code = :code and id = :id and removed_at is null")
        .param("code", code)
        .param("id", id)
        .query(String.class)
        .optional();
  }

  /** Takes a file off the list; the row stays for the record's history and the audit. */
  void remove(String code, long id, String user) {
    jdbc.sql(
            "update rect_measure_attachment set removed_by = :user, removed_at = :at"
                + " where measure_code = :code and id = :id and removed_at is null")
        .param("user", user)
        .param("at", new java.sql.Timestamp(System.currentTimeMillis()))
        .param("code", code)
        .param("id", id)
        .update();
  }

  /** Every upload and removal of a measure, for its history (办理经过). */
  List<EvidenceEvent> events(String code) {
    return jdbc.sql(
            "select file_name, uploaded_by, uploaded_at, removed_by, removed_at"
                + " from rect_measure_attachment where measure_code = :code order by id")
        .param("code", code)
        .query(EvidenceEvent.class)
        .list();
  }

  /** An upload and, if it was removed, its removal. */
  record EvidenceEvent(
      String fileName,
      String uploadedBy,
      LocalDateTime uploadedAt,
      String removedBy,
      LocalDateTime removedAt) {}
}
