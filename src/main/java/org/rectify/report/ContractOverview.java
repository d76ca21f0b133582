package org.rectify.report;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.contract.ContractRenewalProcess;
import org.rectify.platform.ApiException;
import org.springframework.stereotype.Component;

/**
 * Cockpit's 合同一览 ({@code GET /api/overview/contracts}): every contract the caller may read (the
 * contract ledger's rows, {@code RecordAccess}) with its renewal process's current step and holder.
 * A renewal or tender-plan deadline, or the end of the term, that passed while the contract is
 * still active and undecided stays in the list, flagged 红色 "已过决策期限", until the contract is renewed,
 * re-tendered or ended.
 */
@Component
class ContractOverview {

  static final String DECISION_OVERDUE = "已过决策期限";

  record Row(
      String number,
      String title,
      String contractor,
      String department,
      String departmentName,
      LocalDate startsOn,
      LocalDate endsOn,
      long daysToExpiry,
      LocalDate decisionDeadline,
      String decisionKind,
      boolean decisionOverdue,
      String renewalState,
      String status,
      String statusLabel,
      String colour,
      String colourText,
      String currentStep,
      String holder,
      Date taskDue,
      String processInstanceId) {}

  private final LedgerQueries ledger;
  private final ProcessPositions positions;

  ContractOverview(LedgerQueries ledger, ProcessPositions positions) {
    this.ledger = ledger;
    this.positions = positions;
  }

  List<Row> rows(Map<String, String> query) {
    LedgerParameters p = new LedgerParameters(query, Set.of("department", "colour", "q"));
    Map<String, String> filter = new HashMap<>();
    for (String name : List.of("department", "q")) {
      if (p.text(name) != null) {
        filter.put(name, p.text(name));
      }
    }
    String colour = p.oneOf("colour", Set.of("GREEN", "YELLOW", "RED"));
    Map<String, ProcessPositions.Position> where =
        positions.byBusinessKey(ContractRenewalProcess.KEY);
    return ledger.contracts(filter).stream()
        .map(c -> row(c, where.getOrDefault(c.number(), ProcessPositions.Position.ENDED)))
        .filter(r -> colour == null || colour.equals(r.colour()))
        .toList();
  }

  /** One contract, when the current user may read it (else 403 in Chinese). */
  Row one(String number, ProcessPositions.Position position) {
    return ledger.contracts(Map.of("q", number)).stream()
        .filter(c -> c.number().equals(number))
        .findFirst()
        .map(c -> row(c, position))
        .orElseThrow(
            () -> ApiException.forbidden("没有权限：只能查看本科室的合同（办公室、法律顾问、考核组、整改办、领导小组、局领导可查看全部）"));
  }

  private static Row row(ContractLedger.Row c, ProcessPositions.Position position) {
    boolean active = "ACTIVE".equals(c.status());
    LocalDate deadline = c.renewalAllowed() ? c.renewalDeadline() : c.tenderDeadline();
    LocalDate today = StatusColours.today();
    boolean overdue =
        active && (c.late() || deadline.isBefore(today) || c.endsOn().isBefore(today));
    String colour = overdue ? "RED" : c.colour();
    return new Row(
        c.number(),
        c.title(),
        c.contractor(),
        c.department(),
        c.departmentName(),
        c.startsOn(),
        c.endsOn(),
        c.daysToExpiry(),
        deadline,
        c.renewalAllowed() ? "续签议题上会" : "招标计划上会",
        overdue,
        overdue ? DECISION_OVERDUE + "（" + c.renewalState() + "）" : c.renewalState(),
        c.status(),
        c.statusLabel(),
        colour,
        switch (colour) {
          case "RED" -> overdue ? "红色 " + DECISION_OVERDUE : "红色 超期";
          case "YELLOW" -> "黄色 临近";
          default -> "绿色 正常";
        },
        position.step(),
        position.holder(),
        position.taskDue(),
        position.instanceId());
  }
}
