package org.rectify.reminder;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 日历提醒: the calendar warning of {@link CalendarOverview} (a year without an official working-day
 * calendar begins within the warning weeks, or has begun) mailed to every member of the
 * rectification office with an address, once a week until the office loads the notice. Sent with
 * the hourly attempt of the daily digest; the ledger key {@code calendar/<year>/<ISO week>} makes
 * it once per person and week, on the first working day of the week the attempt runs.
 */
@Component
class CalendarWarningMail {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarWarningMail.class);

  private final CalendarOverview overview;
  private final OrganizationDirectory organization;
  private final ReminderMailRenderer renderer;
  private final ReminderMailer mailer;
  private final ReminderComposer composer;

  CalendarWarningMail(
      CalendarOverview overview,
      OrganizationDirectory organization,
      ReminderMailRenderer renderer,
      ReminderMailer mailer,
      ReminderComposer composer) {
    this.overview = overview;
    this.organization = organization;
    this.renderer = renderer;
    this.mailer = mailer;
    this.composer = composer;
  }

  /**
   * Sends this week's calendar warning to the office if there is one; answers the mails sent now.
   */
  int send(LocalDate today) {
    String warning = overview.warning(today);
    if (warning == null) {
      return 0;
    }
    String subject = "【" + ReminderType.CALENDAR.label() + "】" + headline(warning);
    String key =
        "calendar/"
            + today.get(IsoFields.WEEK_BASED_YEAR)
            + "-W"
            + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    String link = composer.tasklistLink();
    int sent = 0;
    for (String userId : organization.membersOf(OrganizationGroups.RECT_OFFICE)) {
      var email = organization.emailOf(userId);
      if (email.isEmpty()) {
        LOG.warn("整改办的 {} 没有设置电子邮箱，收不到工作日日历提醒", userId);
        continue;
      }
      String name = organization.displayNameOf(userId);
      Map<String, Object> model =
          Map.of(
              "name",
              name,
              "date",
              today.toString(),
              "warning",
              warning,
              "subject",
              subject,
              "link",
              link);
      try {
        sent +=
            mailer.send(
                    key,
                    new ReminderRecipients.Recipient(userId, name, email.get()),
                    ReminderType.CALENDAR,
                    subject,
                    () -> renderer.render("calendar.txt", model),
                    () -> renderer.render("calendar.html", model),
                    null,
                    null)
                ? 1
                : 0;
      } catch (RuntimeException e) {
        LOG.warn("给 {} 的工作日日历提醒发送失败，将在下一小时重试：{}", userId, e.getMessage());
      }
    }
    return sent;
  }

  /** The warning's first clause, e.g. "2028 年的工作日日历尚未导入". */
  static String headline(String warning) {
    int colon = warning.indexOf('：');
    return colon > 0 ? warning.substring(0, colon) : warning;
  }
}
