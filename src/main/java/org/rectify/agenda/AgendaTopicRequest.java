package org.rectify.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/agenda-topics}: the materials of domain §4.3.1 step 1 and §4.3.2. */
record AgendaTopicRequest(String title, String type, String department, String budgetDepartment, String category,
    BigDecimal amount, String fundingSource, Boolean tripleOneMajor, String tripleOneMajorCategory,
    String linkedContract, String linkedMeasure, LocalDate deadline, LocalDate serviceStartsOn,
    LocalDate contractEndsOn, String legalOpinion, String performanceRecord, String attachments,
    List<Quote> quotes) {

  /** One supplier offer (三方比价): the four factors, the registration lookup and the forged flag. */
  record Quote(String supplier, String creditCode, BigDecimal price, String executionPlan, String expectedEffect,
      String qualification, LocalDate registrationCheckedOn, String registrationCheckResult, Boolean forged) {}

  List<Quote> quotesOrEmpty() {
    return quotes == null ? List.of() : quotes;
  }

  String budgetDepartmentOrOwn() {
    return budgetDepartment == null || budgetDepartment.isBlank() ? department : budgetDepartment;
  }
}
