package org.rectify.platform;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link FormValidationExceptionMapper}, {@link EngineRefusalMappers} and {@link
 * JsonInputExceptionMapper} in every Jersey application of the JVM — the engine's {@code
 * /engine-rest} and the webapps' internal engine API that Tasklist submits forms to ({@code
 * /camunda/api/engine}, created by the Camunda starter without any Spring customizer), so a refused
 * form is a 400 with its Chinese message in Tasklist too, not a 500. Listed in {@code
 * META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}.
 */
public class FormValidationAutoDiscoverable implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(FormValidationExceptionMapper.class)) {
      context.register(FormValidationExceptionMapper.class);
    }
    if (!context.getConfiguration().isRegistered(EngineRefusalMappers.Wrapped.class)) {
      context.register(EngineRefusalMappers.Wrapped.class);
      context.register(EngineRefusalMappers.Forbidden.class);
    }
    if (!context.getConfiguration().isRegistered(JsonInputExceptionMapper.Malformed.class)) {
      context.register(JsonInputExceptionMapper.Malformed.class);
      context.register(JsonInputExceptionMapper.Mistyped.class);
    }
  }
}
