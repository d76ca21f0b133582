package org.rectify.report;

import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledgers as Excel workbooks, with the same filters and order as the JSON ledgers. */
@RestController
class LedgerExportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  static final List<LedgerWorkbook.Column<MeasureLedger.Row>> MEASURE_COLUMNS =
      List.of(
          new LedgerWorkbook.Column<>("编号", 8, MeasureLedger.Row::code),
          new LedgerWorkbook.Column<>(
              "方面", 24, r -> "（" + NoticeNumbers.chinese(r.aspectNo()) + "）" + r.aspect()),
          new LedgerWorkbook.Column<>("问题", 22, r -> r.problemNo() + ". " + r.problem()),
          new LedgerWorkbook.Column<>("整改措施", 50, MeasureLedger.Row::title),
          new LedgerWorkbook.Column<>("责任部门", 12, MeasureLedger.Row::departmentName),
          new LedgerWorkbook.Column<>("分管领导", 12, MeasureLedger.Row::responsibleLeaderName),
          new LedgerWorkbook.Column<>("阶段", 18, r -> ReportLabels.phase(r.phase())),
          new LedgerWorkbook.Column<>("完成时限", 12, MeasureLedger.Row::dueDate),
          new LedgerWorkbook.Column<>("状态", 14, MeasureLedger.Row::statusLabel),
          new LedgerWorkbook.Column<>("预警", 10, MeasureLedger.Row::colourText),
          new LedgerWorkbook.Column<>("最新进展", 40, MeasureLedger.Row::lastProgress),
          new LedgerWorkbook.Column<>("成果材料", 30, r -> String.join("；", r.deliverables())));

  private static final List<LedgerWorkbook.Column<ContractLedger.Row>> CONTRACT_COLUMNS =
      List.of(
          new LedgerWorkbook.Column<>("合同编号", 18, ContractLedger.Row::number),
          new LedgerWorkbook.Column<>("合同名称", 28, ContractLedger.Row::title),
          new LedgerWorkbook.Column<>("承包商", 24, ContractLedger.Row::contractor),
          new LedgerWorkbook.Column<>("统一社会信用代码", 22, ContractLedger.Row::creditCode),
          new LedgerWorkbook.Column<>("主管科室", 12, ContractLedger.Row::departmentName),
          new LedgerWorkbook.Column<>("金额（元）", 14, ContractLedger.Row::amount),
          new LedgerWorkbook.Column<>("起始日期", 12, ContractLedger.Row::startsOn),
          new LedgerWorkbook.Column<>("到期日期", 12, ContractLedger.Row::endsOn),
          new LedgerWorkbook.Column<>("续签/招标状态", 26, ContractLedger.Row::renewalState),
          new LedgerWorkbook.Column<>("已续签次数", 10, ContractLedger.Row::renewals),
          new LedgerWorkbook.Column<>("考核次数", 10, ContractLedger.Row::assessments),
          new LedgerWorkbook.Column<>("不合格次数", 10, ContractLedger.Row::unsatisfactoryAssessments),
          new LedgerWorkbook.Column<>("黑名单", 8, ContractLedger.Row::blacklisted));

  private static final List<LedgerWorkbook.Column<SpotCheckLedger.Row>> CHECK_COLUMNS =
      List.of(
          new LedgerWorkbook.Column<>("暗访编号", 16, SpotCheckLedger.Row::number),
          new LedgerWorkbook.Column<>("类型", 10, SpotCheckLedger.Row::typeLabel),
          new LedgerWorkbook.Column<>("暗访日期", 12, SpotCheckLedger.Row::visitedOn),
          new LedgerWorkbook.Column<>("状态", 12, SpotCheckLedger.Row::statusLabel),
          new LedgerWorkbook.Column<>("发现问题", 10, SpotCheckLedger.Row::findings),
          new LedgerWorkbook.Column<>("认定问题", 10, SpotCheckLedger.Row::upheldFindings),
          new LedgerWorkbook.Column<>("通报", 8, SpotCheckLedger.Row::notices),
          new LedgerWorkbook.Column<>("已整改", 8, SpotCheckLedger.Row::rectifiedFindings),
          new LedgerWorkbook.Column<>("谈话提醒", 10, SpotCheckLedger.Row::talks));

  private final LedgerQueries queries;

  LedgerExportController(LedgerQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/ledger.xlsx")
  ResponseEntity<byte[]> measures(@RequestParam Map<String, String> query) {
    return file(
        "整改台账.xlsx",
        LedgerWorkbook.write(
            "整改台账", MEASURE_COLUMNS, queries.measures(query), MeasureLedger.Row::colour, 9));
  }

  @GetMapping("/api/ledger/contracts.xlsx")
  ResponseEntity<byte[]> contracts(@RequestParam Map<String, String> query) {
    return file(
        "合同台账.xlsx",
        LedgerWorkbook.write(
            "合同台账", CONTRACT_COLUMNS, queries.contracts(query), ContractLedger.Row::colour, 8));
  }

  @GetMapping("/api/ledger/spot-checks.xlsx")
  ResponseEntity<byte[]> spotChecks(@RequestParam Map<String, String> query) {
    return file(
        "暗访台账.xlsx",
        LedgerWorkbook.write("暗访台账", CHECK_COLUMNS, queries.spotChecks(query), null, -1));
  }

  private static ResponseEntity<byte[]> file(String name, byte[] content) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(content);
  }
}
