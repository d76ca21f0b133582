package org.rectify.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of one measure: its record, the 三不放过 checklist, look-back, and history with labels. */
final class MeasureDetails {

  private MeasureDetails() {}

  static Map<String, Object> of(
      MeasureRepository.MeasureRow row,
      String departmentName,
      List<MeasureRepository.StatusEntry> history,
      List<MeasureRepository.ProgressEntry> progress,
      List<MeasureRepository.Deliverable> deliverables,
      List<MeasureRepository.MetricEntry> metrics,
      List<AttachmentRepository.AttachmentInfo> attachments) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", row.code());
    json.put("planId", row.planId());
    json.put("aspect", row.aspectNo());
    json.put("problem", row.problemNo());
    json.put("problemHeading", row.problemHeading());
    json.put("srcLabel", row.srcLabel());
    json.put("title", row.title());
    json.put("department", row.department());
    json.put("departmentName", departmentName);
    json.put("coDepartments", row.coDepartments());
    json.put("responsibleLeader", row.responsibleLeader());
    json.put("implementer", row.implementer());
    json.put("phase", row.phase());
    json.put("dueDate", row.dueDate());
    json.put("status", row.status());
    json.put("statusLabel", MeasureStatus.valueOf(row.status()).label());
    json.put("reportNarrative", row.reportNarrative());
    json.put("completionStatement", row.completionStatement());
    json.put(
        "threeNoLetGo",
        Map.of(
            "causeClarified",
            row.causeClarified(),
            "rectified",
            row.rectified(),
            "ruleEstablished",
            row.ruleEstablished()));
    Map<String, Object> lookBack = new LinkedHashMap<>();
    lookBack.put("result", row.lookBackResult());
    lookBack.put("findings", row.lookBackFindings());
    json.put("lookBack", lookBack);
    json.put(
        "history",
        history.stream()
            .map(
                h -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("status", h.status());
                  entry.put("statusLabel", MeasureStatus.valueOf(h.status()).label());
                  entry.put("actor", h.actor());
                  entry.put("note", h.note());
                  entry.put("changedAt", h.changedAt());
                  return entry;
                })
            .toList());
    json.put("progress", progress);
    json.put("deliverables", deliverables);
    json.put("metrics", metrics);
    json.put("attachments", attachments);
    return json;
  }
}
