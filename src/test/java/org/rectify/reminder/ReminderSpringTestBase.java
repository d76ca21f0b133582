package org.rectify.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for the reminder tests (shared through this base: same configuration, same
 * dynamic properties): GreenMail on a free port as the SMTP server, the contract's example process
 * deployed from src/test/resources/reminder, the engine clock moved per test, jobs executed
 * explicitly.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "rectify.base-url=http://localhost:${local.server.port}")
@ActiveProfiles("test")
abstract class ReminderSpringTestBase {

  static final int SMTP_PORT = freePort();
  static final String PROCESS = "reminder-contract-example";

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired SentReminderLedger ledger;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void deployContractExample() {
    repositoryService
        .createDeployment()
        .name("reminder-contract-example")
        .enableDuplicateFiltering(false)
        .addClasspathResource("reminder/reminder-contract-example.bpmn")
        .deploy();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .list()
        .forEach(
            instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  @AfterAll
  static void releaseAssertEngine() {
    BpmnAwareTests.reset();
  }

  String start(String department, Date due) {
    return runtimeService
        .startProcessInstanceByKey(
            PROCESS,
            "M07",
            Map.of(
                "department",
                department,
                "dueDate",
                due,
                "businessNumber",
                "M07",
                "businessTitle",
                "占道经营整治不到位",
                "departmentName",
                "园林绿化科"))
        .getId();
  }

  void execute(String pi, String activityId) {
    managementService.executeJob(job(pi, activityId).getId());
  }

  Job job(String pi, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(pi)
        .activityId(activityId)
        .singleResult();
  }

  void runDueJobs(String pi) {
    List<Job> due;
    while (!(due = managementService.createJobQuery().processInstanceId(pi).executable().list())
        .isEmpty()) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  void createUser(String id, String email, String group) {
    User user = identityService.newUser(id);
    user.setFirstName("测");
    user.setLastName("试");
    user.setEmail(email);
    identityService.saveUser(user);
    identityService.createMembership(id, group);
  }

  /**
   * A reminder that cannot be mailed to anybody (the group's only member has no e-mail): starts the
   * example, fires the before-due timer at 2026-12-01 10:00 and returns the instance, whose mail
   * job will fail. Clean up with {@link #removeUnmailableGroup}.
   */
  String startUnmailableReminder(String group, String user) {
    identityService.saveGroup(identityService.newGroup(group));
    createUser(user, null, group);
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    String pi = start(group, ReminderTimesTest.at(2026, 12, 2, 23, 59));
    execute(pi, "Timer_BeforeDue");
    return pi;
  }

  void removeUnmailableGroup(String group, String user) {
    identityService.deleteUser(user);
    identityService.deleteGroup(group);
  }

  static List<String> recipients(MimeMessage[] mails) {
    return Arrays.stream(mails)
        .map(
            mail -> {
              try {
                return ((jakarta.mail.internet.InternetAddress)
                        mail.getRecipients(Message.RecipientType.TO)[0])
                    .getAddress();
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  static int freePort() {
    try {
      return ReminderConfigurationValidationTest.freePort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
