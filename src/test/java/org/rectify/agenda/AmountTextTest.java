package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTextTest {

  @Test
  void printsThousandsSeparatorsInYuanAndTenThousandsOfYuan() {
    assertThat(AmountText.of(45000.0)).isEqualTo("45,000 元（4.5 万元）");
    assertThat(AmountText.of(new BigDecimal("1234567.8"))).isEqualTo("1,234,567.8 元（123.4568 万元）");
    assertThat(AmountText.of(280000L)).isEqualTo("280,000 元（28 万元）");
  }

  @Test
  void smallAmountsStayInYuanOnly() {
    assertThat(AmountText.of(8000.5)).isEqualTo("8,000.5 元");
    assertThat(AmountText.of(0)).isEqualTo("0 元");
  }

  @Test
  void aMissingAmountReadsAsNotFilledIn() {
    assertThat(AmountText.of(null)).isEqualTo("未填写");
  }
}
