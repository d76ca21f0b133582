package org.rectify.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session/token}: the webapps' CSRF token for Rectify's own pages. The webapps give
 * it to their pages as a cookie scoped to {@code /camunda}, which a page under {@code /reports}
 * cannot read; a page of this site reads it here (another site's page cannot read a same-origin
 * answer) and sends it back as {@code X-XSRF-TOKEN} with a change.
 */
@RestController
class SessionTokenController {

  @GetMapping("/api/session/token")
  Map<String, String> token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token =
        session == null ? null : session.getAttribute(CamundaCsrfTokenRepository.SESSION_ATTRIBUTE);
    if (token == null) {
      throw ApiException.notFound("没有网页登录会话：请先登录任务列表");
    }
    return Map.of("token", token.toString());
  }
}
