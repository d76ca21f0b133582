package org.rectify.contract;

/**
 * Process {@code contract-signing} (processes/contract-signing.bpmn, 合同签订): the legal adviser's
 * formal opinion before a contract is signed; objections go back to the department and are reviewed
 * again; the opinion's number is recorded in the register on signing. Called by {@code
 * contract-renewal} for a newly registered contract not yet signed and for the contract awarded by
 * a re-tender.
 */
public final class ContractSigningProcess {

  public static final String KEY = "contract-signing";

  public static final String START = "StartEvent_SigningRequested";
  public static final String LEGAL_REVIEW = ContractRenewalProcess.LEGAL_REVIEW;
  public static final String RECORD_LEGAL_OPINION = ContractRenewalProcess.RECORD_LEGAL_OPINION;
  public static final String GATEWAY_LEGAL_OBJECTION = "Gateway_LegalObjection";
  public static final String AMEND_CONTRACT = ContractRenewalProcess.AMEND_CONTRACT;
  public static final String SIGN_CONTRACT = "UserTask_SignContract";
  public static final String RECORD_SIGNING = "ServiceTask_RecordSigning";
  public static final String END_SIGNED = "EndEvent_ContractSigned";
  public static final String TIMER_LEGAL_REVIEW_BEFORE_DUE = "Timer_LegalReviewBeforeDue";
  public static final String TIMER_LEGAL_REVIEW_OVERDUE = "Timer_LegalReviewOverdue";
  public static final String TIMER_AMEND_OVERDUE = "Timer_AmendOverdue";
  public static final String TIMER_SIGN_OVERDUE = "Timer_SignOverdue";

  /** Working days each step of the signing may take (domain §4.2.3: legal-review SLA). */
  public static final int STEP_WORKING_DAYS = 5;

  // variables handed in by the calling process (call activity input parameters)
  public static final String CONTRACT_NUMBER = ContractRenewalProcess.CONTRACT_NUMBER;
  public static final String BUSINESS_NUMBER = ContractRenewalProcess.BUSINESS_NUMBER;
  public static final String BUSINESS_TITLE = ContractRenewalProcess.BUSINESS_TITLE;
  public static final String DEPARTMENT = ContractRenewalProcess.DEPARTMENT;
  public static final String DEPARTMENT_NAME = ContractRenewalProcess.DEPARTMENT_NAME;

  /** Why the contract is signed, shown on the forms: 新签合同 / 重新招标后签订新合同. */
  public static final String SIGNING_PURPOSE = "signingPurpose";

  // form fields
  public static final String LEGAL_VERDICT = ContractRenewalProcess.LEGAL_VERDICT;
  public static final String LEGAL_OPINION_NO = ContractRenewalProcess.LEGAL_OPINION_NO;
  public static final String FLAGGED_CLAUSES = ContractRenewalProcess.FLAGGED_CLAUSES;
  public static final String REQUIRED_AMENDMENTS = ContractRenewalProcess.REQUIRED_AMENDMENTS;
  public static final String AMENDMENT_NOTES = "amendmentNotes";
  public static final String SIGNED_ON = "signedOn";

  private ContractSigningProcess() {}
}
