package org.rectify.agenda;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount as a bureau's papers print it: thousands separators, in 元, and from 10,000 元 on also in
 * 万元 — {@code 45,000 元（4.5 万元）}. The forms' headings show it ({@code {{amountText}}}): form-js
 * templates print a number as it is stored, {@code 45000}.
 */
public final class AmountText {

  public static final String VARIABLE = "amountText";

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private AmountText() {}

  /** {@code null} or a non-number → {@code 未填写}. */
  public static String of(Object amount) {
    if (!(amount instanceof Number number)) {
      return "未填写";
    }
    BigDecimal yuan = new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP);
    String text = format("#,##0.##", yuan) + " 元";
    if (yuan.abs().compareTo(TEN_THOUSAND) >= 0) {
      text += "（" + format("#,##0.####", yuan.divide(TEN_THOUSAND)) + " 万元）";
    }
    return text;
  }

  private static String format(String pattern, BigDecimal value) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }
}
