package org.rectify.reminder;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mails of one reminder over one SMTP connection: {@link JavaMailSenderImpl#send} opens and
 * closes a connection (TCP, greeting, EHLO, STARTTLS/AUTH where configured, QUIT) for every single
 * mail. The connection is opened on the first mail that really goes out (a retry whose recipients
 * all had the mail opens none) and dropped after a failure, so the next attempt starts afresh. Each
 * mail is still accepted by the server on its own (end of DATA) before its ledger row commits;
 * nothing about exactly-once changes. Other {@link JavaMailSender}s, and {@code
 * rectify.mail.connection-per-reminder=false}, send each mail through the sender as before.
 */
final class SmtpConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpConnection.class);

  private final JavaMailSender sender;
  private final JavaMailSenderImpl shared;
  private Transport transport;
  private int connections;

  private SmtpConnection(JavaMailSender sender, boolean share) {
    this.sender = sender;
    this.shared = share && sender instanceof JavaMailSenderImpl impl ? impl : null;
  }

  /** One connection for all mails sent through this object (when the sender allows it). */
  static SmtpConnection shared(JavaMailSender sender, boolean enabled) {
    return new SmtpConnection(sender, enabled);
  }

  /** Every mail through the sender, one connection each (mails that are not part of a reminder). */
  static SmtpConnection perMail(JavaMailSender sender) {
    return new SmtpConnection(sender, false);
  }

  JavaMailSender sender() {
    return sender;
  }

  /** Sends as {@link JavaMailSenderImpl} does (sent date, saved changes, the Message-ID kept). */
  void send(MimeMessage message) throws MessagingException {
    if (shared == null) {
      sender.send(message);
      return;
    }
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
    Address[] addresses = message.getAllRecipients();
    try {
      transport().sendMessage(message, addresses != null ? addresses : new Address[0]);
    } catch (MessagingException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** How many SMTP connections were opened (1 for a reminder to several people). */
  int connections() {
    return connections;
  }

  private Transport transport() throws MessagingException {
    if (transport == null) {
      String protocol = shared.getProtocol() == null ? "smtp" : shared.getProtocol();
      Transport opened = shared.getSession().getTransport(protocol);
      String username = shared.getUsername();
      String password = shared.getPassword();
      if ("".equals(username)) {
        username = null;
        password = "".equals(password) ? null : password;
      }
      opened.connect(shared.getHost(), shared.getPort(), username, password);
      transport = opened;
      connections++;
    }
    return transport;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("SMTP connection not closed cleanly: {}", e.getMessage());
      } finally {
        transport = null;
      }
    }
  }
}
