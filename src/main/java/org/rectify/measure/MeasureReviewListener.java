package org.rectify.measure;

import static org.rectify.measure.MeasureLifecycle.Vars;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * Puts in front of the reviewer what he approves: when the leader's approval ({@code
 * UserTask_LeaderApproval}) or the office's verification ({@code UserTask_VerifyMeasure}) is
 * created, the department's progress reports, its 三不放过 answers and the list of its evidence become
 * task-local text the forms show read-only (form-js cannot list rows from the database). Used as
 * {@code ${measureReviewListener}} ("create") on both tasks.
 */
@Component("measureReviewListener")
public class MeasureReviewListener implements TaskListener {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MeasureRepository measures;
  private final AttachmentRepository attachments;
  private final OrganizationDirectory organization;

  MeasureReviewListener(
      MeasureRepository measures,
      AttachmentRepository attachments,
      OrganizationDirectory organization) {
    this.measures = measures;
    this.attachments = attachments;
    this.organization = organization;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = MeasureLifecycle.code(task);
    task.setVariableLocal(Vars.REVIEW_PROGRESS_TEXT, progress(code));
    task.setVariableLocal(Vars.REVIEW_THREE_NOTS_TEXT, threeNots(task));
    task.setVariableLocal(Vars.REVIEW_EVIDENCE_TEXT, evidence(code));
  }

  private String progress(String code) {
    List<MeasureRepository.ProgressEntry> reports = measures.progress(code);
    if (reports.isEmpty()) {
      return "（未报送进展）";
    }
    return reports.stream()
        .map(
            r ->
                WHEN.format(r.reportedAt())
                    + " "
                    + person(r.reportedBy())
                    + "："
                    + r.narrative()
                    + (r.percentDone() == null ? "" : "（完成 " + r.percentDone() + "%）"))
        .collect(Collectors.joining("\n"));
  }

  private static String threeNots(DelegateTask task) {
    return answer("问题已查清（不查清不放过）", task.getVariable(Vars.CAUSE_CLARIFIED))
        + "\n"
        + answer("问题已整改（不整改不放过）", task.getVariable(Vars.RECTIFIED))
        + "\n"
        + answer("有效制度已建立（有效制度不建立不放过）", task.getVariable(Vars.RULE_ESTABLISHED));
  }

  private static String answer(String question, Object value) {
    return question + "：" + (Boolean.TRUE.equals(value) ? "是" : "否");
  }

  private String evidence(String code) {
    List<AttachmentRepository.AttachmentInfo> files = attachments.list(code);
    if (files.isEmpty()) {
      return "（未上传佐证材料）";
    }
    return "共 "
        + files.size()
        + " 个文件（可在“佐证材料”页签中预览）：\n"
        + files.stream()
            .map(
                f ->
                    f.fileName()
                        + " — "
                        + person(f.uploadedBy())
                        + "，"
                        + WHEN.format(f.uploadedAt()))
            .collect(Collectors.joining("\n"));
  }

  private String person(String userId) {
    String unit = organization.unitOf(userId);
    return organization.displayNameOf(userId) + (unit.isEmpty() ? "" : "（" + unit + "）");
  }
}
