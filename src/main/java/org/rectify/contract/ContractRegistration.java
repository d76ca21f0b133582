package org.rectify.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.rectify.platform.SystemAct;
import org.rectify.supplier.Blacklist;
import org.rectify.supplier.Contractor;
import org.rectify.supplier.ContractorRepository;
import org.rectify.supplier.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a contract (合同登记) and starts its {@code contract-renewal} instance in one transaction:
 * a refused request registers nothing and starts nothing. A contract already past its end date is
 * registered with the overdue flag — its deadlines fire at once — instead of being silently
 * ignored.
 */
@Service
class ContractRegistration {

  private static final Logger LOG = LoggerFactory.getLogger(ContractRegistration.class);

  private final ContractRepository contracts;
  private final ContractorRepository contractors;
  private final Blacklist blacklist;
  private final OrganizationDirectory organization;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final ContractProperties properties;

  ContractRegistration(
      ContractRepository contracts,
      ContractorRepository contractors,
      Blacklist blacklist,
      OrganizationDirectory organization,
      RuntimeService runtimeService,
      IdentityService identityService,
      CurrentUser currentUser,
      ContractProperties properties) {
    this.properties = properties;
    this.contracts = contracts;
    this.contractors = contractors;
    this.blacklist = blacklist;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  @Transactional
  public Contract register(ContractRequest request) {
    validate(request);
    currentUser.requireAnyGroup(
        OrganizationGroups.OFFICE, request.department(), OrganizationGroups.CAMUNDA_ADMIN);
    Contractor contractor =
        contractors.findOrRegister(request.contractor().trim(), request.contractorCreditCode());
    if (blacklist.isBlacklisted(contractor.id())) {
      throw ApiException.badRequest("该承包商已列入黑名单，不得使用", "contractorCreditCode：已列入黑名单");
    }
    boolean overdue = request.endsOn().isBefore(BusinessDates.today());
    contracts.insert(request, contractor.id(), overdue, currentUser.id());
    startRenewal(request);
    LOG.info(
        "Contract {} registered by {} (overdue: {}, {})",
        request.number(),
        currentUser.id(),
        overdue,
        request.awaitingSignature()
            ? "awaiting legal review and signing"
            : "signed on " + request.signedOn() + ", legal opinion " + request.legalOpinionRef());
    return contracts.findByNumber(request.number()).orElseThrow();
  }

  /** Started as a system act: the caller's right to register was checked above. */
  private void startRenewal(ContractRequest request) {
    Map<String, Object> variables =
        ContractRenewalProcess.startVariables(
            request.number(),
            request.title(),
            request.department(),
            organization.nameOf(request.department()),
            request.endsOn(),
            Boolean.TRUE.equals(request.tenderRequired()),
            properties.assessmentCycleFor(request.category()));
    variables.put(ContractRenewalProcess.AWAITING_SIGNATURE, request.awaitingSignature());
    variables.putAll(
        ContractRenewalProcess.topicFacts(
            request.amount(),
            request.contractor().trim(),
            request.contractorCreditCode(),
            request.category()));
    SystemAct.run(
        identityService,
        () ->
            runtimeService.startProcessInstanceByKey(
                ContractRenewalProcess.KEY, request.number(), variables));
  }

  private void validate(ContractRequest request) {
    List<String> problems = new ArrayList<>();
    required(problems, "number", request.number());
    required(problems, "title", request.title());
    required(problems, "contractor", request.contractor());
    required(problems, "category", request.category());
    CreditCode.problemOf(request.contractorCreditCode())
        .ifPresent(problem -> problems.add("contractorCreditCode：统一社会信用代码" + problem));
    if (request.department() == null || !organization.isDepartment(request.department())) {
      problems.add("department：未知科室 " + request.department());
    }
    if (request.amount() == null) {
      problems.add("amount：不能为空");
    } else if (request.amount().compareTo(BigDecimal.ZERO) < 0) {
      problems.add("amount：合同金额不能为负数");
    }
    if (request.startsOn() == null) {
      problems.add("startsOn：不能为空");
    }
    if (request.endsOn() == null) {
      problems.add("endsOn：不能为空");
    } else if (request.startsOn() != null && request.endsOn().isBefore(request.startsOn())) {
      problems.add("endsOn：合同终止日期早于起始日期");
    }
    signingProblems(request).forEach(problems::add);
    if (request.number() != null && contracts.exists(request.number())) {
      problems.add("number：合同编号 " + request.number() + " 已登记");
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("合同登记信息有误，未登记", problems.toArray(String[]::new));
    }
  }

  /**
   * 签约前法律审查 cannot be skipped by whoever may register: a contract not signed yet goes through
   * {@code contract-signing} and brings no opinion or signing date of its own; a contract entered
   * as already signed is a record of the past — the number of the legal opinion it was signed on
   * and a signing date not in the future (nor after its end) are required.
   */
  private static List<String> signingProblems(ContractRequest request) {
    List<String> problems = new ArrayList<>();
    boolean opinionGiven =
        request.legalOpinionRef() != null && !request.legalOpinionRef().isBlank();
    if (request.awaitingSignature()) {
      if (opinionGiven) {
        problems.add("legalOpinionRef：尚未签订的合同不填法律意见书编号，由法律顾问审查后出具");
      }
      if (request.signedOn() != null) {
        problems.add("signedOn：尚未签订的合同不填签订日期，经法律顾问审查后在签订任务中填写");
      }
      return problems;
    }
    if (!opinionGiven) {
      problems.add("legalOpinionRef：登记已签订的合同须填写签约前法律审查意见书编号；尚未签订的合同请选择“尚未签订”，先经法律顾问审查");
    }
    if (request.signedOn() == null) {
      problems.add("signedOn：登记已签订的合同须填写签订日期");
    } else if (request.signedOn().isAfter(BusinessDates.today())) {
      problems.add("signedOn：签订日期不能晚于今天；尚未签订的合同请选择“尚未签订”，先经法律顾问审查");
    } else if (request.endsOn() != null && request.signedOn().isAfter(request.endsOn())) {
      problems.add("signedOn：签订日期不能晚于合同终止日期");
    }
    return problems;
  }

  private static void required(List<String> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(field + "：不能为空");
    }
  }
}
