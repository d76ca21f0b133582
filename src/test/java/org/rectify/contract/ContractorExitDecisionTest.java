package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule row of {@code processes/contractor-exit.dmn} (domain §4.2.2), plus the boundaries
 * around them.
 */
class ContractorExitDecisionTest {

  private static DmnDecision decision;
  private static DmnEngine engine;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn =
        ContractorExitDecisionTest.class.getResourceAsStream("/processes/contractor-exit.dmn")) {
      decision = engine.parseDecision("contractor-exit", dmn);
    }
  }

  private static DmnDecisionRuleResult decide(
      boolean forged, int consecutive, int thisYear, boolean repeated) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("forgedRegistration", forged);
    variables.put("consecutiveFails", consecutive);
    variables.put("failsThisYear", thisYear);
    variables.put("repeatedNonCompliance", repeated);
    variables.put("consecutiveFailLimit", 3);
    variables.put("yearlyFailLimit", 3);
    return engine.evaluateDecisionTable(decision, variables).getSingleResult();
  }

  @Test
  void forgedRegistrationMeansBlacklistEvenWithoutFailedAssessments() {
    DmnDecisionRuleResult result = decide(true, 0, 0, false);
    assertThat((String) result.getEntry("exitAction")).isEqualTo("EXIT_BLACKLIST");
    assertThat((String) result.getEntry("exitRule")).isEqualTo("B1");
  }

  @Test
  void threeConsecutiveFailsMeanExit() {
    DmnDecisionRuleResult result = decide(false, 3, 3, false);
    assertThat((String) result.getEntry("exitAction")).isEqualTo("EXIT_BLACKLIST");
    assertThat((String) result.getEntry("exitRule")).isEqualTo("B2");
    assertThat((String) result.getEntry("exitReason")).contains("连续三次");
  }

  @Test
  void twoConsecutiveFailsAreNotEnough() {
    assertThat((String) decide(false, 2, 2, true).getEntry("exitAction")).isEqualTo("NONE");
  }

  @Test
  void threeFailsThisYearWithRepeatedNonComplianceMeanExit() {
    DmnDecisionRuleResult result = decide(false, 1, 3, true);
    assertThat((String) result.getEntry("exitAction")).isEqualTo("EXIT_BLACKLIST");
    assertThat((String) result.getEntry("exitRule")).isEqualTo("B3");
  }

  @Test
  void threeFailsThisYearWithoutRepeatedNonComplianceAreNotEnough() {
    assertThat((String) decide(false, 1, 4, false).getEntry("exitRule")).isEqualTo("-");
  }

  @Test
  void noRuleTriggeredMeansNone() {
    DmnDecisionRuleResult result = decide(false, 0, 0, false);
    assertThat((String) result.getEntry("exitAction")).isEqualTo("NONE");
    assertThat((String) result.getEntry("exitReason")).isEqualTo("未触发出局规则");
  }

  @Test
  void forgedRegistrationWinsOverOtherRulesUnderFirstHitPolicy() {
    assertThat((String) decide(true, 5, 5, true).getEntry("exitRule")).isEqualTo("B1");
  }
}
