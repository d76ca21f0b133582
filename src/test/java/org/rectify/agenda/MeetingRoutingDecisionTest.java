package org.rectify.agenda;

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
 * Every rule of {@code processes/meeting-routing.dmn} (domain §4.3.4) and the threshold boundaries.
 */
class MeetingRoutingDecisionTest {

  private static DmnDecision decision;
  private static DmnEngine engine;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn =
        MeetingRoutingDecisionTest.class.getResourceAsStream("/processes/meeting-routing.dmn")) {
      decision = engine.parseDecision("meeting-routing", dmn);
    }
  }

  private static DmnDecisionRuleResult route(boolean tripleOneMajor, double amount) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("tripleOneMajor", tripleOneMajor);
    variables.put("amount", amount);
    return engine.evaluateDecisionTable(decision, variables).getSingleResult();
  }

  @Test
  void tripleOneMajorGoesToPartyGroupWhateverTheAmount() {
    DmnDecisionRuleResult result = route(true, 1000);
    assertThat((String) result.getEntry("meeting")).isEqualTo("PARTY_GROUP");
    assertThat((String) result.getEntry("meetingName")).isEqualTo("党组会");
    assertThat((String) result.getEntry("routingReason")).contains("三重一大");
  }

  @Test
  void largeSumCountsAsTripleOneMajor() {
    assertThat((String) route(false, 5_000_000).getEntry("meeting")).isEqualTo("PARTY_GROUP");
    assertThat((String) route(false, 4_999_999.99).getEntry("meeting"))
        .isEqualTo("DIRECTOR_OFFICE");
  }

  @Test
  void amountAtTheMidThresholdGoesToDirectorOffice() {
    DmnDecisionRuleResult result = route(false, 1_000_000);
    assertThat((String) result.getEntry("meeting")).isEqualTo("DIRECTOR_OFFICE");
    assertThat((String) result.getEntry("meetingName")).isEqualTo("局长办公会");
    assertThat((String) result.getEntry("routingReason")).contains("假设");
  }

  @Test
  void amountBelowTheMidThresholdGoesToBureauAffairs() {
    DmnDecisionRuleResult result = route(false, 999_999.99);
    assertThat((String) result.getEntry("meeting")).isEqualTo("BUREAU_AFFAIRS");
    assertThat((String) result.getEntry("meetingName")).isEqualTo("局务会");
    assertThat((String) route(false, 0).getEntry("meeting")).isEqualTo("BUREAU_AFFAIRS");
  }
}
