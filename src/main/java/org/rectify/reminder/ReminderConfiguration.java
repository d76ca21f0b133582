package org.rectify.reminder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds and validates the reminder, calendar and mail settings. Nothing is scheduled by Spring: the
 * daily colour refresh and the digest are engine timers ({@code status-colour-refresh}, {@code
 * daily-digest}), so a cluster runs each occurrence once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  ReminderProperties.class,
  CalendarProperties.class,
  RectifyMailProperties.class
})
class ReminderConfiguration {

  /**
   * Static, as a post-processor must be, so it reads its switch ({@code
   * rectify.mail.shared-write-timeout-scheduler}, docs/reminders.md) from the environment rather
   * than from the bound {@link RectifyMailProperties}.
   */
  @Bean
  static SmtpWriteTimeoutScheduler smtpWriteTimeoutScheduler(Environment environment) {
    return new SmtpWriteTimeoutScheduler(
        environment.getProperty(
            "rectify.mail.shared-write-timeout-scheduler", Boolean.class, true));
  }
}
