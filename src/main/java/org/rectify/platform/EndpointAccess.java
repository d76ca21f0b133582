package org.rectify.platform;

import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One rule of who may call one of Rectify's own endpoints: the HTTP method (null: any) and the path
 * pattern of the endpoint, who may call it, and the Chinese refusal everybody else gets. The rules
 * are declared in one place, the organisation's access matrix ({@code
 * org.rectify.organization.AccessMatrix}); {@link RectifySecurityConfiguration} enforces them with
 * Spring Security and refuses whatever they do not name.
 */
public record EndpointAccess(
    HttpMethod method, String pattern, Audience audience, Set<String> groups, String refusal) {

  /** Who may call an endpoint. */
  public enum Audience {
    /** Anyone, without logging in (health checks). */
    ANYONE,
    /** Every logged-in user; what each may see is decided by the capability per record. */
    EVERY_USER,
    /** Members of the listed groups only. */
    GROUPS
  }

  /** The rules of Rectify's endpoints, in the order they are matched. */
  public interface Rules {

    java.util.List<EndpointAccess> endpoints();
  }
}
