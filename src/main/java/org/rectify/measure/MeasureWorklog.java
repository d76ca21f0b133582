package org.rectify.measure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.rectify.worklog.WorklogEntry;
import org.rectify.worklog.WorklogSource;
import org.springframework.stereotype.Component;

/**
 * A measure's own part of its history (办理经过): each status it went through with the note that came
 * with it (the implementer, the leader's or the office's opinion), each progress report, the
 * completion with the 三不放过 answers, each evidence file uploaded or removed.
 */
@Component
class MeasureWorklog implements WorklogSource {

  private final MeasureRepository measures;
  private final AttachmentRepository attachments;

  MeasureWorklog(MeasureRepository measures, AttachmentRepository attachments) {
    this.measures = measures;
    this.attachments = attachments;
  }

  @Override
  public boolean serves(String processKey) {
    return MeasureLifecycle.PROCESS_KEY.equals(processKey);
  }

  @Override
  public List<WorklogEntry> entries(String code, People people) {
    List<WorklogEntry> lines = new ArrayList<>();
    MeasureRepository.MeasureRow measure = measures.find(code).orElse(null);
    if (measure == null) {
      return lines;
    }
    List<MeasureRepository.StatusEntry> statuses = measures.history(code);
    int lastSubmission = -1;
    for (int i = 0; i < statuses.size(); i++) {
      if (MeasureStatus.SUBMITTED.name().equals(statuses.get(i).status())) {
        lastSubmission = i;
      }
    }
    for (int i = 0; i < statuses.size(); i++) {
      MeasureRepository.StatusEntry entry = statuses.get(i);
      MeasureStatus status = MeasureStatus.valueOf(entry.status());
      String note = entry.note() == null ? "" : entry.note().strip().replaceAll("[。.]+$", "");
      String detail =
          switch (status) {
            case IN_PROGRESS -> note.isEmpty() ? "整改中" : "整改中，主抓人：" + note;
            case SUBMITTED ->
                "提交整改完成材料"
                    + (note.isEmpty() ? "" : "：" + note)
                    + (i == lastSubmission ? "。“三不放过”：" + threeNots(measure) : "");
            default -> status.label() + (note.isEmpty() ? "" : "：" + note);
          };
      lines.add(line(entry.changedAt(), entry.actor(), people, "状态", detail));
    }
    for (MeasureRepository.ProgressEntry progress : measures.progress(code)) {
      String percent = progress.percentDone() == null ? "" : "（完成 " + progress.percentDone() + "%）";
      lines.add(
          line(
              progress.reportedAt(),
              progress.reportedBy(),
              people,
              "进展",
              progress.narrative() + percent));
    }
    for (AttachmentRepository.EvidenceEvent file : attachments.events(code)) {
      lines.add(
          line(
              file.uploadedAt(), file.uploadedBy(), people, "佐证材料", "上传“" + file.fileName() + "”"));
      if (file.removedAt() != null) {
        lines.add(
            line(
                file.removedAt(), file.removedBy(), people, "佐证材料", "删除“" + file.fileName() + "”"));
      }
    }
    return lines;
  }

  /** The answers of the latest completion submission, in the words of the form. */
  static String threeNots(MeasureRepository.MeasureRow measure) {
    return "问题"
        + (measure.causeClarified() ? "已" : "未")
        + "查清；问题"
        + (measure.rectified() ? "已" : "未")
        + "整改；有效制度"
        + (measure.ruleEstablished() ? "已" : "未")
        + "建立";
  }

  private static WorklogEntry line(
      LocalDateTime at, String user, People people, String action, String detail) {
    Instant when = at == null ? Instant.EPOCH : at.atZone(ZoneId.systemDefault()).toInstant();
    return new WorklogEntry(when, people.name(user), people.unit(user), action, detail);
  }
}
