package org.rectify.reminder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Rectify's own mail settings ({@code rectify.mail.*}); the SMTP server itself is configured with
 * the standard {@code spring.mail.*} properties. The embedded sink is the zero-setup default: it
 * receives every mail inside the application and shows it on {@code /mail}.
 */
@Validated
@ConfigurationProperties("rectify.mail")
public class RectifyMailProperties {

  /** Sender of reminder mails. */
  @NotBlank private String from = "巡察整改平台 <noreply@rectify.local>";

  /**
   * Name Jakarta Mail's stream provider instead of letting it scan the classpath for every message
   * part ({@link MailStreamProviderPin}).
   */
  private boolean pinStreamProvider = true;

  /**
   * Send the mails of one reminder (e.g. to the head and to the leader) over one SMTP connection
   * instead of one connection per mail.
   */
  private boolean connectionPerReminder = true;

  @Valid private final Sink sink = new Sink();

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public boolean isPinStreamProvider() {
    return pinStreamProvider;
  }

  public void setPinStreamProvider(boolean pinStreamProvider) {
    this.pinStreamProvider = pinStreamProvider;
  }

  public boolean isConnectionPerReminder() {
    return connectionPerReminder;
  }

  public void setConnectionPerReminder(boolean connectionPerReminder) {
    this.connectionPerReminder = connectionPerReminder;
  }

  public Sink getSink() {
    return sink;
  }

  /** The embedded SMTP sink (GreenMail). */
  public static class Sink {

    private boolean enabled;

    @Min(1)
    @Max(65535)
    private int port = 3025;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getPort() {
      return port;
    }

    public void setPort(int port) {
      this.port = port;
    }
  }
}
