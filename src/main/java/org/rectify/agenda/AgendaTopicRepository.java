package org.rectify.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The topic register (Flyway {@code V40__agenda.sql}). */
@Repository
class AgendaTopicRepository {

  private static final String SELECT =
      "select number, title, topic_type, department, budget_department, category,"
          + " amount, triple_one_major, service_starts_on, contract_ends_on, legal_opinion, performance_record,"
          + " fiscal_year, status, revision, auto_checklist, reviewer, re_reviewer, proposed_meeting, meeting,"
          + " meeting_date, decision, minutes_ref, submitted_by from agenda_topic ";

  /**
   * An earlier topic of the same department and category in the fiscal year (for the splitting
   * hint).
   */
  record EarlierTopic(String number, String title, BigDecimal amount) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  AgendaTopicRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The next topic number of the year, taken from the year's counter row ({@code V46}): the row
   * stays locked until the caller's transaction ends, so concurrent registrations get consecutive
   * numbers instead of the same one.
   */
  @Transactional
  String nextNumber(int year) {
    if (increment(year) == 0) {
      try {
        // first topic of the year (or of a register that predates the counter): start after the
        // existing ones; in a
        // transaction of its own, so that losing the race to another registration leaves the
        // caller's intact
        ownTransaction.executeWithoutResult(
            status ->
                jdbc.sql(
                        "insert into agenda_topic_counter"
                            + " (number_year, last_number) select :year, count(*) from agenda_topic where number like :prefix")
                    .param("year", year)
                    .param("prefix", "YT-" + year + "-%")
                    .update());
      } catch (DuplicateKeyException concurrentFirst) {
        // another registration created the row at the same moment: take the next number from it
      }
      increment(year);
    }
    int number =
        jdbc.sql("select last_number from agenda_topic_counter where number_year = :year")
            .param("year", year)
            .query(Integer.class)
            .single();
    return String.format("YT-%d-%04d", year, number);
  }

  private int increment(int year) {
    return jdbc.sql(
            "update agenda_topic_counter set last_number = last_number + 1 where number_year = :year")
        .param("year", year)
        .update();
  }

  void insert(String number, AgendaTopicRequest request, int fiscalYear, String submittedBy) {
    jdbc.sql(
            "insert into agenda_topic (number, title, topic_type, department, budget_department, category, amount,"
                + " funding_source, triple_one_major, triple_category, linked_contract, linked_measure, deadline,"
                + " service_starts_on, contract_ends_on, legal_opinion, performance_record, attachments, fiscal_year,"
                + " status, submitted_by) values (:number, :title, :type, :department, :budget, :category, :amount,"
                + " :funding, :triple, :tripleCategory, :contract, :measure, :deadline, :serviceStart, :contractEnd,"
                + " :legal, :performance, :attachments, :year, 'SUBMITTED', :by)")
        .param("number", number)
        .param("title", request.title().trim())
        .param("type", request.type())
        .param("department", request.department())
        .param("budget", request.budgetDepartmentOrOwn())
        .param("category", request.category())
        .param("amount", request.amount())
        .param("funding", request.fundingSource())
        .param("triple", Boolean.TRUE.equals(request.tripleOneMajor()))
        .param("tripleCategory", request.tripleOneMajorCategory())
        .param("contract", request.linkedContract())
        .param("measure", request.linkedMeasure())
        .param("deadline", request.deadline())
        .param("serviceStart", request.serviceStartsOn())
        .param("contractEnd", request.contractEndsOn())
        .param("legal", request.legalOpinion())
        .param("performance", request.performanceRecord())
        .param("attachments", request.attachments())
        .param("year", fiscalYear)
        .param("by", submittedBy)
        .update();
    insertQuotes(number, request.quotesOrEmpty());
  }

  /** Replaces the quotes of a returned topic (correction during revision). */
  void replaceQuotes(String number, List<AgendaTopicRequest.Quote> quotes) {
    jdbc.sql("delete from agenda_quote where topic_number = :number")
        .param("number", number)
        .update();
    insertQuotes(number, quotes);
  }

  private void insertQuotes(String number, List<AgendaTopicRequest.Quote> quotes) {
    for (AgendaTopicRequest.Quote quote : quotes) {
      jdbc.sql(
              "insert into agenda_quote (topic_number, supplier, credit_code, price, execution_plan, expected_effect,"
                  + " qualification, registration_checked_on, registration_check_result, forged) values (:number,"
                  + " :supplier, :code, :price, :plan, :effect, :qualification, :checkedOn, :checkResult, :forged)")
          .param("number", number)
          .param("supplier", quote.supplier().trim())
          .param("code", quote.creditCode())
          .param("price", quote.price())
          .param("plan", quote.executionPlan())
          .param("effect", quote.expectedEffect())
          .param("qualification", quote.qualification())
          .param("checkedOn", quote.registrationCheckedOn())
          .param("checkResult", quote.registrationCheckResult())
          .param("forged", Boolean.TRUE.equals(quote.forged()))
          .update();
    }
  }

  Optional<AgendaTopic> findByNumber(String number) {
    return jdbc.sql(SELECT + "where number = :number")
        .param("number", number)
        .query(AgendaTopic.class)
        .optional();
  }

  /**
   * The date by which the meeting must have decided the topic, and why (the earliest that applies),
   * if any.
   */
  record DecideBy(LocalDate date, String reason) {}

  Optional<DecideBy> decideBy(String number) {
    return jdbc.sql(
            "select topic_type, deadline, contract_ends_on, service_starts_on from agenda_topic"
                + " where number = :number")
        .param("number", number)
        .query(
            (rs, row) -> {
              List<DecideBy> limits = new ArrayList<>();
              LocalDate deadline = rs.getObject("deadline", LocalDate.class);
              LocalDate contractEnds = rs.getObject("contract_ends_on", LocalDate.class);
              LocalDate serviceStarts = rs.getObject("service_starts_on", LocalDate.class);
              String type = rs.getString("topic_type");
              if (deadline != null) {
                limits.add(new DecideBy(deadline, "申请的办理时限"));
              }
              if (contractEnds != null && TopicType.CONTRACT_RENEWAL.name().equals(type)) {
                limits.add(new DecideBy(contractEnds, "合同到期日"));
              }
              if (serviceStarts != null && TopicType.TENDER_PLAN.name().equals(type)) {
                limits.add(new DecideBy(serviceStarts, "服务起始日"));
              }
              return limits.stream().min(java.util.Comparator.comparing(DecideBy::date));
            })
        .optional()
        .flatMap(limit -> limit);
  }

  List<AgendaTopic> findAll() {
    return jdbc.sql(SELECT + "order by submitted_at desc, number desc")
        .query(AgendaTopic.class)
        .list();
  }

  List<AgendaTopicRequest.Quote> quotesOf(String number) {
    return jdbc.sql(
            "select supplier, credit_code, price, execution_plan, expected_effect, qualification,"
                + " registration_checked_on, registration_check_result, forged from agenda_quote"
                + " where topic_number = :number order by id")
        .param("number", number)
        .query(AgendaTopicRequest.Quote.class)
        .list();
  }

  /**
   * Other, not rejected topics of the same department and category in the fiscal year, oldest
   * first.
   */
  List<EarlierTopic> sameKindInYear(
      String number, String department, String category, int fiscalYear) {
    if (category == null || category.isBlank()) {
      return List.of();
    }
    return jdbc.sql(
            "select number, title, amount from agenda_topic where department = :department"
                + " and category = :category and fiscal_year = :year and number <> :number and status <> 'REJECTED'"
                + " order by submitted_at, number")
        .param("department", department)
        .param("category", category)
        .param("year", fiscalYear)
        .param("number", number)
        .query(EarlierTopic.class)
        .list();
  }

  void update(String number, String column, Object value) {
    if (!column.matches("[a-z_]+")) {
      throw new IllegalArgumentException(column);
    }
    jdbc.sql("update agenda_topic set " + column + " = :value where number = :number")
        .param("value", value)
        .param("number", number)
        .update();
  }

  void incrementRevision(String number) {
    jdbc.sql(
            "update agenda_topic set revision = revision + 1, status = 'RETURNED' where number = :number")
        .param("number", number)
        .update();
  }
}
