package org.rectify.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form submit carries exactly its form's fields. Completing a task ({@code complete}, {@code
 * submit-form}, {@code resolve}) or starting a process through its start form, on {@code
 * /engine-rest} and on the webapps' engine API, may set only the variables the task's (or start
 * event's) Camunda Form declares as editable, typed and constrained as the form says; the values of
 * display-only fields, which Tasklist sends back unchanged, are dropped instead of stored. Anything
 * else — a clerk moving a measure to another department or rewriting its title by completing his
 * own task — is refused in Chinese, naming the field, before the engine sees it. Writing a task's
 * variables directly is left to administrators; starting a process without a start form with
 * variables too.
 */
class FormSubmissionFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissionFilter.class);

  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+");
  private static final Pattern TASK_SUBMIT =
      Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)/?$");
  private static final Pattern TASK_VARIABLES =
      Pattern.compile("^/task/([^/]+)/(variables|localVariables)(/.*)?$");
  private static final Pattern START =
      Pattern.compile(
          "^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)/?$");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final ObjectMapper mapper = new ObjectMapper();
  private final ProcessEngine engine;

  FormSubmissionFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = enginePath(request);
    if (path == null || READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Matcher submit = TASK_SUBMIT.matcher(path);
    Matcher variables = TASK_VARIABLES.matcher(path);
    Matcher start = START.matcher(path);
    if (variables.matches() && !EngineAuthentication.isAdministrator(engine, request)) {
      refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "任务的数据只能通过办理表单提交，不能直接修改");
    } else if (submit.matches()) {
      checkTaskSubmit(
          request, response, chain, submit.group(1), !"resolve".equals(submit.group(2)));
    } else if (start.matches()) {
      checkStart(request, response, chain, start.group(1), start.group(2));
    } else {
      chain.doFilter(request, response);
    }
  }

  private void checkTaskSubmit(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String taskId,
      boolean completes)
      throws IOException, ServletException {
    if (!visibleToCaller(request, taskId)) {
      chain.doFilter(request, response); // the engine answers: no such task, or not yours
      return;
    }
    FormFields form = formOf(() -> engine.getFormService().getDeployedTaskForm(taskId));
    Function<String, Object> current =
        name ->
            SystemAct.run(
                engine.getIdentityService(),
                () -> engine.getTaskService().getVariable(taskId, name));
    filterSubmission(request, response, chain, form, current, completes, "本表单");
  }

  /**
   * Whether the caller may see the task at all: only then do the form's rules speak (an outsider
   * learns nothing about another department's form and gets the engine's own refusal).
   */
  private boolean visibleToCaller(HttpServletRequest request, String taskId) {
    String userId = EngineAuthentication.userOf(engine, request);
    if (userId == null) {
      return false;
    }
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    try {
      identity.setAuthentication(userId, EngineAuthentication.groupsOf(identity, userId));
      return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 1;
    } finally {
      identity.setAuthentication(caller);
    }
  }

  private void checkStart(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String key,
      String definitionId)
      throws IOException, ServletException {
    ProcessDefinition definition =
        SystemAct.run(
            engine.getIdentityService(),
            () ->
                key != null
                    ? engine
                        .getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .latestVersion()
                        .list()
                        .stream()
                        .findFirst()
                        .orElse(null)
                    : engine
                        .getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionId(definitionId)
                        .singleResult());
    if (definition == null) {
      chain.doFilter(request, response); // the engine answers: no such process
      return;
    }
    FormFields form =
        formOf(() -> engine.getFormService().getDeployedStartForm(definition.getId()));
    if (!form.declared()) {
      if (!EngineAuthentication.isAdministrator(engine, request) && carriesVariables(request)) {
        refuse(
            request,
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "“" + definition.getName() + "”不能在发起时直接传入数据，请通过相应的登记页面发起");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    filterSubmission(request, response, chain, form, name -> null, true, "发起表单");
  }

  /**
   * Checks the submitted variables against the form; passes the request on with the display-only
   * values dropped, or refuses it naming every problem.
   */
  private void filterSubmission(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      FormFields form,
      Function<String, Object> current,
      boolean complete,
      String formName)
      throws IOException, ServletException {
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode tree;
    try {
      tree = body.length == 0 ? mapper.createObjectNode() : mapper.readTree(body);
    } catch (IOException malformed) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容不是有效的 JSON，未保存");
      return;
    }
    if (!(tree instanceof ObjectNode root)) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容格式不正确，未保存");
      return;
    }
    JsonNode submitted = root.path("variables");
    ObjectNode kept = mapper.createObjectNode();
    List<String> problems = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = submitted.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      FormFields.Field field = form.field(entry.getKey()).orElse(null);
      if (field == null) {
        problems.add("“" + entry.getKey() + "”不是" + formName + "的字段，不能提交");
      } else if (!field.readonly()) {
        field.problem(entry.getValue().get("value"), current).ifPresent(problems::add);
        kept.set(entry.getKey(), entry.getValue());
      }
    }
    if (complete) {
      for (FormFields.Field field : form.fields()) {
        if (field.mustBeSubmitted() && !submitted.has(field.key())) {
          problems.add("“" + field.label() + "”为必填项");
        }
      }
    }
    if (!problems.isEmpty()) {
      refuse(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "提交有误，未保存：" + String.join("；", problems));
      return;
    }
    if (root.has("variables")) {
      root.set("variables", kept);
    }
    chain.doFilter(new CachedBodyRequest(request, mapper.writeValueAsBytes(root)), response);
  }

  private boolean carriesVariables(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readAllBytes();
    if (body.length == 0) {
      return false;
    }
    try {
      JsonNode variables = mapper.readTree(body).path("variables");
      return variables.isObject() && !variables.isEmpty();
    } catch (IOException malformed) {
      return true; // not JSON: let it be refused rather than guessed at
    }
  }

  private interface FormSource {
    InputStream open();
  }

  /** The deployed Camunda Form, read as the system; none when the element has no Camunda Form. */
  private FormFields formOf(FormSource source) throws IOException {
    try (InputStream schema = SystemAct.run(engine.getIdentityService(), source::open)) {
      return FormFields.parse(schema);
    } catch (ProcessEngineException noCamundaForm) {
      return FormFields.none();
    }
  }

  /** The path below the engine's REST root, or null for any other request. */
  private static String enginePath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/")) {
      return path.substring("/engine-rest".length());
    }
    Matcher webapp = WEBAPP_ENGINE.matcher(path);
    return webapp.find() ? path.substring(webapp.end()) : null;
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    LOG.warn(
        "Refused {} {} from {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        EngineAuthentication.userOf(engine, request),
        message);
    EngineRestRefusal.write(response, status, message);
  }
}
