package org.rectify.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Three engine settings that make every step cheaper without changing what anyone sees (measured in
 * docs/benchmarks.md, each switchable for the benchmark's before/after runs):
 *
 * <ul>
 *   <li>{@code rectify.engine.history-variable-details=false}: history stays FULL (process,
 *       activity, task, variable, identity-link, job, incident and user-operation history, all that
 *       Cockpit, Tasklist's task history and Rectify's reports read), but the per-change log of
 *       variable values ({@code ACT_HI_DETAIL}) is not written: no Community webapp and no Rectify
 *       code reads it, and the current and final value of every variable stays in {@code
 *       ACT_HI_VARINST}.
 *   <li>{@code rectify.engine.prefilter-authorized-groups=false}: the engine narrows the user's
 *       groups to those that appear in any authorization before each authorized command, with
 *       {@code select distinct GROUP_ID_} over all authorizations (one table scan per command,
 *       growing with every task). That only shortens the {@code IN} list for users with hundreds of
 *       groups; Rectify's users have a few, and a group without authorizations matches nothing in
 *       the query either way, so the result is the same.
 *   <li>{@code rectify.engine.lookup-grants-of-new-tasks=false}: when a task gets its candidate
 *       groups (or its assignee) in the command that creates it, the engine looks up an existing
 *       grant for that group on that task before it inserts one. Nothing in the database can name a
 *       task that is not even flushed yet, so that query always finds nothing; it is skipped.
 *       Grants made earlier in the same command are still merged by the engine from its cache, and
 *       tasks that already exist are looked up as before. The grants are the same.
 * </ul>
 */
@Component
class EngineTuningPlugin extends AbstractProcessEnginePlugin {

  private final boolean historyVariableDetails;
  private final boolean prefilterAuthorizedGroups;
  private final boolean lookupGrantsOfNewTasks;

  EngineTuningPlugin(
      @Value("${rectify.engine.history-variable-details:false}") boolean historyVariableDetails,
      @Value("${rectify.engine.prefilter-authorized-groups:false}")
          boolean prefilterAuthorizedGroups,
      @Value("${rectify.engine.lookup-grants-of-new-tasks:false}") boolean lookupGrantsOfNewTasks) {
    this.historyVariableDetails = historyVariableDetails;
    this.prefilterAuthorizedGroups = prefilterAuthorizedGroups;
    this.lookupGrantsOfNewTasks = lookupGrantsOfNewTasks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!historyVariableDetails) {
      List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers =
          configuration.getCustomHistoryEventHandlers() == null
              ? new ArrayList<>()
              : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
      handlers.add(0, new WithoutVariableDetails());
      configuration.setCustomHistoryEventHandlers(handlers);
      configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
    if (!prefilterAuthorizedGroups) {
      List<SessionFactory> factories =
          configuration.getCustomSessionFactories() == null
              ? new ArrayList<>()
              : new ArrayList<>(configuration.getCustomSessionFactories());
      factories.add(new AuthorizationManagerFactory());
      configuration.setCustomSessionFactories(factories);
    }
    if (!lookupGrantsOfNewTasks && configuration.getResourceAuthorizationProvider() == null) {
      configuration.setResourceAuthorizationProvider(new NewTaskGrantsProvider());
    }
  }

  /**
   * The engine's default grants, without the look-up that cannot find anything for a task not yet
   * flushed.
   */
  static class NewTaskGrantsProvider extends DefaultAuthorizationProvider {
    @Override
    protected AuthorizationEntity getGrantAuthorization(
        String taskId, String userId, String groupId, Resource resource) {
      CachedDbEntity task =
          Context.getCommandContext()
              .getDbEntityManager()
              .getDbEntityCache()
              .getCachedEntity(TaskEntity.class, taskId);
      if (task != null && task.getEntityState() == DbEntityState.TRANSIENT) {
        return null;
      }
      return super.getGrantAuthorization(taskId, userId, groupId, resource);
    }
  }

  /**
   * The engine's database history handler without the {@code ACT_HI_DETAIL} rows of variable
   * changes.
   */
  static class WithoutVariableDetails extends DbHistoryEventHandler {
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }

  /** The engine's authorization manager, using the authenticated groups as they are. */
  static class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null
          ? Collections.emptyList()
          : new ArrayList<>(authenticatedGroupIds);
    }
  }

  static class AuthorizationManagerFactory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new UnfilteredGroupsAuthorizationManager();
    }
  }
}
