package org.rectify.reminder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.BasicCredentials;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /mail}: only {@code camunda-admin} and {@code rectOffice} members may read the
 * sink. A user already logged in to Cockpit/Tasklist/Admin is recognised through the Camunda webapp
 * session (same servlet context, same session cookie); anyone else gets an HTTP Basic prompt
 * checked against the engine's users.
 */
class MailPageAccessFilter extends OncePerRequestFilter {

  private static final Set<String> ALLOWED_GROUPS =
      Set.of(OrganizationGroups.CAMUNDA_ADMIN, OrganizationGroups.RECT_OFFICE);

  private final IdentityService identityService;
  private final String engineName;

  MailPageAccessFilter(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> groups = sessionGroups(request.getSession(false));
    if (groups == null) {
      groups = basicGroups(request.getHeader("Authorization"));
    }
    if (groups == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Rectify\", charset=\"UTF-8\"");
      write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "需要登录：请先登录 <a href=\"/camunda/app/cockpit/\">Cockpit</a> 或输入用户名和密码。");
      return;
    }
    if (groups.stream().noneMatch(ALLOWED_GROUPS::contains)) {
      write(response, HttpServletResponse.SC_FORBIDDEN, "没有权限：邮件查看页仅对系统管理员和整改办开放。");
      return;
    }
    chain.doFilter(request, response);
  }

  private List<String> sessionGroups(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null
            ? null
            : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user
        ? List.copyOf(user.getGroupIds())
        : null;
  }

  private List<String> basicGroups(String header) {
    return BasicCredentials.parse(header)
        .filter(c -> identityService.checkPassword(c.userId(), c.password()))
        .map(
            c ->
                identityService.createGroupQuery().groupMember(c.userId()).list().stream()
                    .map(Group::getId)
                    .toList())
        .orElse(null);
  }

  private static void write(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\"><title>邮件</title>"
                + "<body><p>"
                + message
                + "</p></body></html>");
  }
}
