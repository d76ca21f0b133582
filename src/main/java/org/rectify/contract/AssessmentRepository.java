package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assessments, summons and rectification notices of a contract (Flyway {@code V31__contract.sql}).
 */
@Repository
class AssessmentRepository {

  private final JdbcClient jdbc;
  private final ContractRepository contracts;

  AssessmentRepository(JdbcClient jdbc, ContractRepository contracts) {
    this.jdbc = jdbc;
    this.contracts = contracts;
  }

  void addAssessment(
      String number,
      LocalDate assessedOn,
      String period,
      String assessorGroup,
      String assessor,
      String methodRef,
      BigDecimal score,
      boolean satisfactory,
      String findings) {
    jdbc.sql(
            "insert into contract_assessment (contract_id, assessed_on, period, assessor_group, assessor, method_ref,"
                + " score, satisfactory, findings) values (:contract, :on, :period, :group, :assessor, :method, :score,"
                + " :ok, :findings)")
        .param("contract", contracts.idOf(number))
        .param("on", assessedOn)
        .param("period", period)
        .param("group", assessorGroup)
        .param("assessor", assessor)
        .param("method", methodRef)
        .param("score", score)
        .param("ok", satisfactory)
        .param("findings", findings)
        .update();
  }

  /** Newest first, so "consecutive" counts from the latest assessment backwards. */
  List<AssessmentRecord> assessments(String number) {
    return jdbc.sql(
            "select a.assessed_on, a.period, a.assessor_group, a.score, a.satisfactory, a.findings"
                + " from contract_assessment a join contract c on c.id = a.contract_id where c.number = :number"
                + " order by a.assessed_on desc, a.id desc")
        .param("number", number)
        .query(AssessmentRecord.class)
        .list();
  }

  PerformanceRecord performance(String number) {
    return new PerformanceRecord(
        assessments(number), uncompliedNotices(number), summonsCount(number));
  }

  /**
   * Every assessment of every contract of the contractor (same contractor = same unified social
   * credit code), newest first across the contracts: the exit rules apply to the contractor, so a
   * failure on one contract and two on another are three consecutive failures.
   */
  List<ContractorAssessment> contractorAssessments(long contractorId) {
    return jdbc.sql(
            "select c.number as contract_number, a.assessed_on, a.period, a.assessor_group, a.score,"
                + " a.satisfactory, a.findings from contract_assessment a join contract c on c.id = a.contract_id"
                + " where c.contractor_id = :contractor order by a.assessed_on desc, a.id desc")
        .param("contractor", contractorId)
        .query(ContractorAssessment.class)
        .list();
  }

  /** The contractor's record over all its contracts, as the exit rules read it. */
  PerformanceRecord contractorPerformance(long contractorId) {
    return new PerformanceRecord(
        contractorAssessments(contractorId).stream().map(ContractorAssessment::asRecord).toList(),
        countOfContractor("contract_rectification_notice", contractorId, " and n.complied = false"),
        countOfContractor("contract_summons", contractorId, ""));
  }

  private int countOfContractor(String table, long contractorId, String condition) {
    return jdbc.sql(
            "select count(*) from "
                + table
                + " n join contract c on c.id = n.contract_id where c.contractor_id = :contractor"
                + condition)
        .param("contractor", contractorId)
        .query(Integer.class)
        .single();
  }

  void addSummonsAndNotice(
      String number,
      LocalDate summonedOn,
      String participants,
      String requirements,
      String noticeNo,
      LocalDate deadline) {
    long contractId = contracts.idOf(number);
    jdbc.sql(
            "insert into contract_summons (contract_id, summoned_on, participants, requirements)"
                + " values (:contract, :on, :participants, :requirements)")
        .param("contract", contractId)
        .param("on", summonedOn)
        .param("participants", participants)
        .param("requirements", requirements)
        .update();
    jdbc.sql(
            "insert into contract_rectification_notice (contract_id, notice_no, issued_on, issues, deadline)"
                + " values (:contract, :no, :on, :issues, :deadline)")
        .param("contract", contractId)
        .param("no", noticeNo)
        .param("on", summonedOn)
        .param("issues", requirements)
        .param("deadline", deadline)
        .update();
  }

  /** Records whether the latest open rectification notice of the contract was complied with. */
  void recordCompliance(String number, boolean complied) {
    jdbc.sql(
            "update contract_rectification_notice set complied = :complied where id = (select max(n.id) from"
                + " contract_rectification_notice n join contract c on c.id = n.contract_id where c.number = :number"
                + " and n.complied is null)")
        .param("complied", complied)
        .param("number", number)
        .update();
  }

  /** 屡教不改: notices whose requirements were found not met (domain §4.2.2). */
  int uncompliedNotices(String number) {
    return jdbc.sql(
            "select count(*) from contract_rectification_notice n join contract c on c.id = n.contract_id"
                + " where c.number = :number and n.complied = false")
        .param("number", number)
        .query(Integer.class)
        .single();
  }

  int summonsCount(String number) {
    return jdbc.sql(
            "select count(*) from contract_summons s join contract c on c.id = s.contract_id"
                + " where c.number = :number")
        .param("number", number)
        .query(Integer.class)
        .single();
  }
}
