package org.rectify.reminder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates the reminder, calendar and mail settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReminderProperties.class, CalendarProperties.class, RectifyMailProperties.class})
class ReminderConfiguration {
}
