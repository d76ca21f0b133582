package org.rectify.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The contract register (Flyway {@code V31__contract.sql}) and the legal opinions filed against it.
 */
@Repository
class ContractRepository {

  private static final String SELECT =
      "select c.id, c.number, c.title, c.contractor_id, s.name as contractor,"
          + " s.credit_code as contractor_credit_code, c.department, c.category, c.amount, c.procurement_method,"
          + " c.starts_on, c.ends_on, c.tender_required, c.renewal_allowed, c.renewals, c.legal_opinion_ref, c.status,"
          + " c.late, c.overdue, c.signed_on from contract c join supplier_contractor s on s.id = c.contractor_id ";

  private final JdbcClient jdbc;

  ContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Contract> findAll() {
    return jdbc.sql(SELECT + "order by c.ends_on, c.number").query(Contract.class).list();
  }

  Optional<Contract> findByNumber(String number) {
    return jdbc.sql(SELECT + "where c.number = :number")
        .param("number", number)
        .query(Contract.class)
        .optional();
  }

  /** The contractor's contracts still running (status {@code ACTIVE}), by number. */
  List<Contract> runningOfContractor(long contractorId) {
    return jdbc.sql(
            SELECT
                + "where c.contractor_id = :contractor and c.status = 'ACTIVE' order by c.number")
        .param("contractor", contractorId)
        .query(Contract.class)
        .list();
  }

  boolean exists(String number) {
    return jdbc.sql("select count(*) from contract where number = :number")
            .param("number", number)
            .query(Integer.class)
            .single()
        > 0;
  }

  long insert(ContractRequest request, long contractorId, boolean overdue, String registeredBy) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into contract (number, title, contractor_id, department, category, amount, procurement_method,"
                + " starts_on, ends_on, tender_required, renewal_allowed, late, overdue, registered_by, legal_opinion_ref,"
                + " signed_on) values (:number, :title, :contractor, :department, :category, :amount, :method, :startsOn,"
                + " :endsOn, :tender, :renewal, :late, :overdue, :by, :opinion, :signedOn)")
        .param("number", request.number())
        .param("title", request.title())
        .param("contractor", contractorId)
        .param("department", request.department())
        .param("category", request.category())
        .param("amount", request.amount())
        .param("method", request.procurementMethod())
        .param("startsOn", request.startsOn())
        .param("endsOn", request.endsOn())
        .param("tender", Boolean.TRUE.equals(request.tenderRequired()))
        .param("renewal", !Boolean.FALSE.equals(request.renewalAllowed()))
        .param("late", overdue)
        .param("overdue", overdue)
        .param("by", registeredBy)
        .param("opinion", request.awaitingSignature() ? null : request.legalOpinionRef().trim())
        .param("signedOn", request.awaitingSignature() ? null : request.signedOn())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** A deadline of the renewal or tender path was missed (逾期). */
  void markLate(String number) {
    jdbc.sql("update contract set late = true where number = :number")
        .param("number", number)
        .update();
  }

  /**
   * A renewal was signed: new term, one more renewal, the legal opinion it was signed on; late
   * flags reset.
   */
  void renew(String number, LocalDate newEndsOn, String legalOpinionRef) {
    jdbc.sql(
            "update contract set ends_on = :endsOn, renewals = renewals + 1, legal_opinion_ref = :opinion,"
                + " late = false, overdue = false where number = :number")
        .param("endsOn", newEndsOn)
        .param("opinion", legalOpinionRef)
        .param("number", number)
        .update();
  }

  /**
   * A contract was signed after the legal review: the opinion it was signed on (法律意见书编号) and the
   * signing date.
   */
  void recordSigning(String number, String legalOpinionRef, LocalDate signedOn) {
    jdbc.sql(
            "update contract set legal_opinion_ref = :opinion, signed_on = :signedOn where number = :number")
        .param("opinion", legalOpinionRef)
        .param("signedOn", signedOn)
        .param("number", number)
        .update();
  }

  void close(String number, String status) {
    jdbc.sql("update contract set status = :status where number = :number")
        .param("status", status)
        .param("number", number)
        .update();
  }

  /**
   * Files a formal legal opinion (法律意见书) as the next version for the contract; returns the version.
   */
  int addLegalOpinion(
      String number,
      String opinionNo,
      LocalDate issuedOn,
      String flaggedClauses,
      String requiredAmendments,
      boolean objection,
      String counsel) {
    long contractId = idOf(number);
    int version =
        jdbc.sql("select count(*) from contract_legal_opinion where contract_id = :id")
                .param("id", contractId)
                .query(Integer.class)
                .single()
            + 1;
    jdbc.sql(
            "insert into contract_legal_opinion (contract_id, version, opinion_no, issued_on, flagged_clauses,"
                + " required_amendments, objection, counsel) values (:id, :version, :no, :issuedOn, :flagged, :amend,"
                + " :objection, :counsel)")
        .param("id", contractId)
        .param("version", version)
        .param("no", opinionNo)
        .param("issuedOn", issuedOn)
        .param("flagged", flaggedClauses)
        .param("amend", requiredAmendments)
        .param("objection", objection)
        .param("counsel", counsel)
        .update();
    return version;
  }

  long idOf(String number) {
    return jdbc.sql("select id from contract where number = :number")
        .param("number", number)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new IllegalStateException("合同台账中没有编号为 " + number + " 的合同"));
  }
}
