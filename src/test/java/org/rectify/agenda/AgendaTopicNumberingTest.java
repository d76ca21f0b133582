package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Topic numbers under concurrency: the demo's contracts registered their renewal topics on several
 * job-executor threads at once and two of them took YT-2026-0001 (counting the existing topics).
 * The counter row serialises them: a registration that has taken a number holds it until it
 * commits, the next one gets the following number.
 */
@SpringBootTest
@ActiveProfiles("test")
class AgendaTopicNumberingTest {

  @Autowired AgendaTopicRepository topics;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void consecutiveNumbersPerYear() {
    String first = topics.nextNumber(2031);
    String second = topics.nextNumber(2031);
    assertThat(first).isEqualTo("YT-2031-0001");
    assertThat(second).isEqualTo("YT-2031-0002");
    assertThat(topics.nextNumber(2032)).isEqualTo("YT-2032-0001");
  }

  @Test
  void twoRegistrationsAtOnceNeverShareANumber() throws Exception {
    topics.nextNumber(2033);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    CountDownLatch firstHasNumber = new CountDownLatch(1);
    CountDownLatch secondMayCommit = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                transaction.execute(
                    status -> {
                      String number = topics.nextNumber(2033);
                      firstHasNumber.countDown();
                      await(secondMayCommit);
                      return number;
                    }));
    assertThat(firstHasNumber.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(() -> transaction.execute(status -> topics.nextNumber(2033)));
    TimeUnit.MILLISECONDS.sleep(300);
    assertThat(second).as("waits for the first registration's transaction").isNotDone();
    secondMayCommit.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("YT-2033-0002");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("YT-2033-0003");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
