package org.rectify.contract;

import static org.rectify.contract.ContractAssessmentProcess.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.supplier.Contractor;
import org.rectify.supplier.ContractorRepository;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CompileExitFacts}: derives the inputs of the {@code contractor-exit} decision
 * for the <em>contractor</em> (承包商, one unified social credit code), counted across all its
 * contracts: consecutive and this year's unsatisfactory assessments, uncomplied notices, forged
 * registration (on record, or found in this assessment), with the configured thresholds. It also
 * lists for the office the contractor's running contracts an exit would end and the assessments
 * behind the rule.
 */
@Component("exitFactsCompiler")
class CompileExitFactsDelegate implements JavaDelegate {

  /** The newest assessments shown to the office as evidence. */
  static final int EVIDENCE_ROWS = 12;

  private final AssessmentRepository assessments;
  private final ContractRepository contracts;
  private final ContractorRepository contractors;
  private final ContractProperties properties;

  CompileExitFactsDelegate(
      AssessmentRepository assessments,
      ContractRepository contracts,
      ContractorRepository contractors,
      ContractProperties properties) {
    this.assessments = assessments;
    this.contracts = contracts;
    this.contractors = contractors;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    Contract contract =
        contracts
            .findByNumber(number)
            .orElseThrow(() -> new IllegalStateException("未登记的合同 " + number));
    long contractorId = contract.contractorId();
    PerformanceRecord record = assessments.contractorPerformance(contractorId);
    boolean forged =
        Boolean.TRUE.equals(execution.getVariable(FORGED_REGISTRATION))
            || contractors.findById(contractorId).map(Contractor::forgedRegistration).orElse(false);
    int year = BusinessDates.today().getYear();
    execution.setVariable(FORGED_REGISTRATION, forged);
    execution.setVariable(CONSECUTIVE_FAILS, record.consecutiveFails());
    execution.setVariable(FAILS_THIS_YEAR, record.failsInYear(year));
    execution.setVariable(REPEATED_NON_COMPLIANCE, record.uncompliedNotices() > 0);
    execution.setVariable(CONSECUTIVE_FAIL_LIMIT, properties.getConsecutiveFailLimit());
    execution.setVariable(YEARLY_FAIL_LIMIT, properties.getYearlyFailLimit());
    execution.setVariable(
        EXIT_CONTRACTS, runningContracts(contracts.runningOfContractor(contractorId)));
    execution.setVariable(
        EXIT_FACTS,
        facts(contract, record, year, forged, assessments.contractorAssessments(contractorId)));
  }

  private static String runningContracts(List<Contract> running) {
    if (running.isEmpty()) {
      return "该承包商已无履行中的合同。";
    }
    return running.stream()
        .map(
            c ->
                c.number()
                    + "　"
                    + c.title()
                    + "　"
                    + BusinessDates.text(c.startsOn())
                    + " 至 "
                    + BusinessDates.text(c.endsOn()))
        .collect(Collectors.joining("\n"));
  }

  private static String facts(
      Contract contract,
      PerformanceRecord record,
      int year,
      boolean forged,
      List<ContractorAssessment> rows) {
    StringBuilder text = new StringBuilder();
    text.append("承包商：")
        .append(contract.contractor())
        .append("（统一社会信用代码 ")
        .append(contract.contractorCreditCode())
        .append("）\n");
    if (forged) {
      text.append("发现伪造工商登记信息。\n");
    }
    text.append("该承包商全部合同合计：最近连续不合格")
        .append(record.consecutiveFails())
        .append("次，")
        .append(year)
        .append("年度不合格")
        .append(record.failsInYear(year))
        .append("次，整改通知未落实")
        .append(record.uncompliedNotices())
        .append("次，约谈")
        .append(record.summons())
        .append("次。");
    if (!rows.isEmpty()) {
      text.append("\n考核记录（由近及远）：");
    }
    rows.stream()
        .limit(EVIDENCE_ROWS)
        .forEach(
            a ->
                text.append("\n")
                    .append(BusinessDates.text(a.assessedOn()))
                    .append(" ")
                    .append(a.contractNumber())
                    .append(a.period() == null ? "" : " " + a.period())
                    .append(" ")
                    .append(a.satisfactory() ? "合格" : "不合格")
                    .append(
                        a.score() == null
                            ? ""
                            : "，得分" + a.score().stripTrailingZeros().toPlainString())
                    .append(
                        a.findings() == null || a.findings().isBlank() ? "" : "：" + a.findings()));
    if (rows.size() > EVIDENCE_ROWS) {
      text.append("\n……另有").append(rows.size() - EVIDENCE_ROWS).append("次更早的考核。");
    }
    return text.toString();
  }
}
