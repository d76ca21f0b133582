package org.rectify.reminder;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /mail}: the mails the embedded sink received, newest first, and one mail with its HTML (in
 * a sandboxed frame) and text version. Access: administrators and the rectification office (the
 * platform's access rules). Without the sink (real SMTP) the page says so instead of showing an
 * empty list.
 */
@Controller
class MailSinkController {

  private final ObjectProvider<GreenMail> sink;
  private final ReminderProperties reminderProperties;

  MailSinkController(ObjectProvider<GreenMail> sink, ReminderProperties reminderProperties) {
    this.sink = sink;
    this.reminderProperties = reminderProperties;
  }

  @GetMapping("/mail")
  String list(Model model) throws MessagingException {
    GreenMail greenMail = sink.getIfAvailable();
    model.addAttribute("sinkEnabled", greenMail != null);
    List<SinkMail> mails = new ArrayList<>();
    if (greenMail != null) {
      MimeMessage[] received = greenMail.getReceivedMessages();
      for (int i = received.length - 1; i >= 0; i--) {
        mails.add(SinkMail.summary(i, received[i], reminderProperties.getZone()));
      }
    }
    model.addAttribute("mails", mails);
    return "mail/list";
  }

  @GetMapping("/mail/{index}")
  String show(@PathVariable int index, Model model) throws MessagingException, IOException {
    GreenMail greenMail = sink.getIfAvailable();
    MimeMessage[] received =
        greenMail == null ? new MimeMessage[0] : greenMail.getReceivedMessages();
    if (index < 0 || index >= received.length) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "邮件不存在");
    }
    model.addAttribute("mail", SinkMail.full(index, received[index], reminderProperties.getZone()));
    return "mail/show";
  }
}
