package org.rectify.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (in the office's transaction) when a planned meeting that carries pre-reviewed topics
 * is moved or renamed, so that whoever shows those topics' meeting — the topic register, the agenda
 * processes' Tasklist variables — follows. A listener that fails rolls the change back.
 */
public record MeetingMoved(
    long meetingId, LocalDate meetingDate, String title, List<String> topicNumbers) {}
