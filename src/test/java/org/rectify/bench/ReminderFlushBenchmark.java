package org.rectify.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many reminders due at once on one node: {@code bench.reminders} measures in their implementation phase whose
 * "overdue" timer (Timer_Overdue) falls due at the same moment, with the job executor as configured, mails going
 * to a GreenMail SMTP sink. Each reminder is two jobs (timer, then the asynchronous mail task) and one mail to the
 * department head and one to the responsible leader. Figure: seconds from the due moment until every mail arrived.
 */
final class ReminderFlushBenchmark {

  private final int reminders;

  ReminderFlushBenchmark(int reminders) {
    this.reminders = reminders;
  }

  void run(Variant variant) throws Exception {
    String db = "rectify_bench_reminders_" + variant.name().replace('-', '_');
    Database database = Database.PG;
    int port = freePort();
    GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    sink.start();
    List<String> properties = new ArrayList<>(database.springProperties(database.create(db)));
    properties.addAll(List.of("camunda.bpm.job-execution.enabled=true", "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + port));
    properties.addAll(variant.properties());
    try (RectifyApp app = new RectifyApp("reminders", properties)) {
      JdbcClient jdbc = app.context().getBean(JdbcClient.class);
      people(app.engine().getIdentityService());
      long prepare = System.nanoTime();
      String instanceId = app.startAtProgress(HappyPath.DEPARTMENT);
      OpenTaskCloner cloner = new OpenTaskCloner(jdbc);
      cloner.clone(instanceId, "r", reminders - 1);
      cloner.analyze();
      Report.line("== reminder flush: %d measures prepared in %.0f s, job executor as configured [%s]", reminders,
          (System.nanoTime() - prepare) / 1e9, variant.name());
      long start = System.nanoTime();
      int due = jdbc.sql("update act_ru_job set duedate_ = now() - interval '1 second' where job_def_id_ in"
          + " (select id_ from act_ru_jobdef where act_id_ = 'Timer_Overdue')").update();
      int expected = 2 * due;
      double first = Double.NaN;
      int received = 0;
      double cap = Integer.getInteger("bench.reminders.cap", 1800) * 1e9;
      while (received < expected && System.nanoTime() - start < cap) {
        Thread.sleep(1000);
        received = sink.getReceivedMessages().length;
        if (received > 0 && Double.isNaN(first)) {
          first = (System.nanoTime() - start) / 1e9;
        }
      }
      double total = (System.nanoTime() - start) / 1e9;
      Report.line("  %d reminders due at once → %d of %d mails in %.1f s (first after %.1f s), %.1f reminders/s",
          due, received, expected, total, first, received / 2.0 / total);
      Report.bench("reminders." + variant.name() + ".flush_" + due + "_s", total, "s");
      Report.bench("reminders." + variant.name() + ".first_mail_s", first, "s");
      Report.bench("reminders." + variant.name() + ".reminders_per_s", received / 2.0 / total, "reminders/s");
    } finally {
      sink.stop();
      database.drop(db);
    }
  }

  private static void people(IdentityService identity) {
    for (String id : List.of(HappyPath.HEAD, HappyPath.LEADER)) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("基准");
      user.setEmail(id + "@rectify.local");
      identity.saveUser(user);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
