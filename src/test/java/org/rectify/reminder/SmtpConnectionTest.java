package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mails of one reminder share one SMTP connection, counted at a TCP relay in front of
 * GreenMail: what the server sees, not what the client believes.
 */
class SmtpConnectionTest {

  private GreenMail smtp;
  private CountingRelay relay;
  private JavaMailSenderImpl sender;

  @BeforeEach
  void start() throws IOException {
    int smtpPort = ReminderConfigurationValidationTest.freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    smtp.start();
    relay = new CountingRelay(smtpPort);
    sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(relay.port());
  }

  @AfterEach
  void stop() throws IOException {
    relay.close();
    smtp.stop();
  }

  @Test
  void twoRecipientsOfOneReminderGoOverOneConnectionAndKeepTheirMessageIds() throws Exception {
    try (SmtpConnection connection = SmtpConnection.shared(sender, true)) {
      connection.send(mail("head@rectify.local", "<a.reminder@rectify.local>"));
      connection.send(mail("leader@rectify.local", "<b.reminder@rectify.local>"));
      assertThat(connection.connections()).isEqualTo(1);
    }
    assertThat(relay.accepted()).hasValue(1);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(SmtpConnectionTest::messageId))
        .containsExactly("<a.reminder@rectify.local>", "<b.reminder@rectify.local>");
  }

  @Test
  void switchedOffEveryMailHasItsOwnConnectionAsBefore() throws Exception {
    try (SmtpConnection connection = SmtpConnection.shared(sender, false)) {
      connection.send(mail("head@rectify.local", "<c.reminder@rectify.local>"));
      connection.send(mail("leader@rectify.local", "<d.reminder@rectify.local>"));
    }
    assertThat(relay.accepted()).hasValue(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void aFailedSendDropsTheConnectionAndTheNextMailConnectsAfresh() throws Exception {
    try (SmtpConnection connection = SmtpConnection.shared(sender, true)) {
      connection.send(mail("head@rectify.local", "<e.reminder@rectify.local>"));
      smtp.stop();
      assertThatThrownBy(
              () -> connection.send(mail("leader@rectify.local", "<f.reminder@rectify.local>")))
          .isInstanceOf(MessagingException.class);
      smtp.start();
      connection.send(mail("leader@rectify.local", "<f.reminder@rectify.local>"));
      assertThat(connection.connections()).isEqualTo(2);
    }
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(SmtpConnectionTest::messageId))
        .contains("<f.reminder@rectify.local>")
        .doesNotHaveDuplicates();
  }

  @Test
  void nothingSentOpensNoConnection() {
    try (SmtpConnection connection = SmtpConnection.shared(sender, true)) {
      assertThat(connection.connections()).isZero();
    }
    assertThat(relay.accepted()).hasValue(0);
  }

  private MimeMessage mail(String to, String messageId) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    message.setHeader("Message-ID", messageId);
    message.setFrom("noreply@rectify.local");
    message.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
    message.setSubject("【已超期】M07", "UTF-8");
    message.setText("请尽快办理", "UTF-8");
    return message;
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Forwards TCP connections to the SMTP server and counts them. */
  private static final class CountingRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final AtomicInteger accepted = new AtomicInteger();

    CountingRelay(int target) throws IOException {
      this.target = target;
      this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::accept, "smtp-relay");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    AtomicInteger accepted() {
      return accepted;
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          accepted.incrementAndGet();
          try {
            Socket upstream = new Socket("127.0.0.1", target);
            pipe(client, upstream);
            pipe(upstream, client);
          } catch (IOException e) {
            client.close();
          }
        } catch (IOException e) {
          return;
        }
      }
    }

    private static void pipe(Socket from, Socket to) {
      Thread thread =
          new Thread(
              () -> {
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  in.transferTo(out);
                } catch (IOException e) {
                  // connection closed on one side
                } finally {
                  closeQuietly(from);
                  closeQuietly(to);
                }
              },
              "smtp-relay-pipe");
      thread.setDaemon(true);
      thread.start();
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
