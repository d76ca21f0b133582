package org.rectify.report;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' ledgers as JSON (login required like every {@code /api} call). */
@RestController
class LedgerController {

  private final LedgerQueries queries;

  LedgerController(LedgerQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/ledger")
  List<MeasureLedger.Row> measures(@RequestParam Map<String, String> query) {
    return queries.measures(query);
  }

  @GetMapping("/api/ledger/contracts")
  List<ContractLedger.Row> contracts(@RequestParam Map<String, String> query) {
    return queries.contracts(query);
  }

  @GetMapping("/api/ledger/spot-checks")
  List<SpotCheckLedger.Row> spotChecks(@RequestParam Map<String, String> query) {
    return queries.spotChecks(query);
  }
}
