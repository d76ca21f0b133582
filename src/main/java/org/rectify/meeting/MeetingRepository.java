package org.rectify.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting register (Flyway {@code V45__meeting.sql}). */
@Repository
class MeetingRepository {

  private static final String SELECT =
      "select id, meeting_type, meeting_date, title, chair, minutes_ref, status,"
          + " cancel_reason from meeting ";

  /** A meeting row without its topics. */
  record Row(
      long id,
      String meetingType,
      LocalDate meetingDate,
      String title,
      String chair,
      String minutesRef,
      String status,
      String cancelReason) {}

  private final JdbcClient jdbc;

  MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      MeetingType type,
      LocalDate date,
      String title,
      String chair,
      String minutesRef,
      String status,
      String source,
      String createdBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into meeting (meeting_type, meeting_date, title, chair, minutes_ref, status, source, created_by)"
                + " values (:type, :date, :title, :chair, :minutes, :status, :source, :by)")
        .param("type", type.name())
        .param("date", date)
        .param("title", title)
        .param("chair", chair)
        .param("minutes", minutesRef)
        .param("status", status)
        .param("source", source)
        .param("by", createdBy)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void insertTopic(
      long meetingId,
      int position,
      String kind,
      String title,
      String topicNumber,
      String decision,
      String decisionNote) {
    jdbc.sql(
            "insert into meeting_topic (meeting_id, position, kind, title, topic_number, decision, decision_note)"
                + " values (:meeting, :position, :kind, :title, :number, :decision, :note)")
        .param("meeting", meetingId)
        .param("position", position)
        .param("kind", kind)
        .param("title", title)
        .param("number", topicNumber)
        .param("decision", decision)
        .param("note", decisionNote)
        .update();
  }

  /** Replaces the meeting's attendees by these user ids, in this order. */
  void replaceAttendees(long meetingId, List<String> userIds) {
    jdbc.sql("delete from meeting_attendee where meeting_id = :meeting")
        .param("meeting", meetingId)
        .update();
    for (int i = 0; i < userIds.size(); i++) {
      jdbc.sql(
              "insert into meeting_attendee (meeting_id, position, user_id) values (:meeting, :position, :user)")
          .param("meeting", meetingId)
          .param("position", i + 1)
          .param("user", userIds.get(i))
          .update();
    }
  }

  List<String> attendeesOf(long meetingId) {
    return jdbc.sql(
            "select user_id from meeting_attendee where meeting_id = :meeting order by position")
        .param("meeting", meetingId)
        .query(String.class)
        .list();
  }

  Optional<Row> find(long id) {
    return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Row.class).optional();
  }

  /** Meetings of a type (or all, {@code null}) within the dates, latest first. */
  List<Row> list(MeetingType type, LocalDate from, LocalDate to) {
    String byType = type == null ? "" : "meeting_type = :type and ";
    JdbcClient.StatementSpec query =
        jdbc.sql(
                SELECT
                    + "where "
                    + byType
                    + "meeting_date between :from and :to"
                    + " order by meeting_date desc, id desc")
            .param("from", from)
            .param("to", to);
    return (type == null ? query : query.param("type", type.name())).query(Row.class).list();
  }

  /**
   * Planned meetings of the type after the date, soonest first (where a topic can still be
   * scheduled).
   */
  List<Row> planned(MeetingType type, LocalDate after) {
    return jdbc.sql(
            SELECT
                + "where meeting_type = :type and status = :status and meeting_date > :after"
                + " order by meeting_date, id")
        .param("type", type.name())
        .param("status", Meeting.PLANNED)
        .param("after", after)
        .query(Row.class)
        .list();
  }

  List<Meeting.Topic> topicsOf(long meetingId) {
    return jdbc.sql(
            "select position, kind, title, topic_number, decision, decision_note from meeting_topic"
                + " where meeting_id = :meeting order by position")
        .param("meeting", meetingId)
        .query(Meeting.Topic.class)
        .list();
  }

  void updateTopicDecision(long meetingId, String topicNumber, String decision, String note) {
    jdbc.sql(
            "update meeting_topic set decision = :decision, decision_note = :note"
                + " where meeting_id = :meeting and topic_number = :number")
        .param("decision", decision)
        .param("note", note)
        .param("meeting", meetingId)
        .param("number", topicNumber)
        .update();
  }

  void markHeld(long meetingId, String minutesRef) {
    jdbc.sql("update meeting set status = :status, minutes_ref = :minutes where id = :id")
        .param("status", Meeting.HELD)
        .param("minutes", minutesRef)
        .param("id", meetingId)
        .update();
  }

  /**
   * Moves or renames a planned meeting; returns false when it was no longer planned (changed
   * meanwhile).
   */
  boolean reschedule(
      long meetingId, LocalDate date, String title, String chair, String by, LocalDateTime at) {
    return jdbc.sql(
                "update meeting set meeting_date = :date, title = :title, chair = :chair, updated_by = :by,"
                    + " updated_at = :at where id = :id and status = :planned")
            .param("date", date)
            .param("title", title)
            .param("chair", chair)
            .param("by", by)
            .param("at", at)
            .param("id", meetingId)
            .param("planned", Meeting.PLANNED)
            .update()
        == 1;
  }

  /**
   * Corrects a held meeting's record; returns false when it was not held (it cannot become unheld
   * meanwhile).
   */
  boolean correctHeld(
      long meetingId, String title, String chair, String minutesRef, String by, LocalDateTime at) {
    return jdbc.sql(
                "update meeting set title = :title, chair = :chair, minutes_ref = :minutes, updated_by = :by,"
                    + " updated_at = :at where id = :id and status = :held")
            .param("title", title)
            .param("chair", chair)
            .param("minutes", minutesRef)
            .param("by", by)
            .param("at", at)
            .param("id", meetingId)
            .param("held", Meeting.HELD)
            .update()
        == 1;
  }

  /** Cancels a planned meeting; returns false when it was no longer planned (changed meanwhile). */
  boolean cancel(long meetingId, String reason, String by, LocalDateTime at) {
    return jdbc.sql(
                "update meeting set status = :cancelled, cancel_reason = :reason, updated_by = :by,"
                    + " updated_at = :at where id = :id and status = :planned")
            .param("cancelled", Meeting.CANCELLED)
            .param("reason", reason)
            .param("by", by)
            .param("at", at)
            .param("id", meetingId)
            .param("planned", Meeting.PLANNED)
            .update()
        == 1;
  }

  /**
   * The latest date of another meeting that deferred one of these topics (a deferred topic must
   * come later).
   */
  Optional<LocalDate> latestDeferral(long meetingId, List<String> topicNumbers) {
    if (topicNumbers.isEmpty()) {
      return Optional.empty();
    }
    return jdbc
        .sql(
            "select m.meeting_date from meeting m join meeting_topic t on t.meeting_id = m.id"
                + " where m.id <> :meeting and t.decision = 'DEFERRED' and t.topic_number in (:numbers)")
        .param("meeting", meetingId)
        .param("numbers", topicNumbers)
        .query((rs, row) -> rs.getObject(1, LocalDate.class))
        .list()
        .stream()
        .max(LocalDate::compareTo);
  }

  /**
   * Removes a pre-reviewed topic from planned meetings (held ones keep their record); returns the
   * rows removed.
   */
  int removeFromPlanned(String topicNumber) {
    return jdbc.sql(
            "delete from meeting_topic where topic_number = :number and kind = :kind and meeting_id in"
                + " (select id from meeting where status = :planned)")
        .param("number", topicNumber)
        .param("kind", Meeting.AGENDA_TOPIC)
        .param("planned", Meeting.PLANNED)
        .update();
  }

  boolean sourceExists(String source) {
    return jdbc.sql("select count(*) from meeting where source = :source")
            .param("source", source)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Held meetings per type within the dates (types without a meeting are absent). */
  Map<String, Integer> heldCounts(LocalDate from, LocalDate to) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.sql(
            "select meeting_type, count(*) as n from meeting where status = :status"
                + " and meeting_date between :from and :to group by meeting_type")
        .param("status", Meeting.HELD)
        .param("from", from)
        .param("to", to)
        .query((rs, row) -> counts.put(rs.getString("meeting_type"), rs.getInt("n")))
        .list();
    return counts;
  }
}
