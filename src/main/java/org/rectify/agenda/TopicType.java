package org.rectify.agenda;

import java.util.Arrays;
import java.util.Optional;

/** Topic types of domain §4.3 with their Chinese names. */
enum TopicType {
  PRICE_COMPARISON("三方比价"),
  TENDER_PLAN("招标计划"),
  CONTRACT_RENEWAL("合同续签"),
  CONTRACT_SIGNING("合同签订"),
  LOT_DRAWING_RESULT("抽签结果"),
  GENERAL_REQUEST("工作请示");

  private final String label;

  TopicType(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static Optional<TopicType> parse(String value) {
    return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst();
  }
}
