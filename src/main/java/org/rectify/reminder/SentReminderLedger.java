package org.rectify.reminder;

import java.sql.Timestamp;
import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a reminder reach each person exactly once ({@code rem_sent_reminder}). For each person the
 * row is inserted and the mail handed to SMTP in one short transaction of its own: the unique key
 * is the lock (a second node sending the same reminder waits on it and then skips), a failed send
 * rolls the row back so the job's retry sends again, and a person already mailed stays recorded
 * even when a later recipient fails and the job is retried. The job's own transaction cannot carry
 * the row: it rolls back on any later failure and would re-mail everyone. When the database goes
 * away after SMTP accepted the mail (restart, fail-over), the commit fails although the mail is
 * out: the row is then written again, retried until the database is back, so the job's retry skips
 * it.
 */
@Component
class SentReminderLedger {

  private static final Logger LOG = LoggerFactory.getLogger(SentReminderLedger.class);

  /**
   * How long a delivered mail waits for the database to record it before giving up (then: possible
   * duplicate).
   */
  static final Duration RECORD_PATIENCE = Duration.ofMinutes(3);

  /** What is recorded with a sent reminder. */
  record Entry(
      String reminderKey,
      String recipientId,
      String email,
      ReminderType type,
      String processInstanceId,
      String taskId,
      String subject) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  SentReminderLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Runs {@code send} unless this person already got this reminder; true when it was sent now. */
  boolean sendOnce(Entry entry, Runnable send) {
    boolean[] delivered = {false};
    try {
      Boolean sent =
          ownTransaction.execute(
              status -> {
                if (alreadySent(entry)) {
                  return false;
                }
                try {
                  insert(entry);
                } catch (DuplicateKeyException e) {
                  status.setRollbackOnly();
                  return false;
                }
                send.run();
                delivered[0] = true;
                return true;
              });
      return Boolean.TRUE.equals(sent);
    } catch (TransactionException | DataAccessException e) {
      if (!delivered[0]) {
        throw e;
      }
      recordAfterDelivery(entry, e);
      return true;
    }
  }

  /**
   * The mail is out but its row was lost with the connection: write it again once the database
   * answers.
   */
  private void recordAfterDelivery(Entry entry, RuntimeException cause) {
    LOG.warn(
        "提醒 {} 已发给 {}，但数据库提交失败（{}），正在补记发送记录",
        entry.reminderKey(),
        entry.recipientId(),
        cause.getMessage());
    long deadline = System.nanoTime() + RECORD_PATIENCE.toNanos();
    long pauseMillis = 200;
    while (true) {
      try {
        ownTransaction.executeWithoutResult(
            status -> {
              if (!alreadySent(entry)) {
                insert(entry);
              }
            });
        LOG.info("提醒 {} 给 {} 的发送记录已补记", entry.reminderKey(), entry.recipientId());
        return;
      } catch (TransactionException | DataAccessException e) {
        if (System.nanoTime() > deadline) {
          LOG.error(
              "提醒 {} 已发给 {}，但 {} 内无法写入发送记录；重试时此人可能再次收到同一提醒",
              entry.reminderKey(),
              entry.recipientId(),
              RECORD_PATIENCE,
              e);
          throw e;
        }
        sleep(pauseMillis);
        pauseMillis = Math.min(pauseMillis * 2, 5_000);
      }
    }
  }

  int countSent(String taskId, ReminderType type) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from rem_sent_reminder where task_id = ? and reminder_type = ?",
            Integer.class,
            taskId,
            type.name());
    return count == null ? 0 : count;
  }

  private void insert(Entry entry) {
    jdbc.update(
        "insert into rem_sent_reminder (reminder_key, recipient_id, email, reminder_type, "
            + "process_instance_id, task_id, subject, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        entry.reminderKey(),
        entry.recipientId(),
        entry.email(),
        entry.type().name(),
        entry.processInstanceId(),
        entry.taskId(),
        truncate(entry.subject()),
        new Timestamp(ClockUtil.getCurrentTime().getTime()));
  }

  private boolean alreadySent(Entry entry) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from rem_sent_reminder where reminder_key = ? and recipient_id = ?",
            Integer.class,
            entry.reminderKey(),
            entry.recipientId());
    return count != null && count > 0;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording a sent reminder", e);
    }
  }

  private static String truncate(String subject) {
    return subject.length() <= 500 ? subject : subject.substring(0, 500);
  }
}
