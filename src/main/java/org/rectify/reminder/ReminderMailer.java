package org.rectify.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one reminder mail (HTML + plain text, UTF-8) to one person through the ledger, so it goes
 * out once. SMTP failures become a {@link ProcessEngineException} with a Chinese message: the job
 * retries and finally shows an incident in Cockpit. Every mail carries a Message-ID derived from
 * (reminder, person) and {@code X-Rectify-*} headers naming the reminder, so a receiving system can
 * recognise (and drop) a second copy in the rare case described in docs/reminders.md, and support
 * staff can trace a mail back to its process.
 */
@Component
class ReminderMailer {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderMailer.class);

  /** {@code <reminder key>#<user id>}: the ledger's key of this mail. */
  static final String HEADER_REMINDER = "X-Rectify-Reminder";

  static final String HEADER_TYPE = "X-Rectify-Reminder-Type";

  /**
   * Measure code / contract number / topic number the reminder is about (absent for the digest).
   */
  static final String HEADER_BUSINESS_NUMBER = "X-Rectify-Business-Number";

  /** What identifies one mail: one reminder to one person. */
  record Identity(
      String reminderKey, String recipientId, ReminderType type, String businessNumber) {

    String messageId() {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256")
                .digest((reminderKey + "#" + recipientId).getBytes(StandardCharsets.UTF_8));
        return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".reminder@rectify.local>";
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 missing from the JDK", e);
      }
    }
  }

  private final ObjectProvider<JavaMailSender> mailSender;
  private final ReminderMailRenderer renderer;
  private final SentReminderLedger ledger;
  private final RectifyMailProperties properties;

  ReminderMailer(
      ObjectProvider<JavaMailSender> mailSender,
      ReminderMailRenderer renderer,
      SentReminderLedger ledger,
      RectifyMailProperties properties) {
    this.mailSender = mailSender;
    this.renderer = renderer;
    this.ledger = ledger;
    this.properties = properties;
  }

  /**
   * The SMTP connection for the mails of one reminder ({@code
   * rectify.mail.connection-per-reminder}); close it when the reminder is done.
   */
  SmtpConnection connection() {
    return SmtpConnection.shared(requireSender(), properties.isConnectionPerReminder());
  }

  /** True when sent now, false when this person already had this reminder. */
  boolean send(
      String reminderKey,
      ReminderRecipients.Recipient recipient,
      ReminderMail mail,
      String processInstanceId,
      String taskId) {
    try (SmtpConnection connection = SmtpConnection.perMail(requireSender())) {
      return send(connection, reminderKey, recipient, mail, processInstanceId, taskId);
    }
  }

  /** As above, over the given connection (several mails of one reminder). */
  boolean send(
      SmtpConnection connection,
      String reminderKey,
      ReminderRecipients.Recipient recipient,
      ReminderMail mail,
      String processInstanceId,
      String taskId) {
    return send(
        connection,
        reminderKey,
        recipient,
        mail.type(),
        mail.subject(),
        () -> renderer.text(mail),
        () -> renderer.html(mail),
        processInstanceId,
        taskId,
        mail.businessNumber());
  }

  /** Sends an already composed mail that belongs to no business object (e.g. the daily digest). */
  boolean send(
      String reminderKey,
      ReminderRecipients.Recipient recipient,
      ReminderType type,
      String subject,
      Supplier<String> text,
      Supplier<String> html,
      String processInstanceId,
      String taskId) {
    try (SmtpConnection connection = SmtpConnection.perMail(requireSender())) {
      return send(
          connection,
          reminderKey,
          recipient,
          type,
          subject,
          text,
          html,
          processInstanceId,
          taskId,
          null);
    }
  }

  /** Sends an already composed mail (text and HTML rendered only when it really goes out). */
  private boolean send(
      SmtpConnection connection,
      String reminderKey,
      ReminderRecipients.Recipient recipient,
      ReminderType type,
      String subject,
      Supplier<String> text,
      Supplier<String> html,
      String processInstanceId,
      String taskId,
      String businessNumber) {
    SentReminderLedger.Entry entry =
        new SentReminderLedger.Entry(
            reminderKey,
            recipient.userId(),
            recipient.email(),
            type,
            processInstanceId,
            taskId,
            subject);
    Identity identity = new Identity(reminderKey, recipient.userId(), type, businessNumber);
    boolean sent =
        ledger.sendOnce(
            entry, () -> deliver(connection, recipient, identity, subject, text.get(), html.get()));
    if (sent) {
      LOG.info(
          "已发送{}邮件 “{}” 给 {}（{}），提醒 {}",
          type.label(),
          subject,
          recipient.userId(),
          recipient.email(),
          reminderKey);
    } else {
      LOG.info("{}（{}）已收到过提醒 {}，不再重复发送", recipient.userId(), recipient.email(), reminderKey);
    }
    return sent;
  }

  private JavaMailSender requireSender() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new ProcessEngineException(
          "未配置邮件服务器：请设置 spring.mail.host，或启用内置邮件沙箱 rectify.mail.sink.enabled");
    }
    return sender;
  }

  private void deliver(
      SmtpConnection connection,
      ReminderRecipients.Recipient recipient,
      Identity identity,
      String subject,
      String text,
      String html) {
    try {
      MimeMessage message = connection.sender().createMimeMessage();
      // kept by JavaMailSenderImpl: the same (reminder, person) always gets the same Message-ID
      message.setHeader("Message-ID", identity.messageId());
      message.setHeader(HEADER_REMINDER, identity.reminderKey() + "#" + identity.recipientId());
      message.setHeader(HEADER_TYPE, identity.type().name());
      if (identity.businessNumber() != null && !identity.businessNumber().isEmpty()) {
        message.setHeader(
            HEADER_BUSINESS_NUMBER,
            MimeUtility.encodeText(identity.businessNumber(), "UTF-8", null));
      }
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.getFrom());
      helper.setTo(new InternetAddress(recipient.email(), recipient.name(), "UTF-8"));
      helper.setSubject(subject);
      helper.setText(text, html);
      connection.send(message);
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      throw new ProcessEngineException(
          "提醒邮件发送失败（" + recipient.email() + "）：邮件服务器不可用或拒收，" + "系统将按重试策略重发；原因：" + e.getMessage(),
          e);
    }
  }
}
