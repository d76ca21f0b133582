package org.rectify.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Not logged in: 401 without a {@code WWW-Authenticate} challenge, so a browser never prompts for
 * and caches a password (cached credentials are what a forged request from another site rides on).
 * An API call gets the JSON error; a page tells the person to log in to the webapps first.
 */
class RectifyAuthenticationEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (RectifyPages.isPage(request)) {
      RectifyPages.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "需要登录",
          "请先登录 <a href=\"/camunda/app/tasklist/default/\">任务列表</a>，再重新打开本页。");
      return;
    }
    ApiError.of("需要登录：请先登录系统，或在请求中提供正确的用户名和密码", List.of())
        .write(response, HttpServletResponse.SC_UNAUTHORIZED);
  }
}
