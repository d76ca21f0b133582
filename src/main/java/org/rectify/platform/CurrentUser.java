package org.rectify.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the engine user authenticated for the current request (webapp session or HTTP
 * Basic, see {@link RectifySecurityConfiguration}).
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw ApiException.forbidden("未登录");
    }
    return authentication.getUserId();
  }

  public List<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? List.of()
        : authentication.getGroupIds();
  }

  public boolean isMemberOf(String groupId) {
    return groups().contains(groupId);
  }

  /** Refuses the request unless the caller belongs to one of the groups. */
  public void requireAnyGroup(String... groupIds) {
    for (String groupId : groupIds) {
      if (isMemberOf(groupId)) {
        return;
      }
    }
    throw ApiException.forbidden("没有权限执行此操作");
  }
}
