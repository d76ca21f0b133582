package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP write timeouts with one shared timer thread: no thread pool per connection, and a server
 * that stops reading still fails the send after the configured time.
 */
class SmtpWriteTimeoutSchedulerTest {

  private static JavaMailSenderImpl sender(int port, int writeTimeoutMillis) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.connectiontimeout", "5000");
    properties.setProperty("mail.smtp.timeout", "10000");
    properties.setProperty("mail.smtp.writetimeout", Integer.toString(writeTimeoutMillis));
    sender.setJavaMailProperties(properties);
    return sender;
  }

  private static SimpleMailMessage mail(String text) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("rectify@rectify.local");
    mail.setTo("greening1@rectify.local");
    mail.setSubject("提醒");
    mail.setText(text);
    return mail;
  }

  @Test
  void givesSendersWithAWriteTimeoutTheSharedScheduler() {
    SmtpWriteTimeoutScheduler scheduler = new SmtpWriteTimeoutScheduler(true);
    try {
      JavaMailSenderImpl withTimeout = sender(25, 30_000);
      JavaMailSenderImpl withoutTimeout = new JavaMailSenderImpl();
      scheduler.postProcessBeforeInitialization(withTimeout, "mailSender");
      scheduler.postProcessBeforeInitialization(withoutTimeout, "mailSinkSender");
      assertThat(withTimeout.getJavaMailProperties().get("mail.smtp.executor.writetimeout"))
          .isInstanceOf(ScheduledExecutorService.class)
          .isSameAs(scheduler.scheduler());
      assertThat(withTimeout.getJavaMailProperties())
          .doesNotContainKey("mail.smtps.executor.writetimeout");
      assertThat(withoutTimeout.getJavaMailProperties()).isEmpty();
      JavaMailSenderImpl untouched = sender(25, 30_000);
      new SmtpWriteTimeoutScheduler(false).postProcessBeforeInitialization(untouched, "mailSender");
      assertThat(untouched.getJavaMailProperties())
          .doesNotContainKey("mail.smtp.executor.writetimeout");
    } finally {
      scheduler.destroy();
    }
  }

  @Test
  void startsNoThreadPerConnection() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      int port = smtp.getSmtp().getPort();
      long perConnection = threadsStartedSending(new SmtpWriteTimeoutScheduler(false), port, 10);
      long shared = threadsStartedSending(new SmtpWriteTimeoutScheduler(true), port, 10);
      // the sink's own handler thread per connection is in both figures
      assertThat(perConnection - shared).isGreaterThanOrEqualTo(9);
      assertThat(smtp.getReceivedMessages()).hasSize(20);
    } finally {
      smtp.stop();
    }
  }

  private static long threadsStartedSending(
      SmtpWriteTimeoutScheduler scheduler, int port, int mails) {
    try {
      JavaMailSenderImpl sender = sender(port, 30_000);
      scheduler.postProcessBeforeInitialization(sender, "mailSender");
      long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
      for (int i = 0; i < mails; i++) {
        sender.send(mail("第 " + i + " 封"));
      }
      return ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
    } finally {
      scheduler.destroy();
    }
  }

  @Test
  void aServerThatStopsReadingStillFailsTheSend() throws Exception {
    SmtpWriteTimeoutScheduler scheduler = new SmtpWriteTimeoutScheduler(true);
    Thread stalling = null;
    try (ServerSocket server = new ServerSocket(0)) {
      stalling = new Thread(() -> stallAfterData(server), "stalling-smtp");
      stalling.setDaemon(true);
      stalling.start();
      JavaMailSenderImpl sender = sender(server.getLocalPort(), 500);
      scheduler.postProcessBeforeInitialization(sender, "mailSender");
      long start = System.nanoTime();
      // far more than the socket buffers hold: the write blocks until the timeout closes the socket
      assertThatThrownBy(() -> sender.send(mail("超长正文".repeat(2_000_000))))
          .isInstanceOf(MailSendException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    } finally {
      scheduler.destroy();
      if (stalling != null) {
        stalling.interrupt();
      }
    }
  }

  /** Answers the dialogue up to DATA, then never reads again. */
  private static void stallAfterData(ServerSocket server) {
    try (Socket socket = server.accept()) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      out.write("220 stalling ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase();
        if (command.startsWith("EHLO")) {
          out.write("250 stalling\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (command.startsWith("DATA")) {
          out.write("354 go ahead\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          Thread.sleep(60_000);
          return;
        } else {
          out.write("250 ok\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      }
    } catch (Exception e) {
      // the client gave up: what the test expects
    }
  }
}
