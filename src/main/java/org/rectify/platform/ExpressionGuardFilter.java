package org.rectify.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mitigation of CVE-2026-109432 (7.24.0 CE): an expression hidden in a task query's {@code
 * orQueries} (or any other field) is evaluated by the engine despite the ad-hoc query expression
 * check — remote code execution for any logged-in user. On {@code /engine-rest} and on the webapps'
 * internal engine API this filter refuses every request whose path, query parameters or body carry
 * {@code ${…}} or {@code #{…}}, after decoding (percent encoding, JSON escapes such as {@code
 * \u0024}, any JSON charset), so no expression ever reaches the engine.
 *
 * <p>Multipart requests are read as text and held to the same rule. Two exceptions keep the product
 * working: deployments (BPMN legitimately holds expressions; creating one needs the admin's
 * DEPLOYMENT permission) and saved Tasklist filters, which may use only the engine's harmless date
 * and identity functions ({@code ${currentUser()}}, {@code ${dateTime().plusDays(3)}} …).
 *
 * <p>The same pass refuses variables of type {@code Object} and binary variable uploads ({@link
 * ObjectVariableCheck}): a variable naming a Java class would be built when read back.
 */
class ExpressionGuardFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ExpressionGuardFilter.class);

  static final int MAX_INSPECTED_BODY = 10 * 1024 * 1024;

  private static final Pattern SAFE_FILTER_EXPRESSION =
      Pattern.compile(
          "\\$\\{(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
              + "|dateTime\\(\\)(\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes)\\(\\d{1,4}\\))*"
              + "(\\.toDate\\(\\))?)}");
  private static final Pattern FILTER_WRITE = Pattern.compile(".*/filter/(create|[^/]+)$");
  private static final Pattern DEPLOYMENT = Pattern.compile(".*/deployment/create/?$");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType =
        request.getContentType() == null ? "" : request.getContentType().toLowerCase();
    if (contentType.startsWith("multipart/")) {
      if (ObjectVariableCheck.isVariableUpload(request)) {
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, ObjectVariableCheck.REFUSAL);
        return;
      }
      if (DEPLOYMENT.matcher(request.getRequestURI()).matches()) {
        chain.doFilter(request, response); // BPMN holds expressions; needs DEPLOYMENT permission
        return;
      }
      checkMultipart(request, response, chain);
      return;
    }
    byte[] body = readBody(request.getInputStream());
    if (body == null) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "请求内容过大");
      return;
    }
    boolean storedFilter = isFilterWrite(request);
    JsonNode tree = jsonOf(body);
    if (carriesExpression(decode(request.getRequestURI()), false)
        || queryCarriesExpression(request.getQueryString())
        || bodyCarriesExpression(body, tree, storedFilter)) {
      refuse(
          request, response, HttpServletResponse.SC_BAD_REQUEST, "请求中含有不允许的表达式（${…} 或 #{…}），已拒绝");
      return;
    }
    if (ObjectVariableCheck.carriesObjectVariable(tree)) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, ObjectVariableCheck.REFUSAL);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /**
   * Any other multipart request (a task attachment's name or description, …): path, parameters and
   * every part, read as text, must carry no expression either.
   */
  private void checkMultipart(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    byte[] body = readBody(request.getInputStream());
    if (body == null) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "请求内容过大");
      return;
    }
    String text = new String(body, StandardCharsets.ISO_8859_1);
    if (carriesExpression(decode(request.getRequestURI()), false)
        || queryCarriesExpression(request.getQueryString())
        || carriesExpression(text, false)) {
      refuse(
          request, response, HttpServletResponse.SC_BAD_REQUEST, "请求中含有不允许的表达式（${…} 或 #{…}），已拒绝");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** The body as JSON; null when empty or not JSON (then it is inspected as text). */
  private JsonNode jsonOf(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return mapper.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static boolean isFilterWrite(HttpServletRequest request) {
    String method = request.getMethod();
    return ("POST".equals(method) || "PUT".equals(method))
        && FILTER_WRITE.matcher(request.getRequestURI()).matches()
        && !request.getRequestURI().endsWith("/list")
        && !request.getRequestURI().endsWith("/count");
  }

  private boolean queryCarriesExpression(String query) {
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      if (carriesExpression(decode(pair), false)) {
        return true;
      }
    }
    return false;
  }

  private boolean bodyCarriesExpression(byte[] body, JsonNode tree, boolean storedFilter) {
    if (body.length == 0) {
      return false;
    }
    if (tree != null) {
      return nodeCarriesExpression(tree, storedFilter);
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return carriesExpression(text, false) || carriesExpression(decode(text), false);
  }

  private boolean nodeCarriesExpression(JsonNode node, boolean storedFilter) {
    if (node.isTextual()) {
      return carriesExpression(node.textValue(), storedFilter);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (carriesExpression(field.getKey(), false)
          || nodeCarriesExpression(field.getValue(), storedFilter)) {
        return true;
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (nodeCarriesExpression(element, storedFilter)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean carriesExpression(String value, boolean allowSafeFilterFunctions) {
    if (value == null || (!value.contains("${") && !value.contains("#{"))) {
      return false;
    }
    return !(allowSafeFilterFunctions && SAFE_FILTER_EXPRESSION.matcher(value.trim()).matches());
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_INSPECTED_BODY + 1);
    return body.length > MAX_INSPECTED_BODY ? null : body;
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    LOG.warn(
        "Refused {} {} from {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        request.getRemoteUser(),
        message);
    EngineRestRefusal.write(response, status, message);
  }
}
