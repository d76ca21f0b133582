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
                + " from rect_measure_attachment where measure_code = :code order by id")
        .param("code", code)
        .query(AttachmentInfo.class)
        .list();
  }

  Optional<AttachmentFile> find(String code, long id) {
    return jdbc.sql(
            "select file_name, content_type, content from rect_measure_attachment"
                + " where measure_code = :code and id = :id")
        .param("code", code)
        .param("id", id)
        .query(AttachmentFile.class)
        .optional();
  }

  int count(String code) {
    return jdbc.sql("select count(*) from rect_measure_attachment where measure_code = :code")
        .param("code", code)
        .query(Integer.class)
        .single();
  }
}
