package org.rectify.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
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

  private final ContractRegistration registration;
  private final ContractRepository contracts;
  private final AssessmentStarter assessments;
  private final ContractAgendaRepository agendaTopics;
  private final TeamFilingRepository filings;

  ContractController(
      ContractRegistration registration,
      ContractRepository contracts,
      AssessmentStarter assessments,
      ContractAgendaRepository agendaTopics,
      TeamFilingRepository filings) {
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
    return contracts.findAll();
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
    return new ContractDetails(contract, agendaTopics.topicsOf(number), filings.filingsOf(number));
  }

  record ContractDetails(
      @JsonUnwrapped Contract contract,
      List<ContractAgendaRepository.AgendaTopicLink> agendaTopics,
      List<TeamFilingRepository.TeamFiling> teamFilings) {}
}
