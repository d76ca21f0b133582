package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rule "renewal goes to the decision meeting 2 months before expiry" reaching people by itself:
 * a contract registered one day inside the 2-month window, with the job executor running as in
 * production and a real SMTP server, produces a Chinese reminder naming the contract for the owning
 * department within a minute, exactly once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@DirtiesContext // its job executor runs: close the context after the class instead of caching it
class ContractReminderMailTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  @Test
  void renewalReminderReachesTheOwningDepartmentOnceWithinAMinute() throws Exception {
    String number = "HT-MAIL-001";
    LocalDate today = LocalDate.now();
    HttpResponse<String> created =
        new HttpTestClient(port)
            .post(
                "/api/contracts",
                ContractApiTest.contract(
                    number,
                    "91440310MA5G00137P",
                    "sanitation",
                    "880000.00",
                    today.minusYears(1),
                    today.plusMonths(2).minusDays(1)),
                "office1",
                "demo");
    assertThat(created.statusCode()).isEqualTo(201);

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<MimeMessage> aboutContract = List.of();
    while (aboutContract.isEmpty() && System.nanoTime() < deadline) {
      smtp.waitForIncomingEmail(2_000, 1);
      aboutContract = mailsAbout(number);
    }
    assertThat(aboutContract).as("a reminder about %s within a minute", number).isNotEmpty();

    // let the job executor finish whatever else is due, then count: one mail per person and
    // reminder
    long quiet = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < quiet
        && managementService.createJobQuery().executable().count() > 0) {
      TimeUnit.MILLISECONDS.sleep(500);
    }
    List<MimeMessage> all = mailsAbout(number);
    List<String> recipientsAndSubjects =
        all.stream().map(ContractReminderMailTest::recipientAndSubject).toList();
    assertThat(recipientsAndSubjects).doesNotHaveDuplicates();
    assertThat(all.stream().map(ContractReminderMailTest::recipients).flatMap(List::stream))
        .contains("sanitation1@rectify.local");
    // registered one day after its renewal deadline: the renewal reminder says so, never 即将到期
    assertThat(all)
        .filteredOn(m -> recipients(m).contains("sanitation1@rectify.local"))
        .allSatisfy(m -> assertThat(subject(m)).startsWith("【已超期】"));
    MimeMessage first = all.get(0);
    assertThat(first.getSubject()).contains(number);
    assertThat(GreenMailUtil.getBody(first)).isNotBlank();
  }

  private List<MimeMessage> mailsAbout(String number) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(number))
        .toList();
  }

  private static String recipientAndSubject(MimeMessage message) {
    return recipients(message) + "|" + subject(message);
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(a -> a.toString().replaceAll(".*<([^>]+)>.*", "$1"))
          .toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
