package org.rectify.report;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only data of Rectify's Cockpit views (rectify/cockpit-overview.js): 整改措施一览, 合同一览 and the
 * 业务记录 tab of the process instance page. Who reads which rows: the access matrix.
 */
@RestController
class OverviewController {

  private final MeasureOverview measures;
  private final ContractOverview contracts;
  private final InstanceRecord instances;

  OverviewController(
      MeasureOverview measures, ContractOverview contracts, InstanceRecord instances) {
    this.measures = measures;
    this.contracts = contracts;
    this.instances = instances;
  }

  @GetMapping("/api/overview/measures")
  List<MeasureOverview.Row> measures(@RequestParam Map<String, String> query) {
    return measures.rows(query);
  }

  @GetMapping("/api/overview/contracts")
  List<ContractOverview.Row> contracts(@RequestParam Map<String, String> query) {
    return contracts.rows(query);
  }

  @GetMapping("/api/overview/instances/{instanceId}")
  InstanceRecord.View instance(@PathVariable String instanceId) {
    return instances.of(instanceId);
  }
}
