package org.rectify.reminder;

import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;

/** Reads the HTML and text parts of a received mail the way the /mail page does. */
record SinkMailReader(MimeMessage message) {

  String html() throws Exception {
    return SinkMail.full(0, message, ZoneId.of("Asia/Shanghai")).html();
  }

  String text() throws Exception {
    return SinkMail.full(0, message, ZoneId.of("Asia/Shanghai")).text();
  }
}
