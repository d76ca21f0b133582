package org.rectify.measure;

import java.time.LocalDate;

/**
 * One rectification measure (整改措施) as stored in {@code rect_measure}: what is to be done, by which
 * department (with co-departments), under which responsible leader, in which phase, by when, and
 * where it stands.
 */
public record Measure(
    String code,
    long planId,
    long problemId,
    String srcLabel,
    String title,
    String department,
    String coDepartments,
    String responsibleLeader,
    int phase,
    LocalDate dueDate,
    String status,
    String sourceStatus,
    String reportNarrative) {}
