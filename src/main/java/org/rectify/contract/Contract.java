package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the contract register (合同登记台账) as the API shows it. */
public record Contract(
    long id,
    String number,
    String title,
    long contractorId,
    String contractor,
    String contractorCreditCode,
    String department,
    String category,
    BigDecimal amount,
    String procurementMethod,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean tenderRequired,
    boolean renewalAllowed,
    int renewals,
    String legalOpinionRef,
    String status,
    boolean late,
    boolean overdue) {}
