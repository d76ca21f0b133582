package org.rectify.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The automatic part of the office checklist C1–C10 (domain §4.3.3): what the register can decide
 * alone is prefilled with PASS / FAIL / NA and a Chinese explanation; C1, C2 and C10 are left to
 * the reviewer. Pure logic, no I/O.
 */
final class AgendaChecklist {

  static final String PASS = "PASS";
  static final String FAIL = "FAIL";
  static final String NA = "NA";
  static final String MANUAL = "";

  /** One checklist line: code (c1..c10), prefilled result, explanation for the reviewer. */
  record Check(String code, String result, String explanation) {}

  /** What the checks need to know about a topic. */
  record Facts(
      TopicType type,
      BigDecimal amount,
      LocalDate serviceStartsOn,
      LocalDate contractEndsOn,
      String legalOpinion,
      String performanceRecord,
      List<AgendaTopicRequest.Quote> quotes,
      List<AgendaTopicRepository.EarlierTopic> sameKindInYear,
      BigDecimal tenderThreshold,
      LocalDate today) {}

  private AgendaChecklist() {}

  static List<Check> evaluate(Facts facts, Predicate<AgendaTopicRequest.Quote> blacklisted) {
    List<Check> checks = new ArrayList<>();
    checks.add(new Check("c1", MANUAL, "C1 程序顺序：请人工核对是否先上会后实施，有无“程序逆行”。"));
    checks.add(new Check("c2", MANUAL, "C2 材料完整性：请人工核对所需材料是否齐全。"));
    checks.add(priceComparison(facts));
    checks.add(blacklist(facts, blacklisted));
    checks.add(forged(facts));
    checks.add(splitting(facts));
    checks.add(timeliness(facts));
    checks.add(
        facts.type() == TopicType.CONTRACT_SIGNING
            ? blank(facts.legalOpinion())
                ? new Check("c8", FAIL, "C8 法律意见：合同签订议题缺少法律顾问出具的法律意见书，应退回补充。")
                : new Check("c8", PASS, "C8 法律意见：已附法律意见。")
            : new Check("c8", NA, "C8 法律意见：非合同签订议题，不适用。"));
    checks.add(
        facts.type() == TopicType.CONTRACT_RENEWAL
            ? blank(facts.performanceRecord())
                ? new Check("c9", FAIL, "C9 履约记录：续签议题缺少真实的履约情况记录，应退回补充。")
                : new Check("c9", PASS, "C9 履约记录：已附履约记录，请核对是否属实。")
            : new Check("c9", NA, "C9 履约记录：非续签议题，不适用。"));
    checks.add(new Check("c10", MANUAL, "C10 会议路由：复核通过后由“议题上会会议判定”规则提出会议，办公室确认时核对。"));
    return checks;
  }

  /** The checklist as one Chinese text block for the review form and the register. */
  static String describe(List<Check> checks) {
    return checks.stream()
        .map(check -> "【" + label(check.result()) + "】" + check.explanation())
        .collect(Collectors.joining("\n"));
  }

  static Map<String, Object> asVariables(List<Check> checks) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Check check : checks) {
      variables.put(check.code(), check.result());
      variables.put(check.code() + "Auto", check.result());
    }
    return variables;
  }

  private static String label(String result) {
    return switch (result) {
      case PASS -> "通过";
      case FAIL -> "不通过";
      case NA -> "不适用";
      default -> "待人工核对";
    };
  }

  private static Check priceComparison(Facts facts) {
    if (facts.type() != TopicType.PRICE_COMPARISON) {
      return new Check("c3", NA, "C3 三方比价：非三方比价议题，不适用。");
    }
    List<String> problems = new ArrayList<>();
    if (facts.quotes().size() < 3) {
      problems.add("仅有 " + facts.quotes().size() + " 家供应商报价，三方比价须至少三家");
    }
    for (AgendaTopicRequest.Quote quote : facts.quotes()) {
      if (quote.registrationCheckedOn() == null || blank(quote.registrationCheckResult())) {
        problems.add("供应商“" + quote.supplier() + "”未做工商登记信息查询");
      }
      if (quote.price() == null
          || blank(quote.executionPlan())
          || blank(quote.expectedEffect())
          || blank(quote.qualification())) {
        problems.add("供应商“" + quote.supplier() + "”未比较全部四项要素（价格、执行方案、预期效果、资质证明）");
      }
    }
    return problems.isEmpty()
        ? new Check("c3", PASS, "C3 三方比价：三家以上报价，四项要素齐全，均已查询工商登记信息。")
        : new Check("c3", FAIL, "C3 三方比价不合规，一律不予上会：" + String.join("；", problems) + "。");
  }

  private static Check blacklist(Facts facts, Predicate<AgendaTopicRequest.Quote> blacklisted) {
    if (facts.quotes().isEmpty()) {
      return new Check("c4", NA, "C4 黑名单：议题未涉及供应商。");
    }
    List<String> listed =
        facts.quotes().stream()
            .filter(blacklisted)
            .map(AgendaTopicRequest.Quote::supplier)
            .toList();
    return listed.isEmpty()
        ? new Check("c4", PASS, "C4 黑名单：所有供应商均未列入黑名单。")
        : new Check("c4", FAIL, "C4 黑名单：供应商“" + String.join("、", listed) + "”已列入黑名单，不得使用，不予上会。");
  }

  private static Check forged(Facts facts) {
    if (facts.quotes().isEmpty()) {
      return new Check("c5", NA, "C5 登记信息真实性：议题未涉及供应商。");
    }
    List<String> forged =
        facts.quotes().stream()
            .filter(quote -> Boolean.TRUE.equals(quote.forged()))
            .map(AgendaTopicRequest.Quote::supplier)
            .toList();
    return forged.isEmpty()
        ? new Check("c5", PASS, "C5 登记信息真实性：未发现伪造工商登记信息。")
        : new Check(
            "c5", FAIL, "C5 登记信息真实性：供应商“" + String.join("、", forged) + "”伪造工商登记信息，不予上会并列入黑名单。");
  }

  private static Check splitting(Facts facts) {
    BigDecimal threshold = facts.tenderThreshold();
    List<AgendaTopicRepository.EarlierTopic> earlier = facts.sameKindInYear();
    boolean eachBelow =
        facts.amount().compareTo(threshold) < 0
            && earlier.stream().allMatch(topic -> topic.amount().compareTo(threshold) < 0);
    BigDecimal total =
        earlier.stream()
            .map(AgendaTopicRepository.EarlierTopic::amount)
            .reduce(facts.amount(), BigDecimal::add);
    if (!earlier.isEmpty() && eachBelow && total.compareTo(threshold) >= 0) {
      String list =
          earlier.stream()
              .map(
                  topic ->
                      topic.number()
                          + "《"
                          + topic.title()
                          + "》"
                          + topic.amount().toPlainString()
                          + "元")
              .collect(Collectors.joining("、"));
      return new Check(
          "c6",
          FAIL,
          "C6 疑似拆分规避招标：本科室本年度同类事项累计 "
              + total.toPlainString()
              + " 元，达到招标限额 "
              + threshold.toPlainString()
              + " 元，而每项均低于限额。此前议题："
              + list
              + "。审核人须说明理由，否则不予上会。");
    }
    return new Check("c6", PASS, "C6 拆分检查：本年度同类事项累计金额未达到招标限额，未发现拆分迹象。");
  }

  private static Check timeliness(Facts facts) {
    if (facts.type() == TopicType.TENDER_PLAN) {
      return deadline(
          "c7",
          facts.serviceStartsOn(),
          facts.serviceStartsOn() == null ? null : facts.serviceStartsOn().minusMonths(6),
          facts.today(),
          "招标计划应在服务起始日前 6 个月提交");
    }
    if (facts.type() == TopicType.CONTRACT_RENEWAL) {
      return deadline(
          "c7",
          facts.contractEndsOn(),
          facts.contractEndsOn() == null ? null : facts.contractEndsOn().minusMonths(2),
          facts.today(),
          "续签议题应在合同到期前 2 个月提交");
    }
    return new Check("c7", NA, "C7 时限：非招标计划或续签议题，不适用。");
  }

  private static Check deadline(
      String code, LocalDate reference, LocalDate latest, LocalDate today, String rule) {
    if (reference == null) {
      return new Check(code, FAIL, "C7 时限：缺少判断时限所需的日期（" + rule + "），应退回补充。");
    }
    return today.isAfter(latest)
        ? new Check(code, FAIL, "C7 时限：已逾期（" + rule + "，最迟 " + latest + "），须说明理由或走延期申请。")
        : new Check(code, PASS, "C7 时限：按时提交（" + rule + "，最迟 " + latest + "）。");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
