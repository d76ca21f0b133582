package org.rectify.meeting;

import java.time.LocalDate;

/** Body of {@code PUT /api/meetings/{id}}: a planned meeting's new date, title and (optional) chair. */
record MeetingChange(LocalDate meetingDate, String title, String chair) {}
