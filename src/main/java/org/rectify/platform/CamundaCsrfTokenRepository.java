package org.rectify.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token of the Camunda webapps, checked on Rectify's endpoints too: the webapps keep it in
 * the session and give it to the page as the {@code XSRF-TOKEN} cookie; a page sends it back as
 * {@code X-XSRF-TOKEN}. Only requests that rely on the session need it — an integration's request
 * carries its own credentials (HTTP Basic) and cannot be forged by another site's page. This
 * repository never issues tokens of its own: without a webapp session there is nothing to match.
 */
class CamundaCsrfTokenRepository implements CsrfTokenRepository {

  static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";

  /**
   * State changes that would be carried by the browser's session cookie alone (a request with
   * neither session nor credentials is simply not logged in: 401, not a CSRF refusal).
   */
  static boolean needsToken(HttpServletRequest request) {
    return !SameOriginFilter.SAFE.contains(request.getMethod())
        && request.getHeader("Authorization") == null
        && request.getSession(false) != null;
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    // never handed out: matches no header, so a request without the webapps' token is refused
    return new DefaultCsrfToken(HEADER, "_csrf", "none-" + UUID.randomUUID());
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    // the webapps own the token's life cycle
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    return token == null ? null : new DefaultCsrfToken(HEADER, "_csrf", token.toString());
  }
}
