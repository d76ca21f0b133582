package org.rectify.measure;

import static org.rectify.measure.MeasureLifecycle.Elements;
import static org.rectify.measure.MeasureLifecycle.Vars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.FormChecks;
import org.rectify.platform.PlainText;
import org.springframework.stereotype.Component;

/**
 * Completes a measure task only with the data the next step needs and writes the department's work
 * into the measure's record. The forms validate the same rules in the browser; this listener is the
 * guard for REST and other clients: a refusal is a {@link MeasureFormException} (HTTP 400 on {@code
 * /engine-rest}), the task stays open. Used as {@code ${measureTaskListener}} ("complete") on every
 * user task of {@code measure-lifecycle}.
 */
@Component("measureTaskListener")
public class MeasureTaskListener implements TaskListener {

  /**
   * Column sizes of the measure's record (notes 2000; narratives and statements 4000; the
   * implementer 100).
   */
  private static final int MAX_TEXT = 2000;

  private static final int MAX_LONG_TEXT = 4000;
  private static final Map<String, Integer> LIMITS =
      Map.of(
          Vars.IMPLEMENTER,
          100,
          Vars.PROGRESS_NARRATIVE,
          MAX_LONG_TEXT,
          Vars.LONG_TERM_REPORT,
          MAX_LONG_TEXT);

  /** The 三不放过 checklist of the completion form, in the notice's order, as the refusal names it. */
  private static final Map<String, String> THREE_NOTS = new LinkedHashMap<>();

  static {
    THREE_NOTS.put(Vars.CAUSE_CLARIFIED, "“问题已查清”（不查清不放过）");
    THREE_NOTS.put(Vars.RECTIFIED, "“问题已整改”（不整改不放过）");
    THREE_NOTS.put(Vars.RULE_ESTABLISHED, "“有效制度已建立”（有效制度不建立不放过）");
  }

  private final MeasureJournal journal;
  private final OrganizationDirectory organization;

  public MeasureTaskListener(MeasureJournal journal, OrganizationDirectory organization) {
    this.journal = journal;
    this.organization = organization;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = MeasureLifecycle.code(task);
    String actor = task.getAssignee() == null ? "system" : task.getAssignee();
    switch (task.getTaskDefinitionKey()) {
      case Elements.CLAIM -> claim(task);
      case Elements.REASSIGN -> reassign(task);
      case Elements.REPORT_PROGRESS -> {
        require(task, Vars.PROGRESS_NARRATIVE, "本期整改进展");
        choice(task, Vars.PROGRESS_ACTION, "下一步", MeasureLifecycle.ProgressAction.class);
        journal.recordProgress(
            code,
            actor,
            MeasureLifecycle.string(task, Vars.PROGRESS_NARRATIVE),
            percent(task.getVariable(Vars.PROGRESS_PERCENT)));
      }
      case Elements.SUBMIT_COMPLETION -> completion(task, code, actor);
      case Elements.LEADER_APPROVAL -> {
        choice(task, Vars.LEADER_DECISION, "审核意见", MeasureLifecycle.LeaderDecision.class);
        plain(
            MeasureLifecycle.string(task, Vars.LEADER_COMMENT),
            Vars.LEADER_COMMENT,
            "审核意见说明",
            MAX_TEXT);
        if (MeasureLifecycle.LeaderDecision.RETURN
            .name()
            .equals(task.getVariable(Vars.LEADER_DECISION))) {
          require(task, Vars.LEADER_COMMENT, "退回理由");
          reason(task, Vars.LEADER_COMMENT, "退回理由");
        }
      }
      case Elements.VERIFY -> verify(task);
      case Elements.LEADING_GROUP_REVIEW -> require(task, Vars.LEADING_GROUP_INSTRUCTIONS, "会审意见");
      case Elements.REPORT_LONG_TERM -> {
        require(task, Vars.LONG_TERM_REPORT, "长期落实情况");
        MeasureLifecycle.update(
            task,
            Vars.MECHANISM_ESTABLISHED,
            MeasureLifecycle.flag(task, Vars.MECHANISM_ESTABLISHED));
        journal.recordProgress(
            code, actor, MeasureLifecycle.string(task, Vars.LONG_TERM_REPORT), null);
      }
      case Elements.LOOK_BACK -> {
        choice(task, Vars.LOOK_BACK_RESULT, "回头看结论", MeasureLifecycle.LookBackResult.class);
        require(task, Vars.LOOK_BACK_FINDINGS, "核查情况");
        if (MeasureLifecycle.LookBackResult.REBOUND
            .name()
            .equals(task.getVariable(Vars.LOOK_BACK_RESULT))) {
          futureDay(task, Vars.NEW_DUE_DATE, "重新整改期限");
        }
        journal.recordLookBack(
            code,
            MeasureLifecycle.string(task, Vars.LOOK_BACK_RESULT),
            MeasureLifecycle.string(task, Vars.LOOK_BACK_FINDINGS));
      }
      default -> throw new IllegalStateException("Unexpected task " + task.getTaskDefinitionKey());
    }
  }

  private void claim(DelegateTask task) {
    choice(task, Vars.CLAIM_DECISION, "认领意见", MeasureLifecycle.ClaimDecision.class);
    if (MeasureLifecycle.ClaimDecision.CLAIM.name().equals(task.getVariable(Vars.CLAIM_DECISION))) {
      require(task, Vars.IMPLEMENTER, "主抓人");
    } else {
      require(task, Vars.WRONG_ASSIGNMENT_REASON, "退回理由");
      reason(task, Vars.WRONG_ASSIGNMENT_REASON, "退回理由");
    }
  }

  private void reassign(DelegateTask task) {
    String department = require(task, Vars.DEPARTMENT, "责任科室");
    if (!organization.isDepartment(department)) {
      throw new MeasureFormException(Vars.DEPARTMENT, "责任科室“" + department + "”不存在，请从列表中选择");
    }
    require(task, Vars.REASSIGN_NOTE, "指派说明");
  }

  private void completion(DelegateTask task, String code, String actor) {
    String deliverables =
        plain(
            MeasureLifecycle.string(task, Vars.DELIVERABLES),
            Vars.DELIVERABLES,
            "整改成果",
            MAX_LONG_TEXT);
    String statement =
        plain(
            MeasureLifecycle.string(task, Vars.COMPLETION_STATEMENT),
            Vars.COMPLETION_STATEMENT,
            "完成情况说明",
            MAX_LONG_TEXT);
    lines(deliverables, Vars.DELIVERABLES, "整改成果", 500);
    lines(
        plain(MeasureLifecycle.string(task, Vars.METRICS), Vars.METRICS, "量化指标", MAX_TEXT),
        Vars.METRICS,
        "量化指标",
        100);
    if (isBlank(deliverables) && isBlank(statement)) {
      throw new MeasureFormException(Vars.DELIVERABLES, "请至少填写一项整改成果（制度文件、记录等）或完成情况说明");
    }
    Map<String, Object> completion = new LinkedHashMap<>();
    completion.put(Vars.COMPLETION_STATEMENT, statement);
    completion.put(Vars.DELIVERABLES, deliverables);
    completion.put(Vars.METRICS, MeasureLifecycle.string(task, Vars.METRICS));
    for (String item : new String[] {Vars.CAUSE_CLARIFIED, Vars.RECTIFIED, Vars.RULE_ESTABLISHED}) {
      boolean ticked = MeasureLifecycle.flag(task, item);
      MeasureLifecycle.update(task, item, ticked);
      completion.put(item, ticked);
    }
    journal.recordCompletion(code, actor, completion);
  }

  private void verify(DelegateTask task) {
    choice(task, Vars.VERIFICATION_OUTCOME, "核验结论", MeasureLifecycle.VerificationOutcome.class);
    require(task, Vars.VERIFICATION_NOTES, "核验意见");
    boolean notInPlace =
        MeasureLifecycle.VerificationOutcome.NOT_IN_PLACE
            .name()
            .equals(task.getVariable(Vars.VERIFICATION_OUTCOME));
    MeasureLifecycle.update(
        task,
        Vars.ESCALATE_TO_LEADING_GROUP,
        notInPlace && MeasureLifecycle.flag(task, Vars.ESCALATE_TO_LEADING_GROUP));
    if (notInPlace) {
      futureDay(task, Vars.NEW_DUE_DATE, "重新整改期限");
    }
    if (MeasureLifecycle.VerificationOutcome.COMPLETED
        .name()
        .equals(task.getVariable(Vars.VERIFICATION_OUTCOME))) {
      closurePrinciple(task);
    }
  }

  /**
   * 三不放过: a measure is verified as 已完成 (销号) only when the department has confirmed all three —
   * 不查清不放过、不整改不放过、有效制度不建立不放过 (domain.md §4.1.2, verification criteria). The refusal names what is
   * missing and what the office can do instead.
   */
  private static void closurePrinciple(DelegateTask task) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> item : THREE_NOTS.entrySet()) {
      if (!MeasureLifecycle.flag(task, item.getKey())) {
        missing.add(item.getValue());
      }
    }
    if (!missing.isEmpty()) {
      throw new MeasureFormException(
          Vars.VERIFICATION_OUTCOME,
          "“三不放过”未全部确认，不能认定“已完成”（销号）：科室尚未确认"
              + String.join("、", missing)
              + "。请选择“未整改到位”退回科室补充，或“需长期落实”继续跟踪");
    }
  }

  private static String require(DelegateTask task, String name, String label) {
    String value = MeasureLifecycle.string(task, name);
    if (isBlank(value)) {
      throw new MeasureFormException(name, "请填写“" + label + "”");
    }
    return plain(value, name, label, LIMITS.getOrDefault(name, MAX_TEXT));
  }

  /** Text for the measure's record: within its column and free of markup and expressions. */
  private static String plain(String value, String name, String label, int max) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw new MeasureFormException(name, "“" + label + "”不能超过 " + max + " 字");
    }
    PlainText.problemOf(value)
        .ifPresent(
            problem -> {
              throw new MeasureFormException(name, "“" + label + "”" + problem);
            });
    return value;
  }

  /**
   * A reason that says something ({@link FormChecks#justification}), refused as the measure's own.
   */
  private static void reason(DelegateTask task, String name, String label) {
    try {
      FormChecks.justification(task, name, label);
    } catch (FormFieldValidationException e) {
      throw new MeasureFormException(name, e.getMessage());
    }
  }

  private static void lines(String value, String name, String label, int max) {
    for (String line : MeasureRecords.lines(value)) {
      plain(line, name, label + "（每行）", max);
    }
  }

  private static <E extends Enum<E>> void choice(
      DelegateTask task, String name, String label, Class<E> options) {
    String value = require(task, name, label);
    for (E option : options.getEnumConstants()) {
      if (option.name().equals(value)) {
        return;
      }
    }
    throw new MeasureFormException(name, "“" + label + "”的取值无效：" + value);
  }

  private static void futureDay(DelegateTask task, String name, String label) {
    LocalDate day;
    try {
      day = MeasureLifecycle.day(task, name);
    } catch (RuntimeException e) {
      throw new MeasureFormException(name, "“" + label + "”不是有效日期（格式 2026-12-03）");
    }
    if (day == null) {
      throw new MeasureFormException(name, "请填写“" + label + "”");
    }
    if (day.isBefore(MeasureLifecycle.dayOf(ClockUtil.getCurrentTime()))) {
      throw new MeasureFormException(name, "“" + label + "”不能早于今天");
    }
  }

  private static Integer percent(Object value) {
    return value instanceof Number number ? Math.max(0, Math.min(100, number.intValue())) : null;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
