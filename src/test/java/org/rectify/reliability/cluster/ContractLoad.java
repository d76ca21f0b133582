package org.rectify.reliability.cluster;

import static org.rectify.reliability.cluster.RectifyClient.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.rectify.supplier.CreditCode;

/**
 * Registers contracts through {@code POST /api/contracts} from a few client threads, the way the
 * office's clerks would, and keeps trying when a node or the database is away: a 5xx or a refused
 * connection is retried (on any live node); "already registered" after a retry means an earlier
 * attempt got through.
 */
final class ContractLoad {

  private static final String CONTRACTOR = "可靠性测试保洁有限公司";
  static final String CREDIT_CODE = creditCode("91110105MA01RLT7X");

  private final RectifyClient client;
  private final Supplier<List<ClusterNode>> nodes;
  private final AtomicInteger registered = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();

  ContractLoad(RectifyClient client, Supplier<List<ClusterNode>> nodes) {
    this.client = client;
    this.nodes = nodes;
  }

  int registered() {
    return registered.get();
  }

  int retries() {
    return retries.get();
  }

  /** Registers all numbers (4 client threads) and returns when every one is in the register. */
  void register(List<String> numbers, String department, LocalDate endsOn)
      throws InterruptedException {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < numbers.size(); i++) {
        String number = numbers.get(i);
        int index = i;
        futures.add(clients.submit(() -> registerOne(number, department, endsOn, index)));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("registration failed", e.getCause());
        }
      }
    } finally {
      clients.shutdown();
      clients.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private Void registerOne(String number, String department, LocalDate endsOn, int index)
      throws InterruptedException {
    Object body =
        json(
            "number",
            number,
            "title",
            "可靠性测试合同 " + number,
            "contractor",
            CONTRACTOR,
            "contractorCreditCode",
            CREDIT_CODE,
            "department",
            department,
            "category",
            "cleaning",
            "amount",
            120000,
            "startsOn",
            endsOn.minusYears(1).toString(),
            "endsOn",
            endsOn.toString(),
            "tenderRequired",
            false,
            "signed",
            true,
            "legalOpinionRef",
            "法意〔2024〕88号",
            "signedOn",
            "2024-06-28");
    String lastProblem = "";
    for (int attempt = 0; attempt < 180; attempt++) {
      List<ClusterNode> live = nodes.get();
      ClusterNode node = live.get((index + attempt) % live.size());
      try {
        RectifyClient.Response response = client.post(node, "/api/contracts", body);
        if (response.status() == 201) {
          registered.incrementAndGet();
          return null;
        }
        if (response.status() == 400 && attempt > 0 && response.raw().contains("已登记")) {
          registered.incrementAndGet();
          return null;
        }
        if (response.status() == 400) {
          throw new IllegalStateException(number + " refused: " + response.raw());
        }
        lastProblem = "HTTP " + response.status();
      } catch (IOException e) {
        lastProblem = e.toString();
      }
      retries.incrementAndGet();
      Thread.sleep(1000);
    }
    throw new IllegalStateException(number + " could not be registered: " + lastProblem);
  }

  /**
   * A valid unified social credit code (GB 32100-2015) from 17 characters: the checksum character
   * appended.
   */
  private static String creditCode(String first17) {
    for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      if (CreditCode.isValid(first17 + check)) {
        return first17 + check;
      }
    }
    throw new IllegalStateException("no checksum for " + first17);
  }
}
