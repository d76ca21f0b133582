package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing per client address, without ever locking an account. Every failed login
 * from one address — the webapps' login form, HTTP Basic on {@code /api} and {@code /engine-rest} —
 * is counted; past {@code maxFailures} within {@code window} that address is refused (429, in
 * Chinese) until the oldest failure leaves the window, before any password is checked. So a guesser
 * cannot drive the engine's per-account delay up against the rightful user, and the engine's
 * account lock (which needed an administrator to lift, and which anyone could trigger for any
 * account) is not used at all ({@code login-max-attempts} is out of reach). Behind a reverse proxy
 * set {@code server.forward-headers-strategy=native} so that the address is the client's, not the
 * proxy's.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final int MAX_ADDRESSES = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Long>> failures =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  LoginThrottleFilter(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLogin(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    long waitSeconds = secondsBlocked(address);
    if (waitSeconds > 0) {
      LOG.warn("Refused login from {}: too many failed logins, {} s to wait", address, waitSeconds);
      response.setHeader("Retry-After", String.valueOf(waitSeconds));
      ApiError.of("登录失败次数过多，请 " + Math.max(1, (waitSeconds + 59) / 60) + " 分钟后再试", List.of())
          .write(response, 429);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      recordFailure(address);
    }
  }

  /** A request that checks a password: the webapps' login form, or any call carrying Basic. */
  private static boolean isLogin(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
        || ("POST".equals(request.getMethod())
            && request.getRequestURI().matches(".*/api/admin/auth/user/[^/]+/login/[^/]+/?"));
  }

  synchronized long secondsBlocked(String address) {
    Deque<Long> recent = recent(address);
    if (recent.size() < maxFailures) {
      return 0;
    }
    long until = recent.peekFirst() + window.toMillis();
    return Math.max(1, (until - clock.millis() + 999) / 1000);
  }

  synchronized void recordFailure(String address) {
    recent(address).addLast(clock.millis());
  }

  private Deque<Long> recent(String address) {
    Deque<Long> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    long since = clock.millis() - window.toMillis();
    while (!recent.isEmpty() && recent.peekFirst() <= since) {
      recent.pollFirst();
    }
    return recent;
  }
}
