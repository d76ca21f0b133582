package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two rules on engine resources that Camunda's authorizations cannot express:
 *
 * <ul>
 *   <li><b>Directory entries change only through the administrator.</b> Camunda grants every user
 *       all rights on his own user entry, so through the engine's REST API a clerk could delete his
 *       own account or change his own name and e-mail — the address the bureau's reminders and
 *       escalations go to. For anyone outside {@code camunda-admin} deleting a user and changing a
 *       profile are refused; changing one's own password (which needs the current one) stays open.
 *   <li><b>Instance counts per process only for those who read every instance.</b> The engine's
 *       process-definition statistics count the instances of every definition the caller may read —
 *       and every user reads every definition (Tasklist draws the diagrams), so a clerk learned how
 *       many covert spot checks were running. They answer only callers granted {@code
 *       READ_INSTANCE} on all process definitions (Cockpit's readers, administrators).
 *   <li><b>Moving an instance's tokens is the administrator's.</b> With no instructions the engine
 *       answered a process-instance modification with 204 for anyone.
 * </ul>
 */
class EngineResourceGuardFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineResourceGuardFilter.class);
  private static final Pattern USER_ENTRY =
      Pattern.compile(
          "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/user/[^/]+(/profile)?/?$");

  private static final Pattern DEFINITION_STATISTICS =
      Pattern.compile(
          "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/statistics/?$");

  /**
   * Moving an instance's tokens is an administrator's repair in Cockpit. With no instructions the
   * engine answered 204 to anyone, without checking the caller's permission on the instance.
   */
  private static final Pattern INSTANCE_MODIFICATION =
      Pattern.compile(
          "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-instance/[^/]+/modification(?:-async)?/?$");

  private final ProcessEngine engine;

  EngineResourceGuardFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean change =
        ("DELETE".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
            && USER_ENTRY.matcher(path).matches()
            && (!"PUT".equals(request.getMethod())
                || path.replaceAll("/$", "").endsWith("/profile"));
    String refusal = null;
    String reason = null;
    if (change && !EngineAuthentication.isAdministrator(engine, request)) {
      reason = "directory entries change only through the administrator";
      refusal = "账号和个人信息（姓名、邮箱）只能由系统管理员修改";
    } else if (INSTANCE_MODIFICATION.matcher(path).matches()
        && !EngineAuthentication.isAdministrator(engine, request)) {
      reason = "modifying an instance is for administrators";
      refusal = "调整流程实例的办理位置只能由系统管理员在 Cockpit 中操作";
    } else if (DEFINITION_STATISTICS.matcher(path).matches() && !readsEveryInstance(request)) {
      reason = "instance counts of every process are for Cockpit's readers";
      refusal = "各流程的实例统计仅对可查看全部流程实例的人员（局领导、整改办、领导小组、系统管理员）开放";
    }
    if (refusal != null) {
      LOG.warn(
          "Refused {} {} from {}: {}",
          request.getMethod(),
          path,
          EngineAuthentication.userOf(engine, request),
          reason);
      ApiError.of(refusal, List.of()).write(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean readsEveryInstance(HttpServletRequest request) {
    String userId = EngineAuthentication.userOf(engine, request);
    if (userId == null) {
      return false;
    }
    List<String> groups = EngineAuthentication.groupsOf(engine.getIdentityService(), userId);
    return engine
        .getAuthorizationService()
        .isUserAuthorized(
            userId,
            groups,
            ProcessDefinitionPermissions.READ_INSTANCE,
            Resources.PROCESS_DEFINITION,
            Authorization.ANY);
  }
}
