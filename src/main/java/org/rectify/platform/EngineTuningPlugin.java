package org.rectify.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two engine settings that make every step cheaper without changing what anyone sees (measured in
 * docs/benchmarks.md, both switchable for the benchmark's before/after runs):
 *
 * <ul>
 *   <li>{@code rectify.engine.history-variable-details=false}: history stays FULL (process, activity, task,
 *       variable, identity-link, job, incident and user-operation history, all that Cockpit, Tasklist's task history
 *       and Rectify's reports read), but the per-change log of variable values ({@code ACT_HI_DETAIL}) is not
 *       written: no Community webapp and no Rectify code reads it, and the current and final value of every
 *       variable stays in {@code ACT_HI_VARINST}.
 *   <li>{@code rectify.engine.prefilter-authorized-groups=false}: the engine narrows the user's groups to those
 *       that appear in any authorization before each authorized command, with {@code select distinct GROUP_ID_}
 *       over all authorizations (one table scan per command, growing with every task). That only shortens the
 *       {@code IN} list for users with hundreds of groups; Rectify's users have a few, and a group without
 *       authorizations matches nothing in the query either way, so the result is the same.
 * </ul>
 */
@Component
class EngineTuningPlugin extends AbstractProcessEnginePlugin {

  private final boolean historyVariableDetails;
  private final boolean prefilterAuthorizedGroups;

  EngineTuningPlugin(@Value("${rectify.engine.history-variable-details:false}") boolean historyVariableDetails,
      @Value("${rectify.engine.prefilter-authorized-groups:false}") boolean prefilterAuthorizedGroups) {
    this.historyVariableDetails = historyVariableDetails;
    this.prefilterAuthorizedGroups = prefilterAuthorizedGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!historyVariableDetails) {
      List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers =
          configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
              : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
      handlers.add(0, new WithoutVariableDetails());
      configuration.setCustomHistoryEventHandlers(handlers);
      configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
    if (!prefilterAuthorizedGroups) {
      List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
          : new ArrayList<>(configuration.getCustomSessionFactories());
      factories.add(new AuthorizationManagerFactory());
      configuration.setCustomSessionFactories(factories);
    }
  }

  /** The engine's database history handler without the {@code ACT_HI_DETAIL} rows of variable changes. */
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
      return authenticatedGroupIds == null ? Collections.emptyList() : new ArrayList<>(authenticatedGroupIds);
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
