package org.rectify.reminder;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who chose the daily digest ({@code rem_digest_preference}); everybody else gets single reminder
 * mails.
 */
@Component
class DigestPreferences {

  private final JdbcTemplate jdbc;

  DigestPreferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean wantsDigest(String userId) {
    List<Boolean> values =
        jdbc.queryForList(
            "select daily_digest from rem_digest_preference where user_id = ?",
            Boolean.class,
            userId);
    return !values.isEmpty() && Boolean.TRUE.equals(values.get(0));
  }

  /** Who of these people chose the digest, in one query (a reminder's recipients). */
  Set<String> wantingDigest(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(", ", Collections.nCopies(userIds.size(), "?"));
    return new HashSet<>(
        jdbc.queryForList(
            "select user_id from rem_digest_preference where daily_digest = true"
                + " and user_id in ("
                + marks
                + ")",
            String.class,
            userIds.toArray()));
  }

  List<String> digestUsers() {
    return jdbc.queryForList(
        "select user_id from rem_digest_preference where daily_digest = true order by user_id",
        String.class);
  }

  @Transactional
  void set(String userId, boolean dailyDigest) {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    int updated =
        jdbc.update(
            "update rem_digest_preference set daily_digest = ?, updated_at = ? where user_id = ?",
            dailyDigest,
            now,
            userId);
    if (updated == 0) {
      jdbc.update(
          "insert into rem_digest_preference (user_id, daily_digest, updated_at) values (?, ?, ?)",
          userId,
          dailyDigest,
          now);
    }
  }
}
