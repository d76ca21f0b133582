package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.rectify.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Guessing is slowed per client address and no account is ever locked: after the allowed number of
 * failed logins an address waits (429, in Chinese) on every way in — the webapps' login form,
 * {@code /api} and {@code /engine-rest} — while the account itself stays usable for its owner.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "rectify.security.login-throttle.max-failures=5")
@ActiveProfiles("test")
class LoginThrottleTest {

  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  @Test
  void anAddressWithTooManyFailedLoginsWaitsOnEveryWayIn() {
    HttpTestClient http = new HttpTestClient(port);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(http.get("/api/departments", "municipal1", "guess" + attempt).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> rightPassword = http.get("/api/departments", "office1", "demo");
    assertThat(rightPassword.statusCode()).isEqualTo(429);
    assertThat(rightPassword.body()).contains("登录失败次数过多，请 10 分钟后再试");
    assertThat(rightPassword.headers().firstValue("Retry-After")).isPresent();
    assertThat(http.get("/engine-rest/task", "office1", "demo").statusCode()).isEqualTo(429);
    assertThat(new WebappSession(port).login("office1", "demo")).isEqualTo(429);
  }

  /** The engine's account lock is out of reach: twelve failures, and the owner logs in. */
  @Test
  void anAccountIsNeverLockedByOthersGuessing() throws InterruptedException {
    for (int attempt = 1; attempt <= 12; attempt++) {
      assertThat(identityService.checkPassword("legal1", "guess" + attempt)).isFalse();
    }
    // the test profile's per-account delay is at most 2 s
    TimeUnit.MILLISECONDS.sleep(2_500);
    assertThat(identityService.checkPassword("legal1", "demo")).isTrue();
  }

  @Test
  void theWaitEndsWhenTheOldestFailureLeavesTheWindow() {
    MutableClock clock = new MutableClock();
    LoginThrottleFilter throttle = new LoginThrottleFilter(3, Duration.ofMinutes(10), clock);
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure("10.0.0.7");
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(throttle.secondsBlocked("10.0.0.7")).isEqualTo(7 * 60);
    assertThat(throttle.secondsBlocked("10.0.0.8")).as("another address").isZero();
    clock.advance(Duration.ofMinutes(7));
    assertThat(throttle.secondsBlocked("10.0.0.7")).isZero();
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T02:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
