package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No state change from another site's page: a browser names the page's site in {@code Origin} (and
 * {@code Sec-Fetch-Site}) on every request that changes something; one from a foreign site is
 * refused before authentication, whatever credentials the browser would add. Integrations send no
 * {@code Origin} and are not affected. The site is compared by host and port, so a proxy that ends
 * TLS in front of Rectify does not matter.
 */
class SameOriginFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SameOriginFilter.class);

  /** Methods that change nothing (browsers send them cross-site freely; nothing to refuse). */
  static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
      LOG.warn(
          "Refused {} {}: request from another site (Origin {})",
          request.getMethod(),
          request.getRequestURI(),
          request.getHeader("Origin"));
      ApiError.of("拒绝来自其他网站的请求：请在本系统的页面中操作", List.of())
          .write(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean crossSite(HttpServletRequest request) {
    if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String host = request.getHeader("Host");
    try {
      URI uri = URI.create(origin.trim());
      if (uri.getHost() == null || host == null) {
        return true; // "null" (sandboxed or file pages) and anything unparsable
      }
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return !authority.equalsIgnoreCase(host.trim()) && !sameHostDefaultPort(uri, host.trim());
    } catch (IllegalArgumentException malformed) {
      return true;
    }
  }

  /** {@code Origin: https://bureau.gov.cn} against {@code Host: bureau.gov.cn:443} and the like. */
  private static boolean sameHostDefaultPort(URI origin, String host) {
    int colon = host.lastIndexOf(':');
    if (colon < 0 || host.endsWith("]")) {
      return false;
    }
    String port = host.substring(colon + 1);
    boolean defaultPort =
        ("https".equals(origin.getScheme()) && "443".equals(port))
            || ("http".equals(origin.getScheme()) && "80".equals(port));
    return origin.getPort() < 0
        && defaultPort
        && host.substring(0, colon).equalsIgnoreCase(origin.getHost());
  }
}
