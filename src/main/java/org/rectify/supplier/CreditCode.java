package org.rectify.supplier;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, Z, S, V), positions 3–8 the administrative division
 * (digits), the last one a checksum over the first 17 with weights 3^i mod 31. Checking it catches
 * typing errors before a contractor is registered under a wrong identity.
 */
public final class CreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /** Why the code is not valid (Chinese, for the user), empty when it is. */
  public static Optional<String> problemOf(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of("不能为空");
    }
    if (code.length() != 18) {
      return Optional.of("应为18位，实际为" + code.length() + "位");
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of("第" + (i + 1) + "位字符“" + code.charAt(i) + "”不允许（不得使用I、O、Z、S、V及小写字母）");
      }
    }
    if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
      return Optional.of("第3至8位应为行政区划代码（数字）");
    }
    if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
      return Optional.of("校验位错误");
    }
    return Optional.empty();
  }

  public static boolean isValid(String code) {
    return problemOf(code).isEmpty();
  }

  /** The checksum character for the first 17 characters. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }
}
