package org.rectify.worklog;

import java.util.List;

/**
 * A capability's own part of a record's history (a measure's progress reports, its evidence …),
 * added to what the engine's history tells. Asked only after the caller's right to read the process
 * instance has been checked, and run as the system.
 */
public interface WorklogSource {

  /** Whether this source knows records of the process (e.g. {@code measure-lifecycle}). */
  boolean serves(String processKey);

  /** The record's lines; {@code businessKey} is the record's number (measure code …). */
  List<WorklogEntry> entries(String businessKey, People people);

  /** Names the people in a line: display name and department, as colleagues know them. */
  interface People {
    String name(String userId);

    String unit(String userId);
  }
}
