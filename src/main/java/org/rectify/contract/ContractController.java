package org.rectify.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rectify.organization.AccessMatrix;
import org.rectify.organization.RecordAccess;
import org.rectify.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract register over HTTP: {@code POST/GET /api/contracts}, {@code GET
 * /api/contracts/{number}}.
 */
@RestController
@RequestMapping("/api/contracts")
class ContractController {

  static final String REFUSAL = "没有权限查看该合同：仅承办科室、办公室、法律顾问、考核组、整改办、领导小组和局领导可以查看";

  private final ContractRegistration registration;
  private final ContractRepository contracts;
  private final AssessmentStarter assessments;
  private final ContractAgendaRepository agendaTopics;
  private final TeamFilingRepository filings;
  private final RecordAccess records;

  ContractController(
      ContractRegistration registration,
      ContractRepository contracts,
      AssessmentStarter assessments,
      ContractAgendaRepository agendaTopics,
      TeamFilingRepository filings,
      RecordAccess records) {
    this.records = records;
    this.registration = registration;
    this.contracts = contracts;
    this.assessments = assessments;
    this.agendaTopics = agendaTopics;
    this.filings = filings;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Contract register(@Valid @RequestBody ContractRequest request) {
    return registration.register(request);
  }

  @GetMapping
  List<Contract> list() {
    Predicate<String> readable = records.departments(AccessMatrix.CONTRACT_READERS);
    return contracts.findAll().stream().filter(c -> readable.test(c.department())).toList();
  }

  /**
   * Starts an ad-hoc assessment; body {@code {"assessorGroup": "assessmentTeam"}} (default: owning
   * department).
   */
  @PostMapping("/{number}/assessments")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> assess(
      @PathVariable String number, @RequestBody(required = false) AssessmentRequest request) {
    String id = assessments.start(number, request == null ? null : request.assessorGroup()).getId();
    return Map.of("processInstanceId", id, "number", number);
  }

  record AssessmentRequest(String assessorGroup) {}

  /**
   * The register row plus its agenda topics (renewal / tender plan pre-review) and team filings
   * (备案).
   */
  @GetMapping("/{number}")
  ContractDetails get(@PathVariable String number) {
    Contract contract =
        contracts.findByNumber(number).orElseThrow(() -> ApiException.notFound("合同不存在：" + number));
    records.require(AccessMatrix.CONTRACT_READERS, contract.department(), REFUSAL);
    return new ContractDetails(contract, agendaTopics.topicsOf(number), filings.filingsOf(number));
  }

  record ContractDetails(
      @JsonUnwrapped Contract contract,
      List<ContractAgendaRepository.AgendaTopicLink> agendaTopics,
      List<TeamFilingRepository.TeamFiling> teamFilings) {}
}
