package org.rectify.measure;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of {@code UserTask_ClosePlan} 党组审定整改工作完成 in {@code rectification-plan}:
 * the Party Group closes the rectification work only once every measure of the plan is closed
 * (已巩固销号) or handed over to long-term tracking (需长期落实), or explicitly carried over with a reason
 * (docs/domain.md §4.1.1, step 12). A carry-over is one line per measure in the form's field
 * 结转措施及理由, {@code M05：理由}. Otherwise the task stays open and the Party Group reads, at that field,
 * which measures are still open and in which state, or what is wrong with a line. Each carry-over
 * is recorded in the measure's status history (status unchanged, note {@code 结转：理由}) and, for the
 * plan, in the variable {@code carriedOverMeasures}.
 */
@Component("planClosingCheck")
class PlanClosingCheck implements TaskListener {

  static final String CARRY_OVER = "carryOver";
  static final String CARRIED_OVER_MEASURES = "carriedOverMeasures";
  static final Set<MeasureStatus> SETTLED =
      EnumSet.of(MeasureStatus.CONSOLIDATED, MeasureStatus.LONG_TERM);
  static final int MIN_REASON = 5;
  private static final int LISTED = 5;
  private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z0-9-]+)\\s*[：:]\\s*(.*)$");

  private final MeasureRepository measures;
  private final MeasureJournal journal;

  PlanClosingCheck(MeasureRepository measures, MeasureJournal journal) {
    this.measures = measures;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Measure> open =
        measures.ofPlan(RectificationPlan.planId(task)).stream()
            .filter(measure -> !SETTLED.contains(MeasureStatus.valueOf(measure.status())))
            .toList();
    Map<String, String> carried = carryOvers(task.getVariable(CARRY_OVER), open);
    List<Measure> uncovered =
        open.stream().filter(measure -> !carried.containsKey(measure.code())).toList();
    if (!uncovered.isEmpty()) {
      StringJoiner listed = new StringJoiner("，");
      uncovered.stream().limit(LISTED).forEach(measure -> listed.add(label(measure)));
      throw new MeasureFormException(
          CARRY_OVER,
          "尚有 "
              + uncovered.size()
              + " 条整改措施未销号或移交长期落实："
              + listed
              + (uncovered.size() > LISTED ? " 等" : "")
              + "，请督办落实后再审定整改工作完成，或在“结转措施及理由”中逐条写明结转理由（如 M05：涉及跨年度预算，转入下一年度整改计划）");
    }
    if (carried.isEmpty()) {
      return;
    }
    String actor = actor(task);
    StringJoiner record = new StringJoiner("\n");
    for (Measure measure : open) {
      String reason = carried.get(measure.code());
      journal.recordStatus(
          measure.code(), MeasureStatus.valueOf(measure.status()), actor, "结转：" + reason);
      record.add(label(measure) + "：" + reason);
    }
    task.getExecution().setVariable(CARRIED_OVER_MEASURES, record.toString());
  }

  /** The carry-over lines, code → reason; refused at the field when a line is not one of them. */
  private static Map<String, String> carryOvers(Object value, List<Measure> open) {
    Map<String, String> carried = new LinkedHashMap<>();
    if (value == null) {
      return carried;
    }
    if (!(value instanceof String text)) {
      throw new MeasureFormException(CARRY_OVER, "“结转措施及理由”应为文字");
    }
    Set<String> openCodes =
        open.stream().map(Measure::code).collect(java.util.stream.Collectors.toSet());
    int number = 0;
    for (String line : text.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        throw new MeasureFormException(
            CARRY_OVER, "“结转措施及理由”第 " + number + " 行应写作“措施编号：结转理由”（如 M05：涉及跨年度预算，转入下一年度整改计划）");
      }
      String code = matcher.group(1).toUpperCase(java.util.Locale.ROOT);
      String reason = matcher.group(2).strip();
      if (!openCodes.contains(code)) {
        throw new MeasureFormException(
            CARRY_OVER, "“结转措施及理由”第 " + number + " 行：" + code + " 不是本方案尚未销号的整改措施，无需结转");
      }
      if (carried.containsKey(code)) {
        throw new MeasureFormException(
            CARRY_OVER, "“结转措施及理由”第 " + number + " 行：" + code + " 已在前面写过");
      }
      if (reason.codePointCount(0, reason.length()) < MIN_REASON) {
        throw new MeasureFormException(
            CARRY_OVER,
            "“结转措施及理由”第 " + number + " 行：请至少用 " + MIN_REASON + " 个字写明 " + code + " 的结转理由");
      }
      carried.put(code, reason);
    }
    return carried;
  }

  private static String label(Measure measure) {
    return measure.code() + "（" + MeasureStatus.valueOf(measure.status()).label() + "）";
  }

  private static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : task.getAssignee();
  }
}
