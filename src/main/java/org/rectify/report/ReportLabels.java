package org.rectify.report;

import java.util.Map;
import org.rectify.measure.MeasureStatus;

/** Chinese labels for the codes stored by the measure, contract and spot-check packages. */
final class ReportLabels {

  private static final Map<String, String> CHECK_STATUS =
      Map.of(
          "PLANNING",
          "制定方案",
          "PLANNED",
          "待暗访",
          "VISITED",
          "已暗访",
          "NO_FINDINGS",
          "未发现问题",
          "DISMISSED",
          "问题不成立",
          "TALK",
          "谈话提醒",
          "BUNDLED",
          "待通报",
          "NOTIFIED",
          "已通报",
          "RECTIFIED",
          "已整改");
  private static final Map<String, String> CHECK_TYPE =
      Map.of("WORK_DISCIPLINE", "工作纪律", "VEHICLES", "公车使用");
  private static final Map<String, String> CONTRACT_STATUS =
      Map.of(
          "ACTIVE",
          "履约中",
          "EXITED",
          "已出局",
          "RETENDERED",
          "已重新招标",
          "TEMPORARY_SERVICE",
          "临时服务",
          "RENEWED",
          "已续签",
          "EXPIRED",
          "已到期",
          "CLOSED",
          "已关闭");
  private static final Map<String, String> PHASE =
      Map.of("1", "第一阶段（立行立改）", "2", "第二阶段（深化整改）", "3", "第三阶段（回头看）");

  private ReportLabels() {}

  static String measureStatus(String status) {
    try {
      return MeasureStatus.valueOf(status).label();
    } catch (IllegalArgumentException e) {
      return status;
    }
  }

  static String checkStatus(String status) {
    return CHECK_STATUS.getOrDefault(status, status);
  }

  static String checkType(String type) {
    return CHECK_TYPE.getOrDefault(type, type);
  }

  static String contractStatus(String status) {
    return CONTRACT_STATUS.getOrDefault(status, status);
  }

  static String phase(int phase) {
    return PHASE.getOrDefault(String.valueOf(phase), String.valueOf(phase));
  }
}
