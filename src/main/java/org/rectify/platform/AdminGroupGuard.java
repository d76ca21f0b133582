package org.rectify.platform;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code camunda-admin} keeps at least one member at all times: removing the last administrator
 * (membership, user or the whole group) is refused inside the engine, whatever the caller — Admin
 * webapp, REST or Java. An empty admin group would lock the bureau out of its own platform (and is
 * the precondition of CVE-2026-77226).
 */
@Component
class AdminGroupGuard extends AbstractProcessEnginePlugin {

  static final String ADMIN_GROUP = "camunda-admin";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(
        new GenericManagerFactory(GuardedIdentityProvider.class));
  }

  /** The engine's database identity provider with the last-administrator rule. */
  public static class GuardedIdentityProvider extends DbIdentityServiceProvider {

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
      if (ADMIN_GROUP.equals(groupId) && isOnlyAdministrator(userId)) {
        throw refusal();
      }
      return super.deleteMembership(userId, groupId);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      if (isOnlyAdministrator(userId)) {
        throw refusal();
      }
      return super.deleteUser(userId);
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
      if (ADMIN_GROUP.equals(groupId)) {
        throw new BadUserRequestException("不能删除系统管理员组 camunda-admin");
      }
      return super.deleteGroup(groupId);
    }

    private boolean isOnlyAdministrator(String userId) {
      CommandContext context = Context.getCommandContext();
      return context.runWithoutAuthorization(
          () -> {
            var admins = createUserQuery(context).memberOfGroup(ADMIN_GROUP).list();
            return admins.size() == 1 && admins.get(0).getId().equals(userId);
          });
    }

    private static BadUserRequestException refusal() {
      return new BadUserRequestException("不能移除最后一名系统管理员：请先为 camunda-admin 组添加其他成员");
    }
  }
}
