package org.rectify.reminder;

/**
 * Process {@code daily-digest} (processes/daily-digest.bpmn): the hourly 每日汇总 attempt as an engine
 * timer instead of a Spring scheduler, so that in a cluster exactly one node runs each hour. Key,
 * element ids, variables.
 */
public final class DailyDigestProcess {

  public static final String KEY = "daily-digest";

  /** Timer start event, every full hour 09:00–17:00; the delegate skips non-working days. */
  public static final String START = "StartEvent_DigestHour";

  public static final String SEND_DAILY_DIGEST = "ServiceTask_SendDailyDigest";
  public static final String END = "EndEvent_DigestAttempted";

  /** How many digest mails went out in this attempt. */
  public static final String DIGESTS_SENT = "digestsSent";

  /** The 日历提醒 mails sent by the same attempt (working days only). */
  public static final String CALENDAR_WARNINGS_SENT = "calendarWarningsSent";

  private DailyDigestProcess() {}
}
