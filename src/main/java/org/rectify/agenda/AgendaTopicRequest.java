package org.rectify.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/agenda-topics}: the materials of domain §4.3.1 step 1 and §4.3.2. The
 * sizes are the register's columns, so an over-long value is a 400 naming the field, never a
 * database error.
 */
record AgendaTopicRequest(
    @Size(max = 300, message = "最多 300 字") String title,
    String type,
    String department,
    String budgetDepartment,
    @Size(max = 100, message = "最多 100 字") String category,
    @Digits(integer = 14, fraction = 2, message = "金额最多 14 位整数、2 位小数") BigDecimal amount,
    @Size(max = 200, message = "最多 200 字") String fundingSource,
    Boolean tripleOneMajor,
    @Size(max = 30, message = "最多 30 字") String tripleOneMajorCategory,
    @Size(max = 50, message = "最多 50 字") String linkedContract,
    @Size(max = 50, message = "最多 50 字") String linkedMeasure,
    LocalDate deadline,
    LocalDate serviceStartsOn,
    LocalDate contractEndsOn,
    @Size(max = 2000, message = "最多 2000 字") String legalOpinion,
    @Size(max = 2000, message = "最多 2000 字") String performanceRecord,
    @Size(max = 2000, message = "最多 2000 字") String attachments,
    List<@Valid Quote> quotes) {

  /** One supplier offer (三方比价): the four factors, the registration lookup and the forged flag. */
  record Quote(
      @Size(max = 200, message = "最多 200 字") String supplier,
      String creditCode,
      @Digits(integer = 14, fraction = 2, message = "报价最多 14 位整数、2 位小数") BigDecimal price,
      @Size(max = 2000, message = "最多 2000 字") String executionPlan,
      @Size(max = 2000, message = "最多 2000 字") String expectedEffect,
      @Size(max = 2000, message = "最多 2000 字") String qualification,
      LocalDate registrationCheckedOn,
      @Size(max = 500, message = "最多 500 字") String registrationCheckResult,
      Boolean forged) {}

  List<Quote> quotesOrEmpty() {
    return quotes == null ? List.of() : quotes;
  }

  String budgetDepartmentOrOwn() {
    return budgetDepartment == null || budgetDepartment.isBlank() ? department : budgetDepartment;
  }
}
