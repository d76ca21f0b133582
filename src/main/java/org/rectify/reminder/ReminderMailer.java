package org.rectify.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
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
 * Sends one reminder mail (HTML + plain text, UTF-8) to one person through the ledger, so it goes out once.
 * SMTP failures become a {@link ProcessEngineException} with a Chinese message: the job retries and finally shows
 * an incident in Cockpit.
 */
@Component
class ReminderMailer {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderMailer.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final ReminderMailRenderer renderer;
  private final SentReminderLedger ledger;
  private final RectifyMailProperties properties;

  ReminderMailer(ObjectProvider<JavaMailSender> mailSender, ReminderMailRenderer renderer, SentReminderLedger ledger,
      RectifyMailProperties properties) {
    this.mailSender = mailSender;
    this.renderer = renderer;
    this.ledger = ledger;
    this.properties = properties;
  }

  /** True when sent now, false when this person already had this reminder. */
  boolean send(String reminderKey, ReminderRecipients.Recipient recipient, ReminderMail mail,
      String processInstanceId, String taskId) {
    return send(reminderKey, recipient, mail.type(), mail.subject(), () -> renderer.text(mail),
        () -> renderer.html(mail), processInstanceId, taskId);
  }

  /** Sends an already composed mail (text and HTML rendered only when it really goes out). */
  boolean send(String reminderKey, ReminderRecipients.Recipient recipient, ReminderType type, String subject,
      Supplier<String> text, Supplier<String> html, String processInstanceId, String taskId) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new ProcessEngineException("未配置邮件服务器：请设置 spring.mail.host，或启用内置邮件沙箱 rectify.mail.sink.enabled");
    }
    SentReminderLedger.Entry entry = new SentReminderLedger.Entry(reminderKey, recipient.userId(), recipient.email(),
        type, processInstanceId, taskId, subject);
    boolean sent = ledger.sendOnce(entry, () -> deliver(sender, recipient, subject, text.get(), html.get()));
    if (sent) {
      LOG.info("已发送{}邮件 “{}” 给 {}（{}）", type.label(), subject, recipient.userId(), recipient.email());
    } else {
      LOG.info("{}（{}）已收到过提醒 {}，不再重复发送", recipient.userId(), recipient.email(), reminderKey);
    }
    return sent;
  }

  private void deliver(JavaMailSender sender, ReminderRecipients.Recipient recipient, String subject, String text,
      String html) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.getFrom());
      helper.setTo(new InternetAddress(recipient.email(), recipient.name(), "UTF-8"));
      helper.setSubject(subject);
      helper.setText(text, html);
      sender.send(message);
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      throw new ProcessEngineException("提醒邮件发送失败（" + recipient.email() + "）：邮件服务器不可用或拒收，"
          + "系统将按重试策略重发；原因：" + e.getMessage(), e);
    }
  }
}
