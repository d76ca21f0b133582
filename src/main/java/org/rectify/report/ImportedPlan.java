package org.rectify.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as read from a template workbook, with every problem found (empty when it may be written).
 */
record ImportedPlan(
    Facts facts,
    List<Aspect> aspects,
    List<ProblemRow> problemRows,
    List<MeasureRow> measures,
    List<Problem> problems) {

  /** Phase arrays are {start, end}. */
  record Facts(
      String title,
      String inspectionGroup,
      String inspectedBody,
      LocalDate feedbackDate,
      Integer declaredMeasureCount,
      LocalDate[] phase1,
      LocalDate[] phase2,
      LocalDate[] phase3) {}

  record Aspect(int number, String heading) {}

  record ProblemRow(int aspectNo, int number, String heading) {}

  record MeasureRow(
      int rowNumber,
      String code,
      int problemNo,
      String title,
      String department,
      String coDepartments,
      int phase,
      LocalDate dueDate,
      String narrative) {}

  /** One defect: sheet, 1-based row (0 = the sheet as a whole), column letter, Chinese message. */
  record Problem(String sheet, int row, String column, String message) {}
}
