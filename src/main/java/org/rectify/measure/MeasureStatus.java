package org.rectify.measure;

/**
 * The states of a measure (domain.md §4.1.2) with the Chinese label users read. The three
 * verification outcomes are the notice's own classes: 已完成 / 未整改到位 / 需长期落实.
 */
public enum MeasureStatus {
  ASSIGNED("待认领"),
  WRONG_DEPARTMENT("退回整改办重新指派"),
  IN_PROGRESS("整改中"),
  SUBMITTED("待分管领导审核"),
  RETURNED("分管领导退回"),
  APPROVED("待整改办核验"),
  COMPLETED("已完成"),
  NOT_IN_PLACE("未整改到位"),
  LONG_TERM("需长期落实"),
  ESCALATED("提请领导小组会审"),
  LOOK_BACK("回头看核查中"),
  CONSOLIDATED("已巩固销号"),
  REBOUND("反弹回潮，重新整改");

  private final String label;

  MeasureStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
