package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reminder job reads users through the identity provider's look-up by id: the same users as the
 * user query, and found whoever runs the job (an administrator through REST, or a user without
 * permission to read users).
 */
class DirectoryLookupsSpringTest extends ReminderSpringTestBase {

  @Autowired OrganizationDirectory organization;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired AuthorizationService authorizationService;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  private <T> T inCommand(Supplier<T> work) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> work.get());
  }

  @Test
  void findsTheSameUsersAsTheUserQuery() {
    for (String userId :
        List.of("greening1", "greeningHead", "leaders3", "nomail1", "nobody-such")) {
      Optional<User> byId = inCommand(() -> new DirectoryLookups(organization).user(userId));
      Optional<User> byQuery = organization.user(userId);
      assertThat(byId.map(User::getId)).isEqualTo(byQuery.map(User::getId));
      assertThat(byId.map(User::getEmail)).isEqualTo(byQuery.map(User::getEmail));
      assertThat(inCommand(() -> new DirectoryLookups(organization).displayNameOf(userId)))
          .isEqualTo(organization.displayNameOf(userId));
    }
    assertThat(inCommand(() -> new DirectoryLookups(organization).emailOf("greening1")))
        .contains("greening1@rectify.local");
    assertThat(inCommand(() -> new DirectoryLookups(organization).user("nobody-such"))).isEmpty();
  }

  @Test
  void findsUsersWhoeverRunsTheJob() {
    // someone whose permission to read this user is revoked: the user query does not see the user
    Authorization revoke =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("revoked-reader");
    revoke.setResource(Resources.USER);
    revoke.setResourceId("greeningHead");
    revoke.removePermission(Permissions.READ);
    authorizationService.saveAuthorization(revoke);
    try {
      identityService.setAuthentication("revoked-reader", List.of());
      assertThat(inCommand(() -> new DirectoryLookups(organization, true).user("greeningHead")))
          .isEmpty();
      assertThat(inCommand(() -> new DirectoryLookups(organization).emailOf("greeningHead")))
          .contains("greeningHead@rectify.local");
    } finally {
      identityService.clearAuthentication();
      authorizationService.deleteAuthorization(revoke.getId());
    }
  }
}
