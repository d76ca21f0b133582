package org.rectify.reminder;

import java.sql.Timestamp;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a reminder reach each person exactly once ({@code rem_sent_reminder}). For each person the row is inserted
 * and the mail handed to SMTP in one short transaction of its own: the unique key is the lock (a second node
 * sending the same reminder waits on it and then skips), a failed send rolls the row back so the job's retry sends
 * again, and a person already mailed stays recorded even when a later recipient fails and the job is retried.
 * The job's own transaction cannot carry the row: it rolls back on any later failure and would re-mail everyone.
 */
@Component
class SentReminderLedger {

  /** What is recorded with a sent reminder. */
  record Entry(String reminderKey, String recipientId, String email, ReminderType type, String processInstanceId,
               String taskId, String subject) {
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  SentReminderLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Runs {@code send} unless this person already got this reminder; true when it was sent now. */
  boolean sendOnce(Entry entry, Runnable send) {
    Boolean sent = ownTransaction.execute(status -> {
      if (alreadySent(entry)) {
        return false;
      }
      try {
        jdbc.update("insert into rem_sent_reminder (reminder_key, recipient_id, email, reminder_type, "
                + "process_instance_id, task_id, subject, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
            entry.reminderKey(), entry.recipientId(), entry.email(), entry.type().name(), entry.processInstanceId(),
            entry.taskId(), truncate(entry.subject()), new Timestamp(ClockUtil.getCurrentTime().getTime()));
      } catch (DuplicateKeyException e) {
        status.setRollbackOnly();
        return false;
      }
      send.run();
      return true;
    });
    return Boolean.TRUE.equals(sent);
  }

  int countSent(String taskId, ReminderType type) {
    Integer count = jdbc.queryForObject(
        "select count(*) from rem_sent_reminder where task_id = ? and reminder_type = ?", Integer.class,
        taskId, type.name());
    return count == null ? 0 : count;
  }

  private boolean alreadySent(Entry entry) {
    Integer count = jdbc.queryForObject(
        "select count(*) from rem_sent_reminder where reminder_key = ? and recipient_id = ?", Integer.class,
        entry.reminderKey(), entry.recipientId());
    return count != null && count > 0;
  }

  private static String truncate(String subject) {
    return subject.length() <= 500 ? subject : subject.substring(0, 500);
  }
}
