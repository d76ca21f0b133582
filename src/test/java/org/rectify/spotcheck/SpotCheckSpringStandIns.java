package org.rectify.spotcheck;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The reminder contract's beans for Spring tests of this branch, until the reminder feature (issue
 * 7) provides them; they step aside as soon as real beans of these names exist.
 */
@TestConfiguration
class SpotCheckSpringStandIns {

  @Bean("reminderTimes")
  @ConditionalOnMissingBean(name = "reminderTimes")
  ReminderStandIns.Times reminderTimes() {
    return new ReminderStandIns.Times();
  }

  @Bean("reminderMail")
  @ConditionalOnMissingBean(name = "reminderMail")
  ReminderStandIns.Mail reminderMail() {
    return new ReminderStandIns.Mail();
  }
}
