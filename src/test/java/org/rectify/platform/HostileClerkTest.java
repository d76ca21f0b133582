package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hostile-clerk suite ({@link HostileClerkSuite}) on the embedded default, in a context of its
 * own (its users and records do not mix with other tests' data).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "rectify.test.context=hostile-clerk")
@ActiveProfiles("test")
class HostileClerkTest {

  @Autowired ApplicationContext app;
  @LocalServerPort int port;

  @Test
  void aHostileClerkGetsNothingHisRoleDoesNotAllow() throws Exception {
    assertThat(new HostileClerkSuite(app, port).run()).endsWith("leaked=0 executed=0 rerouted=0");
  }
}
