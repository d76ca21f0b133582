package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's measure narratives go into the public notice as they are (NoticeMeasures): complete
 * sentences of official Chinese, written from the notice, not cut-outs of it.
 */
class SeedNarrativesTest {

  /** Slips of the source text that must not be copied into a notice of the bureau's own. */
  private static final List<String> SOURCE_SLIPS =
      List.of("从复审核", "同质质", "纠正正", "防腐拒变", "征求意见稿", " and ");

  @Test
  void everyMeasureHasACompleteNarrativeInChinese() {
    List<SeedCatalogue.SeedMeasure> measures = SeedCatalogue.measures();
    assertThat(measures).hasSize(37);
    assertThat(measures)
        .allSatisfy(
            m -> {
              String narrative = m.narrative();
              assertThat(narrative).as(m.code()).isNotBlank().hasSizeGreaterThan(30);
              assertThat(narrative)
                  .as(m.code() + " is cut, or has Latin letters or half-width punctuation")
                  .doesNotContain("……", "...")
                  .doesNotContainPattern("[A-Za-z;:()?!]")
                  .doesNotContainPattern(",");
              assertThat(SOURCE_SLIPS).noneMatch(narrative::contains);
              assertThat(m.title()).as(m.code()).doesNotContain("征求意见稿");
            });
  }
}
