package org.rectify.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.rectify.contract.ContractRenewalProcess.*;
import static org.rectify.contract.ProcessTestSupport.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code contract-renewal} calls {@code contract-signing}: a contract registered before signing
 * ({@code "signed": false}) gets the legal opinion and is signed before its term is scheduled; a
 * contract already signed goes straight to its term; the contract awarded by a re-tender is signed
 * after the legal review before the old one is closed.
 */
@Deployment(
    resources = {
      "processes/contract-renewal.bpmn",
      "processes/contract-signing.bpmn",
      "processes/agenda-prereview.bpmn",
      "processes/meeting-routing.dmn"
    })
class ContractSigningCallTest extends ContractRenewalTestBase {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("camunda-contract.cfg.xml").build();

  @Override
  ProcessEngineCoverageExtension extension() {
    return extension;
  }

  private ProcessInstance registerUnsigned() {
    Map<String, Object> variables =
        startVariables(NUMBER, "公园绿地养护服务", "greening", "园林绿化科", ENDS_ON, false, YEARLY);
    variables.putAll(
        topicFacts(new BigDecimal("2450000"), "深圳市青木园林绿化有限公司", CONTRACTOR_CODE, "greening"));
    variables.put(AWAITING_SIGNATURE, true);
    return runtimeService().startProcessInstanceByKey(KEY, NUMBER, variables);
  }

  @Test
  void aNewContractIsReviewedByCounselAndSignedBeforeItsTermIsScheduled() {
    ProcessInstance pi = registerUnsigned();
    assertThat(pi).isWaitingAt(SIGN_NEW_CONTRACT).hasNotPassed(SCHEDULE_TERM);
    ProcessInstance signing = calledSigning(pi);
    assertThat(signing)
        .hasBusinessKey(NUMBER)
        .variables()
        .containsEntry(CONTRACT_NUMBER, NUMBER)
        .containsEntry(DEPARTMENT, "greening")
        .containsEntry(ContractSigningProcess.SIGNING_PURPOSE, "新签合同");
    assertThat(task(ContractSigningProcess.LEGAL_REVIEW, signing)).hasCandidateGroup("legal");
    verify(contracts, never()).recordSigning(anyString(), any(), any());

    signCalledContract(pi, "法意〔2027〕1号");

    assertThat(pi)
        .hasPassed(SIGN_NEW_CONTRACT, SCHEDULE_TERM)
        .isWaitingAt(TIMER_RENEWAL_REMINDER)
        .variables()
        .containsEntry(LEGAL_OPINION_NO, "法意〔2027〕1号");
    verify(contracts).recordSigning(NUMBER, "法意〔2027〕1号", LocalDate.parse("2027-01-05"));
  }

  @Test
  void aContractAlreadySignedIsNotSentToCounselAgain() {
    ProcessInstance pi = start(ENDS_ON, false);
    assertThat(pi).isWaitingAt(TIMER_RENEWAL_REMINDER).hasNotPassed(SIGN_NEW_CONTRACT);
    verify(contracts, never()).recordSigning(anyString(), any(), any());
  }

  @Test
  void theReTenderedContractIsSignedOnALegalOpinionBeforeTheOldOneIsClosed() {
    ProcessInstance pi = start(ENDS_ON, true);
    clockAt(java.time.LocalDateTime.of(2027, 5, 31, 9, 0));
    runDueJobs(managementService, pi.getId());
    assertThat(pi).isWaitingAt(PREPARE_TENDER_PLAN);
    runtimeService()
        .createProcessInstanceModification(pi.getId())
        .cancelAllForActivity(PREPARE_TENDER_PLAN)
        .startBeforeActivity(CONDUCT_TENDER)
        .execute();
    complete(task(CONDUCT_TENDER, pi), withVariables(TENDER_SCHEDULE, "IN_TIME"));
    runDueJobs(managementService, pi.getId());
    assertThat(pi).isWaitingAt(SIGN_RETENDERED);
    assertThat(calledSigning(pi))
        .variables()
        .containsEntry(ContractSigningProcess.SIGNING_PURPOSE, "重新招标后签订新合同");
    verify(contracts, never()).close(anyString(), anyString());

    signCalledContract(pi, "法意〔2027〕9号");

    assertThat(pi).isEnded().hasPassed(SIGN_RETENDERED, CLOSE_RETENDERED, END_RETENDERED);
    verify(contracts).recordSigning(NUMBER, "法意〔2027〕9号", LocalDate.parse("2027-01-05"));
    verify(contracts).close(NUMBER, CloseRetenderedDelegate.RETENDERED);
  }
}
