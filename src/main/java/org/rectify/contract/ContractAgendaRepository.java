package org.rectify.contract;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agenda topics a contract went to pre-review with (Flyway {@code
 * V32__contract_agenda_topic.sql}): the contract keeps the topic number and the decision itself, so
 * the register shows them without reading the agenda capability.
 */
@Repository
class ContractAgendaRepository {

  /** One topic of a contract as {@code GET /api/contracts/{number}} shows it. */
  record AgendaTopicLink(
      String topicNumber,
      String topicType,
      LocalDate submittedOn,
      LocalDate deadline,
      boolean onTime,
      String decision,
      String meeting,
      String minutesRef,
      LocalDate decidedOn) {}

  private final JdbcClient jdbc;
  private final ContractRepository contracts;

  ContractAgendaRepository(JdbcClient jdbc, ContractRepository contracts) {
    this.jdbc = jdbc;
    this.contracts = contracts;
  }

  void link(
      String number,
      String topicNumber,
      String topicType,
      LocalDate submittedOn,
      LocalDate deadline) {
    jdbc.sql(
            "insert into contract_agenda_topic (contract_id, topic_number, topic_type, submitted_on, deadline,"
                + " on_time) values (:contract, :topic, :type, :on, :deadline, :onTime)")
        .param("contract", contracts.idOf(number))
        .param("topic", topicNumber)
        .param("type", topicType)
        .param("on", submittedOn)
        .param("deadline", deadline)
        .param("onTime", deadline == null || !submittedOn.isAfter(deadline))
        .update();
  }

  void decide(
      String topicNumber, String decision, String meeting, String minutesRef, LocalDate decidedOn) {
    jdbc.sql(
            "update contract_agenda_topic set decision = :decision, meeting = :meeting, minutes_ref = :minutes,"
                + " decided_on = :on where topic_number = :topic")
        .param("decision", decision)
        .param("meeting", meeting)
        .param("minutes", minutesRef)
        .param("on", decidedOn)
        .param("topic", topicNumber)
        .update();
  }

  List<AgendaTopicLink> topicsOf(String number) {
    return jdbc.sql(
            "select t.topic_number, t.topic_type, t.submitted_on, t.deadline, t.on_time, t.decision,"
                + " t.meeting, t.minutes_ref, t.decided_on from contract_agenda_topic t join contract c"
                + " on c.id = t.contract_id where c.number = :number order by t.id")
        .param("number", number)
        .query(AgendaTopicLink.class)
        .list();
  }
}
