package org.rectify.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * HTTP Basic of integrations against the engine's users (the same logins as Tasklist). The engine
 * checks the password, so its login throttling applies; the user's groups become the authorities
 * the access rules name.
 */
class EngineUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  EngineUserAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null
        || password == null
        || !identityService.checkPassword(userId, password.toString())) {
      throw new BadCredentialsException("用户名或密码不正确");
    }
    return UsernamePasswordAuthenticationToken.authenticated(
        userId, null, authorities(identityService, userId));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The user's groups as authorities, read from the engine now (never from a cached login). */
  static List<SimpleGrantedAuthority> authorities(IdentityService identity, String userId) {
    return EngineAuthentication.groupsOf(identity, userId).stream()
        .map(SimpleGrantedAuthority::new)
        .toList();
  }
}
