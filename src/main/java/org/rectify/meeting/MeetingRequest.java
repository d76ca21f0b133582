package org.rectify.meeting;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/meetings}: a meeting held (or planned) with its agenda in order. */
record MeetingRequest(
    String meetingType,
    LocalDate meetingDate,
    String title,
    String chair,
    String minutesRef,
    String status,
    List<Item> topics,
    List<String> attendees) {

  /**
   * One agenda item; {@code kind} FIRST_TOPIC (第一议题), AGENDA_TOPIC (pre-reviewed, with number) or
   * OTHER.
   */
  record Item(
      String kind, String title, String topicNumber, String decision, String decisionNote) {}

  List<Item> topicsOrEmpty() {
    return topics == null ? List.of() : topics;
  }

  String statusOrHeld() {
    return status == null || status.isBlank() ? Meeting.HELD : status;
  }
}
