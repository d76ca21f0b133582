package org.rectify.supplier;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The blacklist (黑名单): blacklisted contractors must not be used (no shortlist, lot drawing, renewal
 * or award). Entries are only added here; removal is a recorded leadership decision, never
 * automatic (domain §4.2.2).
 */
@Repository
public class Blacklist {

  private final JdbcClient jdbc;

  Blacklist(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds an entry; a contractor already actively listed is not listed twice. */
  public void add(
      long contractorId,
      String ruleCode,
      String ruleText,
      String evidence,
      String contractNumber,
      LocalDate listedOn,
      String approver) {
    if (isBlacklisted(contractorId)) {
      return;
    }
    jdbc.sql(
            "insert into supplier_blacklist_entry (contractor_id, rule_code, rule_text, evidence, contract_number,"
                + " listed_on, approver) values (:contractor, :code, :text, :evidence, :contract, :listedOn, :approver)")
        .param("contractor", contractorId)
        .param("code", ruleCode)
        .param("text", ruleText)
        .param("evidence", evidence)
        .param("contract", contractNumber)
        .param("listedOn", listedOn)
        .param("approver", approver)
        .update();
  }

  /**
   * Lifts an active entry on a recorded leadership decision (e.g. the minutes' number); the entry
   * stays in the table with the decision, the date and who recorded it. Returns false when there is
   * no such active entry.
   */
  public boolean remove(long entryId, String decision, LocalDate removedOn, String removedBy) {
    return jdbc.sql(
                "update supplier_blacklist_entry set removed_on = :on, removal_decision = :decision,"
                    + " removed_by = :by where id = :id and removed_on is null")
            .param("on", removedOn)
            .param("decision", decision)
            .param("by", removedBy)
            .param("id", entryId)
            .update()
        == 1;
  }

  public boolean isBlacklisted(long contractorId) {
    return jdbc.sql(
                "select count(*) from supplier_blacklist_entry where contractor_id = :id and removed_on is null")
            .param("id", contractorId)
            .query(Integer.class)
            .single()
        > 0;
  }

  public boolean isBlacklisted(String creditCode) {
    return jdbc.sql(
                "select count(*) from supplier_blacklist_entry b join supplier_contractor c on c.id = b.contractor_id"
                    + " where c.credit_code = :code and b.removed_on is null")
            .param("code", creditCode)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Active entries, newest first. */
  public List<BlacklistEntry> active() {
    return jdbc.sql(
            "select b.id, c.name as contractor_name, c.credit_code, b.rule_code, b.rule_text, b.evidence,"
                + " b.contract_number, b.listed_on, b.approver from supplier_blacklist_entry b"
                + " join supplier_contractor c on c.id = b.contractor_id where b.removed_on is null"
                + " order by b.listed_on desc, b.id desc")
        .query(BlacklistEntry.class)
        .list();
  }
}
