package org.rectify.supplier;

import java.time.LocalDate;

/**
 * One blacklist entry: which contractor, which exit rule, the evidence, when and who approved it.
 */
public record BlacklistEntry(
    long id,
    String contractorName,
    String creditCode,
    String ruleCode,
    String ruleText,
    String evidence,
    String contractNumber,
    LocalDate listedOn,
    String approver) {}
