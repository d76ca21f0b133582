package org.rectify.contract;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Team filings (备案, domain §4.2 step 3 and §5.4): the contractor's project lead, technical staff
 * and equipment, checked against the bid; a mismatch is filed together with the rectification
 * notice (整改通知书) it caused.
 */
@Repository
class TeamFilingRepository {

  /** One filing as {@code GET /api/contracts/{number}} shows it. */
  record TeamFiling(
      LocalDate filedOn,
      String projectLead,
      String technicians,
      String equipment,
      boolean matchesBid,
      String verifiedBy) {}

  private final JdbcClient jdbc;
  private final ContractRepository contracts;

  TeamFilingRepository(JdbcClient jdbc, ContractRepository contracts) {
    this.jdbc = jdbc;
    this.contracts = contracts;
  }

  void add(String number, TeamFiling filing) {
    jdbc.sql(
            "insert into contract_team_filing (contract_id, filed_on, project_lead, technicians, equipment,"
                + " matches_bid, verified_by) values (:contract, :on, :lead, :technicians, :equipment, :matches, :by)")
        .param("contract", contracts.idOf(number))
        .param("on", filing.filedOn())
        .param("lead", filing.projectLead())
        .param("technicians", filing.technicians())
        .param("equipment", filing.equipment())
        .param("matches", filing.matchesBid())
        .param("by", filing.verifiedBy())
        .update();
  }

  /**
   * The filing did not match the bid: the rectification notice issued to the contractor (no
   * assessment behind it).
   */
  void addNotice(
      String number, String noticeNo, LocalDate issuedOn, String issues, LocalDate deadline) {
    jdbc.sql(
            "insert into contract_rectification_notice (contract_id, notice_no, issued_on, issues, deadline)"
                + " values (:contract, :no, :on, :issues, :deadline)")
        .param("contract", contracts.idOf(number))
        .param("no", noticeNo)
        .param("on", issuedOn)
        .param("issues", issues)
        .param("deadline", deadline)
        .update();
  }

  List<TeamFiling> filingsOf(String number) {
    return jdbc.sql(
            "select f.filed_on, f.project_lead, f.technicians, f.equipment, f.matches_bid, f.verified_by"
                + " from contract_team_filing f join contract c on c.id = f.contract_id where c.number = :number"
                + " order by f.filed_on, f.id")
        .param("number", number)
        .query(TeamFiling.class)
        .list();
  }
}
