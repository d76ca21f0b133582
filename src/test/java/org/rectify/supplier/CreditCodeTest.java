package org.rectify.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 checksum and structure of the unified social credit code. */
class CreditCodeTest {

  /**
   * Built with the standard's own check character, so the test does not depend on a real company.
   */
  static String validCode(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  @Test
  void acceptsAPublishedCode() {
    // 91110000600037341L: a code printed on a public business licence, checksum L
    assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
  }

  @Test
  void acceptsCodesWithComputedCheckCharacter() {
    assertThat(CreditCode.isValid(validCode("91440300MA5F00001"))).isTrue();
  }

  @Test
  void rejectsAWrongCheckCharacter() {
    String code = validCode("91440300MA5F00001");
    char wrong = code.charAt(17) == '0' ? '1' : '0';
    assertThat(CreditCode.problemOf(code.substring(0, 17) + wrong)).contains("校验位错误");
  }

  @Test
  void rejectsWrongLengthForbiddenLettersAndMissingCode() {
    assertThat(CreditCode.problemOf("9144030")).get().asString().contains("应为18位");
    assertThat(CreditCode.problemOf("91440300MA5F0000IX")).get().asString().contains("不允许");
    assertThat(CreditCode.problemOf(null)).contains("不能为空");
    assertThat(CreditCode.problemOf("91AB0300MA5F000011")).get().asString().contains("行政区划");
  }
}
