package org.rectify.reminder;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

/**
 * One mail of the sink as the {@code /mail} page shows it; {@code html} and {@code text} only when
 * opened.
 */
record SinkMail(
    int index,
    String subject,
    String from,
    String to,
    String receivedAt,
    String html,
    String text) {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static SinkMail summary(int index, MimeMessage message, ZoneId zone) throws MessagingException {
    return new SinkMail(
        index,
        nullToEmpty(message.getSubject()),
        addresses(message.getFrom()),
        addresses(message.getRecipients(Message.RecipientType.TO)),
        time(message, zone),
        null,
        null);
  }

  static SinkMail full(int index, MimeMessage message, ZoneId zone)
      throws MessagingException, IOException {
    SinkMail summary = summary(index, message, zone);
    return new SinkMail(
        index,
        summary.subject(),
        summary.from(),
        summary.to(),
        summary.receivedAt(),
        part(message, "text/html"),
        part(message, "text/plain"));
  }

  private static String part(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String time(MimeMessage message, ZoneId zone) throws MessagingException {
    Date date =
        message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
    return date == null ? "" : FORMAT.format(date.toInstant().atZone(zone));
  }

  private static String addresses(Address[] addresses) {
    if (addresses == null) {
      return "";
    }
    return Arrays.stream(addresses)
        .map(
            a ->
                a instanceof InternetAddress ia && ia.getPersonal() != null
                    ? ia.getPersonal() + " <" + ia.getAddress() + ">"
                    : a.toString())
        .collect(Collectors.joining("，"));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
