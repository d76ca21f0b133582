package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code POST /api/contracts} (conventions.md); validated by {@link ContractRegistration}. */
record ContractRequest(
    String number,
    String title,
    String contractor,
    String contractorCreditCode,
    String department,
    String category,
    BigDecimal amount,
    String procurementMethod,
    LocalDate startsOn,
    LocalDate endsOn,
    Boolean tenderRequired,
    Boolean renewalAllowed) {}
