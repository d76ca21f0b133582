package org.rectify.contract;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lead times and exit thresholds of the contract rules (domain §3.5–3.6, §4.2). Defaults are the
 * seed's values; those marked [A] are assumptions because the seed text leaves them open — change
 * them in {@code application.yaml} under {@code rectify.contract}.
 */
@ConfigurationProperties("rectify.contract")
public class ContractProperties {

  /** [T] rule 51: the renewal goes to the decision meeting 2 months before expiry (deadline). */
  private Period renewalDeadline = Period.ofMonths(2);

  /** [A] rule 52: "提前提醒" without a lead; the renewal reminder goes out 3 months before expiry. */
  private Period renewalReminder = Period.ofMonths(3);

  /** [T] rule 40: the tender plan goes to the decision meeting 6 months in advance (deadline). */
  private Period tenderDeadline = Period.ofMonths(6);

  /**
   * [A] §4.2.3: the tender-planning reminder goes out a month before that deadline (7 months before
   * expiry).
   */
  private Period tenderReminder = Period.ofMonths(7);

  /**
   * [A] §4.2.3: a renewal still undecided this long before expiry is escalated to the Party
   * secretary.
   */
  private Period undecidedEscalation = Period.ofDays(14);

  /** [T] rule 50: 3 consecutive unsatisfactory assessments mean exit + blacklist. */
  private int consecutiveFailLimit = 3;

  /**
   * [T] rule 49: ≥3 unsatisfactory assessments in the current year + repeated non-compliance mean
   * exit.
   */
  private int yearlyFailLimit = 3;

  /** [A] the seed gives no deadline for a rectification notice: 15 calendar days. */
  private int rectificationDays = 15;

  /**
   * [A] routine assessment cycle per contract category (cron, server time); the seed only says the
   * assessment team checks "不定期". Key {@code default} applies to categories without their own
   * entry: quarterly, 1st day 09:00.
   */
  private Map<String, String> assessmentCycles =
      new HashMap<>(
          Map.of(
              "default", "0 0 9 1 1/3 ?",
              "cleaning", "0 0 9 1 * ?"));

  /** The routine assessment cycle of a contract category. */
  public String assessmentCycleFor(String category) {
    return assessmentCycles.getOrDefault(
        category, assessmentCycles.getOrDefault("default", "0 0 9 1 1/3 ?"));
  }

  public Map<String, String> getAssessmentCycles() {
    return assessmentCycles;
  }

  public void setAssessmentCycles(Map<String, String> assessmentCycles) {
    this.assessmentCycles = assessmentCycles;
  }

  public Period getUndecidedEscalation() {
    return undecidedEscalation;
  }

  public void setUndecidedEscalation(Period undecidedEscalation) {
    this.undecidedEscalation = undecidedEscalation;
  }

  public Period getRenewalDeadline() {
    return renewalDeadline;
  }

  public void setRenewalDeadline(Period renewalDeadline) {
    this.renewalDeadline = renewalDeadline;
  }

  public Period getRenewalReminder() {
    return renewalReminder;
  }

  public void setRenewalReminder(Period renewalReminder) {
    this.renewalReminder = renewalReminder;
  }

  public Period getTenderDeadline() {
    return tenderDeadline;
  }

  public void setTenderDeadline(Period tenderDeadline) {
    this.tenderDeadline = tenderDeadline;
  }

  public Period getTenderReminder() {
    return tenderReminder;
  }

  public void setTenderReminder(Period tenderReminder) {
    this.tenderReminder = tenderReminder;
  }

  public int getConsecutiveFailLimit() {
    return consecutiveFailLimit;
  }

  public void setConsecutiveFailLimit(int consecutiveFailLimit) {
    this.consecutiveFailLimit = consecutiveFailLimit;
  }

  public int getYearlyFailLimit() {
    return yearlyFailLimit;
  }

  public void setYearlyFailLimit(int yearlyFailLimit) {
    this.yearlyFailLimit = yearlyFailLimit;
  }

  public int getRectificationDays() {
    return rectificationDays;
  }

  public void setRectificationDays(int rectificationDays) {
    this.rectificationDays = rectificationDays;
  }
}
