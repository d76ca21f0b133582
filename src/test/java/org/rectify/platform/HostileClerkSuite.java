package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.rectify.HttpTestClient;
import org.rectify.organization.AccessMatrix;
import org.rectify.organization.AccessMatrix.Row;
import org.rectify.organization.AccessMatrix.Scope;
import org.rectify.organization.OrganizationGroups;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The hostile-clerk suite, generated from the product's own inventories rather than a hand-picked
 * list, run against a running Rectify (the embedded default or the {@code postgres} profile):
 *
 * <ol>
 *   <li><b>Rectify's endpoints</b>: every request mapping of the application × one user of every
 *       group, one without a group and no login at all, read and write. Each mapping must have its
 *       row in {@link AccessMatrix} (else the suite fails: a new endpoint without a rule has no
 *       probe); whoever the row does not admit must be refused (401/403), and whoever reaches only
 *       his department's records must not see another department's;
 *   <li><b>every user task</b> of every deployed process (read from the models): an instance is
 *       placed at the task and its holder submits an undeclared field, a routing field, an Object
 *       variable, and a clerk of another department tries to complete it — all refused, the task
 *       still open, its routing unchanged;
 *   <li><b>the engine's REST API</b>: every read resource of Camunda's REST API (from its JAX-RS
 *       inventory) as a department clerk, before and after records he may not see were created (a
 *       spot check, another department's measure): nothing about them may reach him.
 * </ol>
 *
 * It prints {@code HOSTILE probes=N refused=N leaked=0 executed=0 rerouted=0}.
 */
final class HostileClerkSuite {

  /** The suite's user of a group (Camunda user ids are letters and digits). */
  static String userOf(String group) {
    String plain = group.replace("-", "");
    return "hostile" + Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
  }

  static final String PASSWORD = "Hx9!kP2#vLq7-w";
  static final String OWNER = OrganizationGroups.SANITATION;
  static final String OUTSIDER = userOf(OrganizationGroups.GREENING);
  private static final String NOBODY = "hostileNobody";
  private static final String ADMIN = userOf(OrganizationGroups.CAMUNDA_ADMIN);

  /** Spring Boot's own error page: not an endpoint of Rectify's (no data, rendered for errors). */
  private static final Set<String> INFRASTRUCTURE = Set.of("/error");

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

  private final ApplicationContext app;
  private final ProcessEngine engine;
  private final HttpTestClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  private final Map<String, Set<String>> usersGroups = new LinkedHashMap<>();
  private final Map<String, String> samples = new LinkedHashMap<>();
  private final Set<String> foreignMarkers = new LinkedHashSet<>();
  private final List<String> failures = new ArrayList<>();

  private int probes;
  private int refused;
  private int leaked;
  private int executed;
  private int rerouted;

  HostileClerkSuite(ApplicationContext app, int port) {
    this.app = app;
    this.engine = app.getBean(ProcessEngine.class);
    this.http = new HttpTestClient(port);
  }

  /** Runs the three parts and returns the summary line; fails with every finding listed. */
  String run() throws Exception {
    createUsers();
    createRecords();
    probeEndpoints();
    probeUserTasks();
    probeEngineRest();
    String line =
        "HOSTILE probes=%d refused=%d leaked=%d executed=%d rerouted=%d"
            .formatted(probes, refused, leaked, executed, rerouted);
    System.out.println(line);
    assertThat(failures).as(line).isEmpty();
    assertThat(probes).isGreaterThan(500);
    return line;
  }

  // ---------------------------------------------------------------- people and records

  private void createUsers() {
    IdentityService identity = engine.getIdentityService();
    List<String> groups =
        new ArrayList<>(OrganizationGroups.ALL.stream().map(g -> g.id()).toList());
    groups.add(OrganizationGroups.CAMUNDA_ADMIN);
    for (String group : groups) {
      user(identity, userOf(group), Set.of(group));
    }
    user(identity, NOBODY, Set.of());
  }

  private void user(IdentityService identity, String id, Set<String> groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("测试");
      user.setLastName("人员");
      user.setEmail(id + "@hostile.test");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(id, group);
      }
    }
    usersGroups.put(id, groups);
  }

  /**
   * Records of the owner department (sanitation) for the path variables and the marker checks, made
   * the way users make them: through the API.
   */
  private void createRecords() throws Exception {
    // the directory: a head and a responsible leader the task probes can log in as
    for (String department : List.of(OWNER, OrganizationGroups.SUPERVISION)) {
      expect(
          http.put(
              "/api/departments/" + department,
              "{\"headUserId\": \"%s\", \"leaderUserId\": \"%s\"}"
                  .formatted(userOf(department), userOf("leaders")),
              ADMIN,
              PASSWORD),
          200);
    }
    LocalDate today = LocalDate.now();
    JsonNode plan =
        json.readTree(
            expect(
                    http.post(
                        "/api/plans",
                        """
                        {"title": "探测用整改方案%s", "inspectionGroup": "区委第五巡察组", "inspectedBody": "城市管理局党组",
                         "feedbackDate": "%s", "declaredMeasureCount": 1,
                         "phase1Start": "%s", "phase1End": "%s", "phase2Start": "%s", "phase2End": "%s",
                         "phase3Start": "%s", "phase3End": "%s",
                         "aspects": [{"heading": "加强合同管理", "problems": ["合同续签不规范"]}]}"""
                            .formatted(
                                run,
                                today,
                                today,
                                today.plusDays(60),
                                today.plusDays(61),
                                today.plusDays(200),
                                today.plusDays(201),
                                today.plusDays(400)),
                        userOf("rectOffice"),
                        PASSWORD),
                    201)
                .body());
    samples.put("plan", plan.get("id").asText());
    // a plan's measures start once the Party group has issued it (the plan's own process, not
    // probed here): the probes take the plan as issued
    app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .update("update rect_plan set status = 'RUNNING' where id = ?", plan.get("id").asLong());
    String measure = measure(plan.get("id").asLong(), "环卫作业外包合同全面清理");
    samples.put("code", measure);
    String file = "环卫佐证" + run + ".pdf";
    JsonNode attachment =
        json.readTree(
            expect(upload("/api/measures/" + measure + "/attachments", file, userOf(OWNER)), 201)
                .body());
    samples.put("attachment", attachment.get("id").asText());
    foreignMarkers.add(file);

    String contract = "HT-HOSTILE-" + run;
    expect(http.post("/api/contracts", contract(contract, OWNER), userOf(OWNER), PASSWORD), 201);
    samples.put("contract", contract);
    foreignMarkers.add(contract);

    JsonNode topic =
        json.readTree(
            expect(
                    http.post("/api/agenda-topics", agendaTopic(OWNER), userOf(OWNER), PASSWORD),
                    201)
                .body());
    samples.put("topic", topic.get("number").asText());
    foreignMarkers.add(topic.get("number").asText());

    JsonNode meeting =
        json.readTree(
            expect(
                    http.post(
                        "/api/meetings",
                        """
                        {"meetingType": "BUREAU_AFFAIRS", "meetingDate": "%s", "title": "局务会（探测%s）",
                         "chair": "%s", "minutesRef": "局务会纪要〔%s〕1号", "topics": []}"""
                            .formatted(today.minusDays(3), run, userOf("partySecretary"), run),
                        userOf("office"),
                        PASSWORD),
                    201)
                .body());
    samples.put("meeting", meeting.get("id").asText());
    foreignMarkers.add("局务会（探测" + run + "）");

    JsonNode check =
        json.readTree(
            expect(
                    http.post(
                        "/api/spot-checks",
                        ("{\"checkType\":\"WORK_DISCIPLINE\",\"plannedFrom\":\"%s\",\"plannedTo\":\"%s\","
                                + "\"targets\":\"环卫科\"}")
                            .formatted(today.plusDays(2), today.plusDays(9)),
                        userOf("supervision"),
                        PASSWORD),
                    201)
                .body());
    samples.put("check", check.get("number").asText());
    foreignMarkers.add(check.get("number").asText());

    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(measure)
            .list()
            .stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("措施 " + measure + " 没有待办任务"));
    samples.put("task", task.getId());
    samples.put("instance", task.getProcessInstanceId());
  }

  private String measure(long plan, String title) throws Exception {
    String body =
        """
        {"plan": %d, "problem": 1, "title": "%s%s", "department": "%s", "phase": 1,
         "dueDate": "%s"}"""
            .formatted(plan, title, run, OWNER, LocalDate.now().plusDays(50));
    String code =
        json.readTree(expect(http.post("/api/measures", body, ADMIN, PASSWORD), 201).body())
            .get("code")
            .asText();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).count())
        .as("措施 %s 已开始办理", code)
        .isPositive();
    return code;
  }

  static String contract(String number, String department) {
    LocalDate today = LocalDate.now();
    return """
        {"number": "%s", "title": "道路清扫保洁服务", "contractor": "深圳市洁净环境服务有限公司",
         "contractorCreditCode": "91440310MA5G00137P", "department": "%s", "category": "cleaning", "amount": 180000,
         "startsOn": "%s", "endsOn": "%s", "tenderRequired": false,
         "signed": true, "legalOpinionRef": "法意〔2024〕88号", "signedOn": "2024-06-28"}"""
        .formatted(number, department, today.minusDays(300), today.plusDays(40));
  }

  static String agendaTopic(String department) {
    String quote =
        """
        {"supplier": "%s", "price": 280000, "executionPlan": "分批维修", "expectedEffect": "车辆完好率95%%",
         "qualification": "二类维修资质", "registrationCheckedOn": "2026-11-20", "registrationCheckResult": "存续"}""";
    return """
        {"title": "环卫车辆维修服务", "type": "PRICE_COMPARISON", "department": "%s", "category": "vehicleRepair",
         "amount": 280000, "tripleOneMajor": false, "quotes": [%s, %s, %s]}"""
        .formatted(
            department, quote.formatted("甲维修厂"), quote.formatted("乙维修厂"), quote.formatted("丙维修厂"));
  }

  // ---------------------------------------------------------------- part 1: Rectify's endpoints

  private void probeEndpoints() throws Exception {
    AccessMatrix matrix = app.getBean(AccessMatrix.class);
    RequestMappingHandlerMapping mappings =
        app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    int endpoints = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (INFRASTRUCTURE.contains(pattern)) {
          continue;
        }
        Set<org.springframework.web.bind.annotation.RequestMethod> methods =
            mapping.getKey().getMethodsCondition().getMethods();
        for (var method : methods) {
          Row row =
              matrix.rows().stream()
                  .filter(r -> r.pattern().equals(pattern))
                  .filter(r -> r.method() == null || r.method().name().equals(method.name()))
                  .findFirst()
                  .orElse(null);
          if (row == null) {
            failures.add("无访问规则（AccessMatrix 中没有这一行，无法探测）：" + method + " " + pattern);
            continue;
          }
          endpoints++;
          probeEndpoint(row, method.name(), pattern);
        }
        if (methods.isEmpty()) {
          failures.add("映射不限 HTTP 方法，访问规则无法确定：" + pattern);
        }
      }
    }
    assertThat(endpoints).as("Rectify 的接口").isGreaterThan(40);
  }

  private void probeEndpoint(Row row, String method, String pattern) throws Exception {
    String path = path(pattern);
    List<String> users = new ArrayList<>(usersGroups.keySet());
    users.add(null); // no login
    for (String user : users) {
      Set<String> groups = user == null ? Set.of() : usersGroups.get(user);
      HttpResponse<String> response = call(method, path, row, user);
      probes++;
      int status = response.statusCode();
      String what = method + " " + path + " as " + (user == null ? "anonymous" : user);
      if (!row.admits(groups, user != null)) {
        if (status == 401 || status == 403) {
          refused++;
        } else if (status / 100 == 2) {
          count(method, what + " → " + status);
        } else {
          failures.add("应拒绝却答复 " + status + "：" + what);
        }
        continue;
      }
      if (status >= 500) {
        failures.add("服务器错误 " + status + "：" + what + " " + abbreviate(response.body()));
        continue;
      }
      boolean foreign =
          (row.scope() == Scope.OWN_DEPARTMENT && !row.reachesAllRecords(groups))
              || (row.scope() == Scope.RULE && OUTSIDER.equals(user));
      if (foreign && !groups.contains(OWNER)) {
        boolean record = pattern.contains("{");
        if (status == 403 || status == 404) {
          refused++;
        } else if (status / 100 == 2
            && (record || foreignMarkers.stream().anyMatch(response.body()::contains))) {
          count(method, what + " → " + status + " " + abbreviate(response.body()));
        }
      }
    }
  }

  private void count(String method, String finding) {
    if (method.equals("GET")) {
      leaked++;
      failures.add("泄露：" + finding);
    } else {
      executed++;
      failures.add("越权执行：" + finding);
    }
  }

  /** The pattern with the owner department's records in its variables. */
  private String path(String pattern) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "code" -> samples.get("code");
            case "taskId" -> samples.get("task");
            case "instanceId" -> samples.get("instance");
            case "index" -> "0";
            case "number" ->
                pattern.startsWith("/api/contracts")
                    ? samples.get("contract")
                    : pattern.startsWith("/api/agenda-topics")
                        ? samples.get("topic")
                        : samples.get("check");
            case "id" ->
                pattern.startsWith("/api/plans")
                    ? samples.get("plan")
                    : pattern.startsWith("/api/meetings")
                        ? samples.get("meeting")
                        : pattern.startsWith("/api/departments")
                            ? OWNER
                            : pattern.contains("/attachments/")
                                ? samples.get("attachment")
                                : "999999";
            default -> null;
          };
      if (value == null) {
        failures.add("路径变量没有探测值：" + m.group(1) + " in " + pattern);
        value = "x";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
    }
    m.appendTail(out);
    return out.toString().replace("/**", "/dashboard.html");
  }

  private HttpResponse<String> call(String method, String path, Row row, String user)
      throws Exception {
    String password = user == null ? null : PASSWORD;
    if (method.equals("GET")) {
      return http.get(path, user, password);
    }
    if (path.endsWith("/attachments")) {
      return upload(path, "探测" + run + ".pdf", user);
    }
    String body = body(row, user);
    return method.equals("PUT")
        ? http.put(path, body, user, password)
        : http.post(path, body, user, password);
  }

  /**
   * A write carries the owner department's ids where the record rule looks at them, else an empty
   * object (refused or answered 400 by those admitted).
   */
  private String body(Row row, String user) {
    if (row.pattern().equals("/api/contracts")) {
      return contract("HT-P-" + run + "-" + Math.abs((user + "").hashCode() % 100000), OWNER);
    }
    if (row.pattern().equals("/api/agenda-topics")) {
      return agendaTopic(OWNER);
    }
    if (row.pattern().endsWith("/quotes")) {
      return "[]";
    }
    return "{}";
  }

  private HttpResponse<String> upload(String path, String fileName, String user) {
    String boundary = "----hostile" + run;
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--"
            + boundary
            + "--\r\n";
    HttpRequest.Builder request =
        http.builder(path, user, user == null ? null : PASSWORD)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return http.send(request);
  }

  // ---------------------------------------------------------------- part 2: every user task

  private static final Map<String, Object> ROUTING =
      Map.ofEntries(
          Map.entry("department", OWNER),
          Map.entry("assessorGroup", OWNER),
          Map.entry("dueDate", new Date(System.currentTimeMillis() + 30L * 86_400_000)),
          Map.entry("endsOn", new Date(System.currentTimeMillis() + 60L * 86_400_000)),
          Map.entry("renewalDeadline", new Date(System.currentTimeMillis() + 20L * 86_400_000)),
          Map.entry("tenderDeadline", new Date(System.currentTimeMillis() + 20L * 86_400_000)),
          Map.entry("topicType", "PRICE_COMPARISON"),
          Map.entry("assessmentCycle", "0 0 9 1 1/3 ?"),
          Map.entry("reviewCycle", "R/P14D"),
          Map.entry("meetingDate", java.time.LocalDate.now().plusDays(20).toString()),
          // a measure's progress report is due by its plan phase's cadence, found by its code
          Map.entry("businessNumber", "HOSTILE-MEASURE"));

  private void probeUserTasks() throws Exception {
    int tasks = 0;
    for (ProcessDefinition definition :
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model =
          engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        tasks++;
        probeUserTask(definition, userTask);
      }
    }
    assertThat(tasks).as("用户任务").isGreaterThan(40);
  }

  private void probeUserTask(ProcessDefinition definition, UserTask userTask) throws Exception {
    String name = definition.getKey() + "/" + userTask.getId();
    ProcessInstance instance;
    try {
      instance =
          engine
              .getRuntimeService()
              .createProcessInstanceById(definition.getId())
              .businessKey("HOSTILE-" + run)
              .setVariables(ROUTING)
              .startBeforeActivity(userTask.getId())
              .execute(true, true);
    } catch (RuntimeException e) {
      failures.add("用户任务无法探测（无法建立任务）：" + name + "：" + e.getMessage());
      return;
    }
    try {
      Task task =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(instance.getId())
              .taskDefinitionKey(userTask.getId())
              .singleResult();
      if (task == null) {
        failures.add("用户任务无法探测（任务未建立）：" + name);
        return;
      }
      String holder = holder(task);
      if (holder == null) {
        failures.add("用户任务无法探测（没有办理人或候选组的测试用户）：" + name);
        return;
      }
      String base = "/engine-rest/task/" + task.getId();
      Map<String, Object> before = engine.getRuntimeService().getVariables(instance.getId());
      submit(name, task, before, holder, base + "/submit-form", variable("hostileUndeclared", "x"));
      submit(name, task, before, holder, base + "/complete", variable("department", "greening"));
      submit(name, task, before, holder, base + "/submit-form", variable("assignee", OUTSIDER));
      submit(
          name,
          task,
          before,
          holder,
          base + "/complete",
          "{\"variables\": {\"hostileObject\": {\"type\": \"Object\", \"value\": \"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0\","
              + " \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\","
              + " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}");
      if (!usersGroups.get(holder).contains(OrganizationGroups.GREENING)) {
        submit(name, task, before, OUTSIDER, base + "/complete", "{\"variables\": {}}");
      }
    } finally {
      if (engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceId(instance.getId())
              .count()
          > 0) {
        // started with listeners and I/O mappings skipped (startBeforeActivity above): ended the
        // same way
        engine
            .getRuntimeService()
            .deleteProcessInstance(instance.getId(), "探测结束", true, true, true);
      }
    }
  }

  /** The hostile user who holds the task: its assignee, or a clerk of a candidate group. */
  private String holder(Task task) {
    if (task.getAssignee() != null) {
      return usersGroups.containsKey(task.getAssignee()) ? task.getAssignee() : null;
    }
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null && usersGroups.containsKey(userOf(link.getGroupId()))) {
        return userOf(link.getGroupId());
      }
      if (link.getUserId() != null && usersGroups.containsKey(link.getUserId())) {
        return link.getUserId();
      }
    }
    return null;
  }

  private static String variable(String name, String value) {
    return "{\"variables\": {\"%s\": {\"value\": \"%s\", \"type\": \"String\"}}}"
        .formatted(name, value);
  }

  private void submit(
      String name, Task task, Map<String, Object> before, String user, String path, String body) {
    probes++;
    HttpResponse<String> response = http.post(path, body, user, PASSWORD);
    String what = name + " " + path.substring(path.lastIndexOf('/')) + " as " + user + " " + body;
    boolean open = engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1;
    Map<String, Object> after =
        open ? engine.getRuntimeService().getVariables(task.getProcessInstanceId()) : Map.of();
    if (!open) {
      executed++;
      failures.add("越权办结：" + what + " → " + response.statusCode());
    } else if (!after.equals(before)) {
      rerouted++;
      failures.add("变量被改写：" + what + " → " + diff(before, after));
    } else if (response.statusCode() / 100 == 2) {
      executed++;
      failures.add("应拒绝却接受：" + what);
    } else if (response.statusCode() >= 500) {
      failures.add(
          "服务器错误 " + response.statusCode() + "：" + what + " " + abbreviate(response.body()));
    } else {
      refused++;
    }
  }

  private static String diff(Map<String, Object> before, Map<String, Object> after) {
    Set<String> changed = new TreeSet<>();
    for (String key : after.keySet()) {
      if (!java.util.Objects.equals(before.get(key), after.get(key))) {
        changed.add(key);
      }
    }
    return changed.toString();
  }

  // ---------------------------------------------------------------- part 3: the engine's REST API

  private void probeEngineRest() throws Exception {
    List<String> endpoints = new ArrayList<>();
    Set<String> roots = new TreeSet<>();
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      Path root = AnnotatedElementUtils.findMergedAnnotation(resource, Path.class);
      if (root == null || root.value().contains("{")) {
        continue; // the same resources again under /engine/{name}
      }
      String prefix = root.value().equals("/") ? "" : root.value();
      for (Method locator : resource.getMethods()) {
        Path sub = AnnotatedElementUtils.findMergedAnnotation(locator, Path.class);
        if (prefix.isEmpty() && sub != null) {
          roots.add("/" + sub.value().replaceAll("^/", "").split("/")[0]);
        }
      }
      if (!prefix.isEmpty()) {
        roots.add(prefix);
      }
      collect(resource, prefix, endpoints, 0);
    }
    Set<String> probedRoots = new TreeSet<>();
    Map<String, HttpResponse<String>> before = new LinkedHashMap<>();
    for (String endpoint : endpoints) {
      before.put(endpoint, http.get("/engine-rest" + endpoint, OUTSIDER, PASSWORD));
    }
    List<String> canaries = canaries();
    for (String endpoint : endpoints) {
      probes++;
      HttpResponse<String> after = http.get("/engine-rest" + endpoint, OUTSIDER, PASSWORD);
      HttpResponse<String> earlier = before.get(endpoint);
      probedRoots.add("/" + endpoint.split("/")[1]);
      String body = after.body();
      boolean names = canaries.stream().anyMatch(body::contains);
      boolean changed =
          after.statusCode() / 100 == 2
              && (earlier.statusCode() != after.statusCode() || !earlier.body().equals(body));
      if (names || changed) {
        leaked++;
        failures.add(
            "引擎接口泄露：GET /engine-rest"
                + endpoint
                + " 在他人记录建立前后答复不同："
                + abbreviate(earlier.body())
                + " → "
                + abbreviate(body));
      } else {
        refused++;
      }
    }
    probeEngineWrites(canaries);
    Set<String> missing = new TreeSet<>(roots);
    missing.removeAll(probedRoots);
    missing.removeAll(ENGINE_ROOTS_WITHOUT_READS);
    if (!missing.isEmpty()) {
      failures.add("引擎接口没有探测：" + missing);
    }
  }

  /**
   * Every change the engine's REST API offers on a task, a process instance or an execution (its
   * JAX-RS inventory), sent by the outsider on another department's canary measure: each must be
   * refused and leave the task open and unassigned, the instance active, its variables unchanged.
   */
  private void probeEngineWrites(List<String> canaries) throws Exception {
    String instanceId = canaries.get(canaries.size() - 1);
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list().get(0);
    Map<String, String> idOf =
        Map.of("/task", task.getId(), "/process-instance", instanceId, "/execution", instanceId);
    List<String[]> writes = new ArrayList<>();
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      for (Method locator : resource.getMethods()) {
        Path sub = AnnotatedElementUtils.findMergedAnnotation(locator, Path.class);
        if (sub != null && idOf.containsKey(sub.value()) && isHttpLess(locator)) {
          collectWrites(locator.getReturnType(), sub.value(), idOf.get(sub.value()), writes, 0);
        }
      }
    }
    assertThat(writes)
        .as("引擎写接口 %s", writes.stream().map(w -> w[0] + " " + w[1]).toList())
        .hasSizeGreaterThan(20);
    Map<String, Object> variables = engine.getRuntimeService().getVariables(instanceId);
    int links = engine.getTaskService().getIdentityLinksForTask(task.getId()).size();
    for (String[] write : writes) {
      probes++;
      HttpRequest.Builder request = http.builder("/engine-rest" + write[1], OUTSIDER, PASSWORD);
      request.header("Content-Type", "application/json");
      request.method(
          write[0],
          write[0].equals("DELETE")
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString("{}"));
      HttpResponse<String> response = http.send(request);
      Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
      List<String> changes = new ArrayList<>();
      if (now == null) {
        changes.add("任务不在了");
      } else {
        if (!java.util.Objects.equals(now.getAssignee(), task.getAssignee())
            || !java.util.Objects.equals(now.getOwner(), task.getOwner())) {
          changes.add("办理人被改为 " + now.getAssignee() + "/" + now.getOwner());
        }
        if (now.isSuspended()) {
          changes.add("任务被挂起");
        }
        if (!engine.getRuntimeService().getVariables(instanceId).equals(variables)) {
          changes.add("变量被改写");
        }
        if (engine.getTaskService().getIdentityLinksForTask(task.getId()).size() != links) {
          changes.add("候选人被改");
        }
      }
      if (response.statusCode() / 100 == 2 || !changes.isEmpty()) {
        executed++;
        failures.add(
            "引擎写接口越权："
                + write[0]
                + " /engine-rest"
                + write[1]
                + " → "
                + response.statusCode()
                + " "
                + changes);
        return;
      }
      refused++;
    }
  }

  private static void collectWrites(
      Class<?> type, String prefix, String id, List<String[]> out, int depth) {
    if (depth > 3) {
      return;
    }
    for (Method method : type.getMethods()) {
      Path path = AnnotatedElementUtils.findMergedAnnotation(method, Path.class);
      String full =
          (prefix + (path == null ? "" : path.value()))
              .replace("{id}", id)
              .replace("{varName}", "department");
      String verb =
          AnnotatedElementUtils.findMergedAnnotation(method, jakarta.ws.rs.POST.class) != null
              ? "POST"
              : AnnotatedElementUtils.findMergedAnnotation(method, jakarta.ws.rs.PUT.class) != null
                  ? "PUT"
                  : AnnotatedElementUtils.findMergedAnnotation(method, jakarta.ws.rs.DELETE.class)
                          != null
                      ? "DELETE"
                      : null;
      if (full.contains("{")) {
        continue;
      }
      // changes aimed at the canary (queries sent by POST and batches have no id in their path)
      if (verb != null) {
        String target = full;
        if (full.contains(id)
            && out.stream().noneMatch(w -> w[0].equals(verb) && w[1].equals(target))) {
          out.add(new String[] {verb, full});
        }
      } else if (path != null
          && AnnotatedElementUtils.findMergedAnnotation(method, GET.class) == null) {
        collectWrites(method.getReturnType(), full, id, out, depth + 1);
      }
    }
  }

  /** Resources of the REST API without a read a clerk could send without ids. */
  private static final Set<String> ENGINE_ROOTS_WITHOUT_READS =
      Set.of("/message", "/signal", "/condition", "/migration", "/modification", "/restart");

  private void collect(Class<?> type, String prefix, List<String> out, int depth) {
    if (depth > 3) {
      return;
    }
    for (Method method : type.getMethods()) {
      Path path = AnnotatedElementUtils.findMergedAnnotation(method, Path.class);
      String full = prefix + (path == null ? "" : path.value());
      if (full.contains("{")) {
        full = substitute(full);
        if (full == null) {
          continue;
        }
      }
      boolean get = AnnotatedElementUtils.findMergedAnnotation(method, GET.class) != null;
      if (get) {
        if (!out.contains(full)) {
          out.add(full);
        }
      } else if (path != null && isHttpLess(method)) {
        collect(method.getReturnType(), full, out, depth + 1);
      }
    }
  }

  private static boolean isHttpLess(Method method) {
    for (var annotation : method.getAnnotations()) {
      if (annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class) != null) {
        return false;
      }
    }
    return AnnotatedElementUtils.findMergedAnnotation(method, jakarta.ws.rs.POST.class) == null
        && AnnotatedElementUtils.findMergedAnnotation(method, jakarta.ws.rs.PUT.class) == null
        && AnnotatedElementUtils.findMergedAnnotation(method, jakarta.ws.rs.DELETE.class) == null;
  }

  /** Path variables of the engine's read resources: the process definitions everybody may read. */
  private String substitute(String path) {
    if (path.startsWith("/process-definition/{id}")) {
      return path.replace("{id}", definitionId("spot-check"));
    }
    if (path.startsWith("/process-definition/key/{key}")) {
      return path.replace("{key}", "spot-check");
    }
    return null;
  }

  private String definitionId(String key) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult()
        .getId();
  }

  /**
   * Records the outsider may not see, created between the two rounds: a spot check and a measure of
   * the owner department. Returns what would betray them (ids, business keys).
   */
  private List<String> canaries() throws Exception {
    List<String> marks = new ArrayList<>();
    String before = samples.get("check");
    JsonNode check =
        json.readTree(
            expect(
                    http.post(
                        "/api/spot-checks",
                        ("{\"checkType\":\"WORK_DISCIPLINE\",\"plannedFrom\":\"%s\",\"plannedTo\":\"%s\","
                                + "\"targets\":\"环卫科\"}")
                            .formatted(LocalDate.now().plusDays(3), LocalDate.now().plusDays(8)),
                        userOf("supervision"),
                        PASSWORD),
                    201)
                .body());
    marks.add(check.get("number").asText());
    String code = measure(Long.parseLong(samples.get("plan")), "环卫金丝雀措施");
    marks.add(code);
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .list()
        .forEach(p -> marks.add(p.getId()));
    assertThat(before).isNotEqualTo(check.get("number").asText());
    return marks;
  }

  // ---------------------------------------------------------------- helpers

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as("%s %s", response.request().uri(), response.body())
        .isEqualTo(status);
    return response;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
