package org.rectify.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The journal of process tests: keeps what the lifecycle recorded so tests can assert the history.
 */
class InMemoryMeasureJournal implements MeasureJournal {

  /** One recorded status transition. */
  record Entry(String code, MeasureStatus status, String actor, String note) {}

  final List<Entry> statuses = new ArrayList<>();
  final List<String> progress = new ArrayList<>();
  final List<Map<String, Object>> completions = new ArrayList<>();
  final List<String> departments = new ArrayList<>();
  final List<LocalDate> dueDates = new ArrayList<>();
  final List<String> lookBacks = new ArrayList<>();

  @Override
  public void recordStatus(String code, MeasureStatus status, String actor, String note) {
    statuses.add(new Entry(code, status, actor, note));
  }

  @Override
  public void recordProgress(String code, String actor, String narrative, Integer percent) {
    progress.add(narrative);
  }

  @Override
  public void recordCompletion(String code, String actor, Map<String, Object> completion) {
    completions.add(completion);
  }

  @Override
  public void changeDepartment(String code, String department) {
    departments.add(department);
  }

  @Override
  public void changeDueDate(String code, LocalDate dueDay) {
    dueDates.add(dueDay);
  }

  @Override
  public void recordLookBack(String code, String result, String findings) {
    lookBacks.add(result);
  }

  List<MeasureStatus> statusSequence() {
    return statuses.stream().map(Entry::status).toList();
  }
}
