package org.rectify.contract;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.rectify.platform.SystemAct;
import org.springframework.stereotype.Service;

/**
 * Starts an ad-hoc (不定期) performance assessment of a contract, by its owning department or the
 * assessment team ({@code contract-assessment}, business key = contract number).
 */
@Service
class AssessmentStarter {

  private final ContractRepository contracts;
  private final OrganizationDirectory organization;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;

  AssessmentStarter(
      ContractRepository contracts,
      OrganizationDirectory organization,
      RuntimeService runtimeService,
      IdentityService identityService,
      CurrentUser currentUser) {
    this.contracts = contracts;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  ProcessInstance start(String number, String requestedAssessorGroup) {
    Contract contract =
        contracts.findByNumber(number).orElseThrow(() -> ApiException.notFound("合同不存在：" + number));
    if (!"ACTIVE".equals(contract.status())) {
      throw ApiException.badRequest("合同已终止，不能再考核", "number：合同状态为 " + contract.status());
    }
    String assessorGroup =
        requestedAssessorGroup == null || requestedAssessorGroup.isBlank()
            ? contract.department()
            : requestedAssessorGroup;
    if (!assessorGroup.equals(contract.department())
        && !OrganizationGroups.ASSESSMENT_TEAM.equals(assessorGroup)) {
      throw ApiException.badRequest("考核只能由合同承办科室或考核组实施", "assessorGroup：" + assessorGroup);
    }
    currentUser.requireAnyGroup(
        contract.department(),
        OrganizationGroups.ASSESSMENT_TEAM,
        OrganizationGroups.OFFICE,
        OrganizationGroups.CAMUNDA_ADMIN);
    return SystemAct.run(
        identityService,
        () ->
            runtimeService.startProcessInstanceByKey(
                ContractAssessmentProcess.KEY,
                number,
                ContractAssessmentProcess.startVariables(
                    contract, organization.nameOf(contract.department()), assessorGroup)));
  }
}
