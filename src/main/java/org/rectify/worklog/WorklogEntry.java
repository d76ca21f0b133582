package org.rectify.worklog;

import java.time.Instant;

/**
 * One line of a record's history (办理经过) as a user reads it: when, who (name and department, or 系统
 * for the engine's own steps), what was done, and the detail — all in Chinese, no variable names.
 */
public record WorklogEntry(Instant at, String actor, String unit, String action, String detail) {}
