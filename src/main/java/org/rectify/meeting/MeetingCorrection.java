package org.rectify.meeting;

import java.util.List;

/**
 * Body of {@code PUT /api/meetings/{id}/record}: corrects the record of a held meeting — title,
 * chair, minutes number and attendees ({@code null}: unchanged). Date, agenda and decisions stay as
 * held: decisions have already moved the pre-reviewed topics' processes on.
 */
record MeetingCorrection(String title, String chair, String minutesRef, List<String> attendees) {}
