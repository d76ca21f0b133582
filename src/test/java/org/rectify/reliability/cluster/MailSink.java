package org.rectify.reliability.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SMTP server both nodes send to: GreenMail on a free loopback port. Can be taken down (SMTP
 * outage) and brought back on the same port; what was received before is kept. Each received mail
 * is reduced to the key the nodes write into it ({@code X-Rectify-Business-Number /
 * X-Rectify-Reminder-Type / recipient}).
 */
final class MailSink {

  /** One received mail. */
  record Received(String businessNumber, String type, String recipient, String messageId) {
    String key() {
      return businessNumber + "/" + type + "/" + recipient;
    }
  }

  private final int port;
  private final List<Received> archive = new ArrayList<>();
  private GreenMail greenMail;

  MailSink(int port) {
    this.port = port;
  }

  int port() {
    return port;
  }

  synchronized void start() {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** SMTP outage: connections are refused until {@link #start()}. */
  synchronized void stop() {
    if (greenMail != null) {
      archive.addAll(read(greenMail));
      greenMail.stop();
      greenMail = null;
    }
  }

  boolean isRunning() {
    return greenMail != null;
  }

  /** Everything received so far, in no particular order. */
  synchronized List<Received> received() {
    List<Received> all = new ArrayList<>(archive);
    if (greenMail != null) {
      all.addAll(read(greenMail));
    }
    return all;
  }

  /** How often each key arrived, for mails whose business number starts with {@code prefix}. */
  Map<String, Integer> countsFor(String prefix) {
    Map<String, Integer> counts = new HashMap<>();
    for (Received mail : received()) {
      if (mail.businessNumber() != null && mail.businessNumber().startsWith(prefix)) {
        counts.merge(mail.key(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static List<Received> read(GreenMail greenMail) {
    List<Received> mails = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      try {
        mails.add(
            new Received(
                decoded(message.getHeader("X-Rectify-Business-Number", null)),
                message.getHeader("X-Rectify-Reminder-Type", null),
                ((InternetAddress) message.getAllRecipients()[0]).getAddress(),
                message.getMessageID()));
      } catch (MessagingException e) {
        throw new IllegalStateException("unreadable mail in the sink", e);
      }
    }
    return mails;
  }

  private static String decoded(String header) {
    try {
      return header == null ? null : MimeUtility.decodeText(header);
    } catch (UnsupportedEncodingException e) {
      return header;
    }
  }
}
