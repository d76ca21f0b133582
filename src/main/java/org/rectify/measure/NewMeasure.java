package org.rectify.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/measures}: a measure added to a running plan. {@code plan} defaults to the only
 * running plan; {@code responsibleLeader} defaults to the department's leader from the organisation
 * directory.
 */
record NewMeasure(
    Long plan,
    Integer problem,
    String title,
    String department,
    List<String> coDepartments,
    String responsibleLeader,
    Integer phase,
    LocalDate dueDate,
    String narrative) {}
