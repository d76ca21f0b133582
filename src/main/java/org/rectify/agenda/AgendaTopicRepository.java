package org.rectify.agenda;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The topic register (Flyway {@code V40__agenda.sql}). */
@Repository
class AgendaTopicRepository {

  private static final String SELECT = "select number, title, topic_type, department, budget_department, category,"
      + " amount, triple_one_major, service_starts_on, contract_ends_on, legal_opinion, performance_record,"
      + " fiscal_year, status, revision, auto_checklist, reviewer, re_reviewer, proposed_meeting, meeting,"
      + " meeting_date, decision, minutes_ref, submitted_by from agenda_topic ";

  /** An earlier topic of the same department and category in the fiscal year (for the splitting hint). */
  record EarlierTopic(String number, String title, BigDecimal amount) {}

  private final JdbcClient jdbc;

  AgendaTopicRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String nextNumber(int year) {
    int count = jdbc.sql("select count(*) from agenda_topic where number like :prefix")
        .param("prefix", "YT-" + year + "-%").query(Integer.class).single();
    return String.format("YT-%d-%04d", year, count + 1);
  }

  void insert(String number, AgendaTopicRequest request, int fiscalYear, String submittedBy) {
    jdbc.sql("insert into agenda_topic (number, title, topic_type, department, budget_department, category, amount,"
            + " funding_source, triple_one_major, triple_category, linked_contract, linked_measure, deadline,"
            + " service_starts_on, contract_ends_on, legal_opinion, performance_record, attachments, fiscal_year,"
            + " status, submitted_by) values (:number, :title, :type, :department, :budget, :category, :amount,"
            + " :funding, :triple, :tripleCategory, :contract, :measure, :deadline, :serviceStart, :contractEnd,"
            + " :legal, :performance, :attachments, :year, 'SUBMITTED', :by)")
        .param("number", number).param("title", request.title().trim()).param("type", request.type())
        .param("department", request.department()).param("budget", request.budgetDepartmentOrOwn())
        .param("category", request.category()).param("amount", request.amount())
        .param("funding", request.fundingSource()).param("triple", Boolean.TRUE.equals(request.tripleOneMajor()))
        .param("tripleCategory", request.tripleOneMajorCategory()).param("contract", request.linkedContract())
        .param("measure", request.linkedMeasure()).param("deadline", request.deadline())
        .param("serviceStart", request.serviceStartsOn()).param("contractEnd", request.contractEndsOn())
        .param("legal", request.legalOpinion()).param("performance", request.performanceRecord())
        .param("attachments", request.attachments()).param("year", fiscalYear).param("by", submittedBy)
        .update();
    insertQuotes(number, request.quotesOrEmpty());
  }

  /** Replaces the quotes of a returned topic (correction during revision). */
  void replaceQuotes(String number, List<AgendaTopicRequest.Quote> quotes) {
    jdbc.sql("delete from agenda_quote where topic_number = :number").param("number", number).update();
    insertQuotes(number, quotes);
  }

  private void insertQuotes(String number, List<AgendaTopicRequest.Quote> quotes) {
    for (AgendaTopicRequest.Quote quote : quotes) {
      jdbc.sql("insert into agenda_quote (topic_number, supplier, credit_code, price, execution_plan, expected_effect,"
              + " qualification, registration_checked_on, registration_check_result, forged) values (:number,"
              + " :supplier, :code, :price, :plan, :effect, :qualification, :checkedOn, :checkResult, :forged)")
          .param("number", number).param("supplier", quote.supplier().trim()).param("code", quote.creditCode())
          .param("price", quote.price()).param("plan", quote.executionPlan()).param("effect", quote.expectedEffect())
          .param("qualification", quote.qualification()).param("checkedOn", quote.registrationCheckedOn())
          .param("checkResult", quote.registrationCheckResult()).param("forged", Boolean.TRUE.equals(quote.forged()))
          .update();
    }
  }

  Optional<AgendaTopic> findByNumber(String number) {
    return jdbc.sql(SELECT + "where number = :number").param("number", number).query(AgendaTopic.class).optional();
  }

  List<AgendaTopic> findAll() {
    return jdbc.sql(SELECT + "order by submitted_at desc, number desc").query(AgendaTopic.class).list();
  }

  List<AgendaTopicRequest.Quote> quotesOf(String number) {
    return jdbc.sql("select supplier, credit_code, price, execution_plan, expected_effect, qualification,"
            + " registration_checked_on, registration_check_result, forged from agenda_quote"
            + " where topic_number = :number order by id")
        .param("number", number).query(AgendaTopicRequest.Quote.class).list();
  }

  /** Other, not rejected topics of the same department and category in the fiscal year, oldest first. */
  List<EarlierTopic> sameKindInYear(String number, String department, String category, int fiscalYear) {
    if (category == null || category.isBlank()) {
      return List.of();
    }
    return jdbc.sql("select number, title, amount from agenda_topic where department = :department"
            + " and category = :category and fiscal_year = :year and number <> :number and status <> 'REJECTED'"
            + " order by submitted_at, number")
        .param("department", department).param("category", category).param("year", fiscalYear)
        .param("number", number).query(EarlierTopic.class).list();
  }

  void update(String number, String column, Object value) {
    if (!column.matches("[a-z_]+")) {
      throw new IllegalArgumentException(column);
    }
    jdbc.sql("update agenda_topic set " + column + " = :value where number = :number")
        .param("value", value).param("number", number).update();
  }

  void incrementRevision(String number) {
    jdbc.sql("update agenda_topic set revision = revision + 1, status = 'RETURNED' where number = :number")
        .param("number", number).update();
  }
}
