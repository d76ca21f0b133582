package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One performance assessment (履约考核) of a contract, as the renewal record and the exit rules read
 * it.
 */
record AssessmentRecord(
    LocalDate assessedOn,
    String period,
    String assessorGroup,
    BigDecimal score,
    boolean satisfactory,
    String findings) {}
