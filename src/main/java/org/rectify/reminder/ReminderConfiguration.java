package org.rectify.reminder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds and validates the reminder, calendar and mail settings; schedules the daily colour refresh. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ReminderProperties.class, CalendarProperties.class, RectifyMailProperties.class})
class ReminderConfiguration {
}
