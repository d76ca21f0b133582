package org.rectify.spotcheck;

import java.util.Arrays;

/**
 * Categories of findings named in the seed (L115, L101), with the Chinese label forms and
 * statistics show.
 */
enum SpotCheckCategory {
  PHONE("上班玩手机"),
  ONLINE_SHOPPING("上网购物"),
  LATE("迟到"),
  EARLY_LEAVE("早退"),
  WORK_STYLE("工作执行力、作风问题"),
  VEHICLE("公车私用、未定点停放"),
  OTHER("其他");

  private final String label;

  SpotCheckCategory(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static boolean isKnown(String name) {
    return Arrays.stream(values()).anyMatch(c -> c.name().equals(name));
  }

  static String label(String name) {
    return Arrays.stream(values())
        .filter(c -> c.name().equals(name))
        .map(SpotCheckCategory::label)
        .findFirst()
        .orElse(name);
  }
}
