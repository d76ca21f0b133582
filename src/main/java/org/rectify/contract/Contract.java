package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the contract register (合同登记台账) as the API shows it: {@code legalOpinionRef} is the legal
 * opinion the contract (or its last renewal) was signed on, {@code signedOn} the day it was signed
 * (null while it waits for the legal review and signing).
 */
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
    boolean overdue,
    LocalDate signedOn) {

  /** A row without a recorded signing date (contracts registered before it was kept). */
  public Contract(
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
      boolean overdue) {
    this(
        id,
        number,
        title,
        contractorId,
        contractor,
        contractorCreditCode,
        department,
        category,
        amount,
        procurementMethod,
        startsOn,
        endsOn,
        tenderRequired,
        renewalAllowed,
        renewals,
        legalOpinionRef,
        status,
        late,
        overdue,
        null);
  }
}
