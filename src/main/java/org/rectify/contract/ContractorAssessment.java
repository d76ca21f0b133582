package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One assessment of any of a contractor's contracts, with the contract it belongs to: the exit
 * rules count a contractor's assessments across all its contracts (domain §4.2.2).
 */
record ContractorAssessment(
    String contractNumber,
    LocalDate assessedOn,
    String period,
    String assessorGroup,
    BigDecimal score,
    boolean satisfactory,
    String findings) {

  AssessmentRecord asRecord() {
    return new AssessmentRecord(assessedOn, period, assessorGroup, score, satisfactory, findings);
  }
}
