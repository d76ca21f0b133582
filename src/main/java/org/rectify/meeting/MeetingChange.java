package org.rectify.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code PUT /api/meetings/{id}}: a planned meeting's new date, title, (optional) chair and
 * (optional) attendees; attendees {@code null} leaves them as they are, an empty list clears them.
 */
record MeetingChange(LocalDate meetingDate, String title, String chair, List<String> attendees) {}
