package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The automatic checks that need no process: timeliness (C7), legal opinion (C8), performance
 * record (C9), C6.
 */
class AgendaChecklistTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static String result(List<AgendaChecklist.Check> checks, String code) {
    return checks.stream()
        .filter(check -> check.code().equals(code))
        .findFirst()
        .orElseThrow()
        .result();
  }

  private static List<AgendaChecklist.Check> evaluate(
      TopicType type,
      LocalDate serviceStart,
      LocalDate contractEnd,
      String legal,
      String performance,
      List<AgendaTopicRepository.EarlierTopic> earlier,
      String amount) {
    return AgendaChecklist.evaluate(
        new AgendaChecklist.Facts(
            type,
            new BigDecimal(amount),
            serviceStart,
            contractEnd,
            legal,
            performance,
            List.of(),
            earlier,
            new BigDecimal("1000000"),
            TODAY),
        quote -> false);
  }

  @Test
  void tenderPlanMustComeSixMonthsBeforeTheServiceStarts() {
    assertThat(
            result(
                evaluate(
                    TopicType.TENDER_PLAN,
                    LocalDate.of(2027, 5, 27),
                    null,
                    null,
                    null,
                    List.of(),
                    "1"),
                "c7"))
        .isEqualTo("PASS");
    List<AgendaChecklist.Check> late =
        evaluate(
            TopicType.TENDER_PLAN, LocalDate.of(2027, 5, 26), null, null, null, List.of(), "1");
    assertThat(result(late, "c7")).isEqualTo("FAIL");
    assertThat(AgendaChecklist.describe(late)).contains("已逾期").contains("2026-11-26");
  }

  @Test
  void renewalMustComeTwoMonthsBeforeExpiryAndCarryAPerformanceRecord() {
    List<AgendaChecklist.Check> checks =
        evaluate(
            TopicType.CONTRACT_RENEWAL,
            null,
            LocalDate.of(2027, 1, 20),
            null,
            null,
            List.of(),
            "1");
    assertThat(result(checks, "c7")).isEqualTo("FAIL");
    assertThat(result(checks, "c9")).isEqualTo("FAIL");
    assertThat(result(checks, "c8")).isEqualTo("NA");
    assertThat(
            result(
                evaluate(
                    TopicType.CONTRACT_RENEWAL,
                    null,
                    LocalDate.of(2027, 3, 1),
                    null,
                    "四次考核均合格",
                    List.of(),
                    "1"),
                "c9"))
        .isEqualTo("PASS");
  }

  @Test
  void signingNeedsALegalOpinion() {
    assertThat(
            result(
                evaluate(TopicType.CONTRACT_SIGNING, null, null, " ", null, List.of(), "1"), "c8"))
        .isEqualTo("FAIL");
    assertThat(
            result(
                evaluate(
                    TopicType.CONTRACT_SIGNING, null, null, "法律意见书〔2026〕3号", null, List.of(), "1"),
                "c8"))
        .isEqualTo("PASS");
  }

  @Test
  void noSplittingHintWhenOneItemAlreadyReachesTheThresholdOrTheTotalStaysBelow() {
    List<AgendaTopicRepository.EarlierTopic> big =
        List.of(
            new AgendaTopicRepository.EarlierTopic(
                "YT-2026-0001", "大项", new BigDecimal("1200000")));
    assertThat(
            result(
                evaluate(TopicType.GENERAL_REQUEST, null, null, null, null, big, "300000"), "c6"))
        .isEqualTo("PASS");
    List<AgendaTopicRepository.EarlierTopic> small =
        List.of(
            new AgendaTopicRepository.EarlierTopic("YT-2026-0001", "小项", new BigDecimal("100000")));
    assertThat(
            result(
                evaluate(TopicType.GENERAL_REQUEST, null, null, null, null, small, "300000"), "c6"))
        .isEqualTo("PASS");
    assertThat(
            result(
                evaluate(TopicType.GENERAL_REQUEST, null, null, null, null, small, "900000"), "c6"))
        .isEqualTo("FAIL");
  }

  @Test
  void manualChecksAreLeftToTheReviewer() {
    List<AgendaChecklist.Check> checks =
        evaluate(TopicType.GENERAL_REQUEST, null, null, null, null, List.of(), "1");
    assertThat(result(checks, "c1")).isEmpty();
    assertThat(result(checks, "c3")).isEqualTo("NA");
    assertThat(AgendaChecklist.describe(checks)).contains("【待人工核对】C1");
  }
}
