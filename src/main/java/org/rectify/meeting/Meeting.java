package org.rectify.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of the register as the API returns it, with its topics in agenda order.
 *
 * @param status {@code PLANNED} (topics are being scheduled), {@code HELD} (decisions recorded) or
 *     {@code CANCELLED} (called off by the office, with {@code cancelReason})
 */
public record Meeting(
    long id,
    String meetingType,
    String typeName,
    LocalDate meetingDate,
    String title,
    String chair,
    String chairName,
    String minutesRef,
    String status,
    List<Topic> topics,
    String cancelReason,
    List<Attendee> attendees) {

  public static final String PLANNED = "PLANNED";
  public static final String HELD = "HELD";
  public static final String CANCELLED = "CANCELLED";

  /** The 第一议题 (theory study) that opens every 党组会 (M07). */
  public static final String FIRST_TOPIC = "FIRST_TOPIC";

  /** A topic pre-reviewed by the office (agenda-prereview), linked by its topic number. */
  public static final String AGENDA_TOPIC = "AGENDA_TOPIC";

  /** Anything else on the agenda (progress reports, study of documents, …). */
  public static final String OTHER = "OTHER";

  /** One item of the agenda. {@code topicNumber} links a pre-reviewed topic ({@code YT-…}). */
  public record Topic(
      int position,
      String kind,
      String title,
      String topicNumber,
      String decision,
      String decisionNote) {}

  /** One attendee (出席人员), in the order of the minutes. */
  public record Attendee(String userId, String name) {}

  boolean isHeld() {
    return HELD.equals(status);
  }

  boolean opensWithFirstTopic() {
    return !topics.isEmpty()
        && topics.get(0).position() == 1
        && FIRST_TOPIC.equals(topics.get(0).kind());
  }
}
