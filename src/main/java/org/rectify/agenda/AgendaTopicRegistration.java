package org.rectify.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.rectify.platform.SystemAct;
import org.rectify.supplier.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a topic and starts {@code agenda-prereview} (business key = topic number) in one
 * transaction: a refused request registers nothing and starts nothing. Bad input → 400 naming the
 * field; another department's budget → 403.
 */
@Service
class AgendaTopicRegistration {

  private static final Logger LOG = LoggerFactory.getLogger(AgendaTopicRegistration.class);

  private final AgendaTopicRepository topics;
  private final OrganizationDirectory organization;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;

  AgendaTopicRegistration(
      AgendaTopicRepository topics,
      OrganizationDirectory organization,
      RuntimeService runtimeService,
      IdentityService identityService,
      CurrentUser currentUser) {
    this.topics = topics;
    this.organization = organization;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  @Transactional
  public AgendaTopic register(AgendaTopicRequest request) {
    String number = insert(request);
    start(number, request);
    LOG.info("Agenda topic {} submitted by {}", number, currentUser.id());
    return topics.findByNumber(number).orElseThrow();
  }

  /**
   * Registers a topic submitted with the Tasklist start form of an instance being started: the same
   * checks as {@link #register}, and the process variables the API would have started it with.
   */
  @Transactional
  Map<String, Object> registerForStartedInstance(AgendaTopicRequest request) {
    String number = insert(request);
    LOG.info("Agenda topic {} submitted by {} from Tasklist", number, currentUser.id());
    return processVariables(number, request);
  }

  private String insert(AgendaTopicRequest request) {
    validate(request);
    String budget = request.budgetDepartmentOrOwn();
    if (!budget.equals(request.department())
        && !currentUser.isMemberOf(budget)
        && !currentUser.isMemberOf(OrganizationGroups.CAMUNDA_ADMIN)) {
      throw ApiException.forbidden("不得以其他科室（" + organization.nameOf(budget) + "）的预算提交议题");
    }
    int year = LocalDate.now(AgendaAutoChecksDelegate.ZONE).getYear();
    String number = topics.nextNumber(year);
    topics.insert(number, request, year, currentUser.id());
    return number;
  }

  /**
   * Registers a topic that another capability's process submits (contract renewal, tender plan)
   * without starting {@code agenda-prereview}: the calling process starts it as a call activity
   * with the returned number as business key. The same field checks as the API; the submitter's
   * membership is not checked, the calling process vouches for its department. Bad input fails the
   * caller's job (an incident in Cockpit), nothing is registered.
   */
  @Transactional
  public String registerForCallingProcess(AgendaTopicRequest request, String submitter) {
    List<String> problems = fieldProblems(request);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("议题信息有误，未登记：" + String.join("；", problems));
    }
    int year = LocalDate.now(AgendaAutoChecksDelegate.ZONE).getYear();
    String number = topics.nextNumber(year);
    topics.insert(number, request, year, submitter);
    LOG.info(
        "Agenda topic {} ({}) registered for contract {} by {}",
        number,
        request.type(),
        request.linkedContract(),
        submitter);
    return number;
  }

  /**
   * Corrects the quotes of a topic sent back for revision; only its department may, and only while
   * it is returned, so that the next office review's automatic checks see the corrected offers.
   */
  @Transactional
  public List<AgendaTopicRequest.Quote> replaceQuotes(
      String number, List<AgendaTopicRequest.Quote> quotes) {
    AgendaTopic topic =
        topics.findByNumber(number).orElseThrow(() -> ApiException.notFound("议题不存在：" + number));
    if (!currentUser.isMemberOf(topic.department())
        && !currentUser.isMemberOf(OrganizationGroups.CAMUNDA_ADMIN)) {
      throw ApiException.forbidden("只有承办科室可以修改议题材料");
    }
    if (!"RETURNED".equals(topic.status())) {
      throw ApiException.conflict("议题未处于退回修改状态，不能修改报价", "status：" + topic.status());
    }
    List<String> problems = new ArrayList<>();
    validateQuotes(quotes == null ? List.of() : quotes, problems);
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("报价信息有误，未修改", problems.toArray(String[]::new));
    }
    topics.replaceQuotes(number, quotes);
    LOG.info("Agenda topic {}: quotes corrected by {}", number, currentUser.id());
    return topics.quotesOf(number);
  }

  /** Started as a system act: the submitter's membership was checked above. */
  private void start(String number, AgendaTopicRequest request) {
    Map<String, Object> variables = processVariables(number, request);
    SystemAct.run(
        identityService,
        () ->
            runtimeService.startProcessInstanceByKey(
                AgendaPrereviewProcess.KEY, number, variables));
  }

  private Map<String, Object> processVariables(String number, AgendaTopicRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(AgendaPrereviewProcess.TOPIC_NUMBER, number);
    variables.put(AgendaPrereviewProcess.TOPIC_TYPE, request.type());
    variables.put("topicTypeName", TopicType.valueOf(request.type()).label());
    variables.put(AgendaPrereviewProcess.AMOUNT, request.amount().doubleValue());
    variables.put(
        AgendaPrereviewProcess.TRIPLE_ONE_MAJOR, Boolean.TRUE.equals(request.tripleOneMajor()));
    variables.put(AgendaPrereviewProcess.REVISION, 0);
    variables.put("department", request.department());
    variables.put("departmentName", organization.nameOf(request.department()));
    variables.put("businessNumber", number);
    variables.put("businessTitle", request.title().trim());
    variables.put("submitter", currentUser.id());
    return variables;
  }

  private void validate(AgendaTopicRequest request) {
    List<String> problems = fieldProblems(request);
    if (request.department() != null
        && organization.isDepartment(request.department())
        && !currentUser.isMemberOf(request.department())
        && !currentUser.isMemberOf(OrganizationGroups.CAMUNDA_ADMIN)) {
      problems.add("department：提交人不属于科室 " + organization.nameOf(request.department()));
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("议题信息有误，未提交", problems.toArray(String[]::new));
    }
  }

  private List<String> fieldProblems(AgendaTopicRequest request) {
    List<String> problems = new ArrayList<>();
    if (request.title() == null || request.title().isBlank()) {
      problems.add("title：议题名称不能为空");
    }
    if (TopicType.parse(request.type()).isEmpty()) {
      problems.add(
          "type：未知议题类型 "
              + request.type()
              + "（可选 PRICE_COMPARISON、TENDER_PLAN、CONTRACT_RENEWAL、CONTRACT_SIGNING、LOT_DRAWING_RESULT、GENERAL_REQUEST）");
    }
    if (request.department() == null || !organization.isDepartment(request.department())) {
      problems.add("department：未知科室 " + request.department());
    }
    String budget = request.budgetDepartment();
    if (budget != null && !budget.isBlank() && !organization.isDepartment(budget)) {
      problems.add("budgetDepartment：未知科室 " + budget);
    }
    if (request.amount() == null) {
      problems.add("amount：金额不能为空");
    } else if (request.amount().compareTo(BigDecimal.ZERO) < 0) {
      problems.add("amount：金额不能为负数");
    }
    validateQuotes(request.quotesOrEmpty(), problems);
    return problems;
  }

  private static void validateQuotes(List<AgendaTopicRequest.Quote> quotes, List<String> problems) {
    for (int i = 0; i < quotes.size(); i++) {
      AgendaTopicRequest.Quote quote = quotes.get(i);
      if (quote == null || quote.supplier() == null || quote.supplier().isBlank()) {
        problems.add("quotes[" + i + "].supplier：" + quoteNumber(i) + "的供应商名称不能为空");
        continue;
      }
      if (quote.creditCode() != null && !quote.creditCode().isBlank()) {
        int index = i;
        CreditCode.problemOf(quote.creditCode())
            .ifPresent(
                problem ->
                    problems.add(
                        "quotes["
                            + index
                            + "].creditCode："
                            + quoteNumber(index)
                            + "的统一社会信用代码"
                            + problem));
      }
      if (quote.price() != null && quote.price().compareTo(BigDecimal.ZERO) < 0) {
        problems.add("quotes[" + i + "].price：" + quoteNumber(i) + "的报价金额不能为负数");
      }
    }
  }

  /**
   * How a user counts the quote at {@code index} ("第 2 条报价"); each problem reads as a sentence
   * after its field path, which the Tasklist start form leaves out.
   */
  static String quoteNumber(int index) {
    return "第 " + (index + 1) + " 条报价";
  }
}
