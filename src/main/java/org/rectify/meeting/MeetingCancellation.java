package org.rectify.meeting;

/** Body of {@code POST /api/meetings/{id}/cancel}: why the planned meeting is called off. */
record MeetingCancellation(String reason) {}
