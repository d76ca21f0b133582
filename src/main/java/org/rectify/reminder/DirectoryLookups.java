package org.rectify.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.rectify.organization.OrganizationDirectory;

/**
 * The organisation look-ups of one reminder, each asked of the directory once. A reminder to the
 * head and the leader otherwise asked for the same department and users again for every recipient
 * (exists? name? e-mail?) and for every mail (the escalation chain names both): 16 queries instead
 * of 4 per reminder. Lives for one job execution only, so a change the office makes to the
 * organisation is seen by the next reminder; nothing is cached across reminders.
 *
 * <p>Inside the engine (a reminder job), users are read through the identity provider's look-up by
 * id, the same provider a user query would ask (the engine's tables, or LDAP where configured),
 * with one static statement instead of a user query whose SQL is built anew each time; and without
 * the authorizations of whoever runs the job, as the mail delegate finds its tasks. {@code
 * rectify.reminder.users-by-query} puts the user query back, for the benchmark's before/after.
 */
final class DirectoryLookups {

  private final OrganizationDirectory organization;
  private final boolean usersByQuery;
  private final Map<String, Optional<User>> users = new HashMap<>();
  private final Map<String, Object> answers = new HashMap<>();
  private final Map<String, List<String>> members = new HashMap<>();

  DirectoryLookups(OrganizationDirectory organization) {
    this(organization, false);
  }

  DirectoryLookups(OrganizationDirectory organization, boolean usersByQuery) {
    this.organization = organization;
    this.usersByQuery = usersByQuery;
  }

  Optional<User> user(String userId) {
    return users.computeIfAbsent(userId, this::findUser);
  }

  private Optional<User> findUser(String userId) {
    CommandContext commandContext =
        usersByQuery || userId == null ? null : Context.getCommandContext();
    if (commandContext == null) {
      return organization.user(userId);
    }
    return Optional.ofNullable(
        commandContext.runWithoutAuthorization(
            () -> commandContext.getReadOnlyIdentityProvider().findUserById(userId)));
  }

  /** As {@link OrganizationDirectory#displayNameOf(String)}. */
  String displayNameOf(String userId) {
    return user(userId).map(OrganizationDirectory::displayNameOf).orElse(userId);
  }

  /** As {@link OrganizationDirectory#emailOf(String)}. */
  Optional<String> emailOf(String userId) {
    return user(userId).map(User::getEmail).filter(email -> !email.isBlank());
  }

  /**
   * As {@link OrganizationDirectory#headOf(String)}, including its failure for a department without
   * head.
   */
  String headOf(String department) {
    return once("head:" + department, () -> organization.headOf(department));
  }

  /** As {@link OrganizationDirectory#leaderOf(String)}. */
  String leaderOf(String department) {
    return once("leader:" + department, () -> organization.leaderOf(department));
  }

  String nameOf(String groupId) {
    return once("name:" + groupId, () -> organization.nameOf(groupId));
  }

  List<String> membersOf(String groupId) {
    return members.computeIfAbsent(groupId, organization::membersOf);
  }

  private String once(String key, Supplier<String> lookup) {
    Object answer =
        answers.computeIfAbsent(
            key,
            k -> {
              try {
                return lookup.get();
              } catch (ProcessEngineException e) {
                return e;
              }
            });
    if (answer instanceof ProcessEngineException failure) {
      throw new ProcessEngineException(failure.getMessage(), failure);
    }
    return (String) answer;
  }
}
