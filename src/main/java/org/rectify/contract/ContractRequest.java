package org.rectify.contract;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/contracts} (conventions.md); validated by {@link ContractRegistration}.
 * The sizes are the register's columns, so an over-long value is a 400 naming the field, never a
 * database error.
 */
record ContractRequest(
    @Pattern(
            regexp = "[\\p{IsHan}A-Za-z0-9\\-_/.()（）〔〕\\[\\]【】#]{1,50}",
            message = "合同编号只能由汉字、字母、数字和 - _ / . ( ) 〔 〕 [ ] # 组成，最长 50 位")
        String number,
    @Size(max = 200, message = "最多 200 字") String title,
    @Size(max = 200, message = "最多 200 字") String contractor,
    String contractorCreditCode,
    String department,
    @Size(max = 30, message = "最多 30 字") String category,
    @Digits(integer = 13, fraction = 2, message = "合同金额最多 13 位整数、2 位小数") BigDecimal amount,
    @Size(max = 30, message = "最多 30 字") String procurementMethod,
    LocalDate startsOn,
    LocalDate endsOn,
    Boolean tenderRequired,
    Boolean renewalAllowed,
    Boolean signed,
    @Pattern(
            regexp = "[\\p{IsHan}A-Za-z0-9\\-_/.()（）〔〕\\[\\]【】#]{1,50}",
            message = "法律意见书编号只能由汉字、字母、数字和 - _ / . ( ) 〔 〕 [ ] # 组成，最长 50 位")
        String legalOpinionRef,
    LocalDate signedOn) {

  /**
   * {@code "signed": false} registers a contract not signed yet: the legal adviser's opinion and
   * the signing ({@code contract-signing}) come first. Absent or true: a contract already signed
   * and running, entered into the register as a record of the past — only with the number of the
   * legal opinion it was signed on ({@code legalOpinionRef}) and its signing date ({@code
   * signedOn}, not in the future); {@link ContractRegistration} refuses it otherwise, so nobody who
   * may register skips the legal review (签约前法律审查).
   */
  boolean awaitingSignature() {
    return Boolean.FALSE.equals(signed);
  }
}
