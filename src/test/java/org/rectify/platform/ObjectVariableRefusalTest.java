package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.rectify.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Code execution through a variable: a clerk stored a variable of type {@code Object} naming a Java
 * class, and reading it back built that class (a JDBC {@code DataSource} ran SQL on the server).
 * Stored from outside, such a variable is refused in Chinese before anything is stored, on every
 * way in a clerk has; one already in the database is never built when read. The {@link Canary}
 * stands for the dangerous class: it counts every instance Jackson makes of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ObjectVariableRefusalTest {

  /** A class a clerk names in {@code objectTypeName}; counts the instances built. */
  public static class Canary {
    static final AtomicInteger BUILT = new AtomicInteger();

    private String name;

    public Canary() {
      BUILT.incrementAndGet();
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /** A process of this test's own: a task for 园林绿化科; no other test counts its instances. */
  private static final String PROCESS = "object-variable-check";

  private static final String CANARY = Canary.class.getName();
  private static final String OBJECT_VALUE =
      """
      {"type": "Object", "value": "{\\"name\\": \\"x\\"}",
       "valueInfo": {"objectTypeName": "%s", "serializationDataFormat": "application/json"}}"""
          .formatted(CANARY);
  private static final String OBJECT_VARIABLES =
      "{\"variables\": {\"evil\": " + OBJECT_VALUE + "}}";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @LocalServerPort int port;

  HttpTestClient http;
  String instanceId;
  String taskId;

  @BeforeEach
  void aClaimedTaskOfGreening1() {
    http = new HttpTestClient(port);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count()
        == 0) {
      repositoryService
          .createDeployment()
          .addModelInstance(
              PROCESS + ".bpmn",
              Bpmn.createExecutableProcess(PROCESS)
                  .camundaHistoryTimeToLive(1)
                  .startEvent()
                  .userTask("UserTask_Check")
                  .name("核实整改情况")
                  .camundaCandidateGroups("greening")
                  .endEvent()
                  .done())
          .deploy();
    }
    instanceId = runtimeService.startProcessInstanceByKey(PROCESS).getId();
    taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    taskService.claim(taskId, "greening1");
    Canary.BUILT.set(0);
  }

  @Test
  void anObjectVariableIsRefusedInChineseOnEveryEngineRestWayAndNothingIsStored() {
    String task = "/engine-rest/task/" + taskId;
    String modifications = "{\"modifications\": {\"evil\": " + OBJECT_VALUE + "}}";
    assertRefused(http.post(task + "/complete", OBJECT_VARIABLES, "greening1", "demo"));
    assertRefused(http.post(task + "/submit-form", OBJECT_VARIABLES, "greening1", "demo"));
    assertRefused(http.put(task + "/variables/evil", OBJECT_VALUE, "greening1", "demo"));
    assertRefused(http.post(task + "/variables", modifications, "greening1", "demo"));
    assertRefused(http.post(task + "/localVariables", modifications, "greening1", "demo"));
    // spelled differently: lower case without details, or a simple type carrying a Java type name
    assertRefused(
        http.post(
            task + "/complete",
            "{\"variables\": {\"evil\": {\"type\": \"object\", \"value\": \"{}\"}}}",
            "greening1",
            "demo"));
    assertRefused(
        http.post(
            task + "/complete",
            "{\"variables\": {\"evil\": {\"type\": \"String\", \"value\": \"x\", \"valueInfo\":"
                + " {\"objectTypeName\": \""
                + CANARY
                + "\"}}}}",
            "greening1",
            "demo"));
    // an administrator may change an instance's variables, but not to an object either
    assertRefused(
        http.post(
            "/engine-rest/process-instance/" + instanceId + "/variables",
            modifications,
            "admin",
            "admin"));

    assertNothingStored();
    HttpResponse<String> plain = http.post(task + "/complete", "{}", "greening1", "demo");
    assertThat(plain.statusCode()).as("an ordinary completion still works").isEqualTo(204);
  }

  @Test
  void aBinaryVariableUploadIsRefused() {
    String boundary = "rectify-boundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.json\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"name\": \"x\"}\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
            + CANARY
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> response =
        http.send(
            http.builder(
                    "/engine-rest/task/" + taskId + "/variables/evil/data", "greening1", "demo")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertRefused(response);
    assertNothingStored();
  }

  @Test
  void anObjectVariableIsRefusedFromTasklistsOwnSessionToo() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("greening1", "demo")).isEqualTo(200);
    assertRefused(
        tasklist.postJson(
            "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
            OBJECT_VARIABLES,
            true));
    assertNothingStored();
  }

  /**
   * A variable of a foreign type that is already in the database (stored before this fix, or by
   * anything else) is not built when read, whether through the Java API or through REST, whose
   * default is to read values deserialized. The control shows the engine without the allow-list
   * does build it.
   */
  @Test
  void aStoredObjectVariableOfAForeignTypeIsNeverBuiltWhenRead() {
    runtimeService.setVariable(
        instanceId,
        "evil",
        Variables.serializedObjectValue("{\"name\": \"x\"}")
            .objectTypeName(CANARY)
            .serializationDataFormat("application/json")
            .create());

    assertThatThrownBy(() -> runtimeService.getVariable(instanceId, "evil"))
        .isInstanceOf(ProcessEngineException.class)
        .hasStackTraceContaining("not whitelisted");
    HttpResponse<String> rest =
        http.get(
            "/engine-rest/process-instance/" + instanceId + "/variables/evil", "admin", "admin");
    assertThat(rest.statusCode()).isNotEqualTo(200);
    http.get(
        "/engine-rest/history/variable-instance?processInstanceId=" + instanceId, "admin", "admin");
    assertThat(Canary.BUILT.get()).as("instances of the foreign class built").isZero();
    assertThat(
            http.get(
                    "/engine-rest/process-instance/"
                        + instanceId
                        + "/variables/evil?deserializeValue=false",
                    "admin",
                    "admin")
                .statusCode())
        .as("its serialized form stays readable for an administrator")
        .isEqualTo(200);

    DeserializationTypeValidator allowList = configuration.getDeserializationTypeValidator();
    configuration.setDeserializationTypeValidator(className -> true);
    try {
      assertThat(runtimeService.getVariable(instanceId, "evil")).isInstanceOf(Canary.class);
      assertThat(Canary.BUILT.get()).as("control: without the allow-list it is built").isPositive();
    } finally {
      configuration.setDeserializationTypeValidator(allowList);
    }
  }

  /** Rectify's own object variables, the single results of its decisions, are still read. */
  @Test
  void theDecisionResultsRectifyStoresAreStillRead() {
    runtimeService.setVariable(
        instanceId,
        "routing",
        Variables.objectValue(new HashMap<>(Map.of("meeting", "PARTY_GROUP")))
            .serializationDataFormat("application/json")
            .create());
    assertThat(runtimeService.getVariable(instanceId, "routing"))
        .isEqualTo(Map.of("meeting", "PARTY_GROUP"));
  }

  private void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("不接受 Java 对象（Object）或序列化数据").doesNotContain("ENGINE-");
  }

  private void assertNothingStored() {
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("task still open").isOne();
    assertThat(runtimeService.getVariable(instanceId, "evil")).isNull();
    assertThat(taskService.getVariableLocal(taskId, "evil")).isNull();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableName("evil")
                .count())
        .isZero();
    assertThat(Canary.BUILT.get()).isZero();
  }
}
