package org.rectify.measure;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where the lifecycle writes what happened to a measure (status history, progress entries,
 * completion record). An interface so the process listeners run unchanged against the database and,
 * in process tests, in memory.
 */
public interface MeasureJournal {

  /**
   * Whether the measure is in the register: a lifecycle only runs for a measure added through the
   * API.
   */
  default boolean isRegistered(String code) {
    return code != null;
  }

  /**
   * One status transition: who (user id or {@code system}) moved the measure into which state, with
   * a note.
   */
  void recordStatus(String code, MeasureStatus status, String actor, String note);

  /** One progress report of the department (also the periodic reports of a long-term measure). */
  void recordProgress(String code, String actor, String narrative, Integer percent);

  /** The completion submission: statement, deliverables, metrics and the 三不放过 checklist. */
  void recordCompletion(String code, String actor, Map<String, Object> completion);

  /** The responsible department changed after a wrong assignment. */
  void changeDepartment(String code, String department);

  /** A new due date set by the office (not in place, rebound). */
  void changeDueDate(String code, LocalDate dueDay);

  /** The look-back's result and findings. */
  void recordLookBack(String code, String result, String findings);
}
