package org.rectify.report;

/**
 * Automatic numbering of the notice's levels (一、 / （一） / 1. / （1）, GB/T 9704), so a heading or a
 * number can never go missing as in the source (domain.md §0.3).
 */
final class NoticeNumbers {

  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private NoticeNumbers() {}

  /** 1 → 一, 10 → 十, 17 → 十七, 23 → 二十三 (up to 99). */
  static String chinese(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
    return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
  }

  static String part(int n) {
    return chinese(n) + "、";
  }

  static String section(int n) {
    return "（" + chinese(n) + "）";
  }

  static String item(int n) {
    return n + ".";
  }

  static String subItem(int n) {
    return "（" + n + "）";
  }
}
