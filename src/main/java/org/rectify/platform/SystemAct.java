package org.rectify.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine work done as the system on behalf of a caller whose right to it the caller's code has
 * already checked (e.g. starting a process the caller may not start directly): the engine
 * authentication is cleared for the work and the caller's restored afterwards, also when the work
 * fails.
 */
public final class SystemAct {

  private SystemAct() {}

  public static <T> T run(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }

  public static void run(IdentityService identity, Runnable work) {
    run(
        identity,
        () -> {
          work.run();
          return null;
        });
  }
}
