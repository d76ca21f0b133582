package org.rectify.meeting;

import java.util.List;

/**
 * Body of {@code POST /api/meetings/{id}/held}: a planned meeting without pre-reviewed topics has
 * taken place — its minutes number, for a 党组会 without one the 第一议题's study content, and who
 * attended ({@code null}: unchanged).
 */
record MeetingHeld(String minutesRef, String firstTopic, List<String> attendees) {}
