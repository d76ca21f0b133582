package org.rectify.reminder;

/**
 * Process {@code status-colour-refresh} (processes/status-colour-refresh.bpmn): an engine timer
 * instead of a Spring scheduler, so that in a cluster exactly one node refreshes the colours each
 * day. Key, element ids, variables.
 */
public final class StatusColourRefreshProcess {

  public static final String KEY = "status-colour-refresh";

  /** Timer start event, every day at 00:05 (server time = Asia/Shanghai). */
  public static final String START = "StartEvent_DailyColourRefresh";

  public static final String REFRESH_COLOURS = "ServiceTask_RefreshStatusColours";
  public static final String END = "EndEvent_ColoursRefreshed";

  /** How many {@code statusColourText} values the refresh changed. */
  public static final String CHANGED_COLOURS = "changedColours";

  private StatusColourRefreshProcess() {}
}
