package org.rectify.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine from logging an ordinary refusal as an ERROR with a 130-line stack trace: the
 * engine's command context ({@code org.camunda.bpm.engine.context}, ENGINE-16004) and its REST
 * exception logger log whatever a listener threw, the four-eyes rule and a missing field as much as
 * a broken database. An entry of those loggers whose exception is a refusal ({@link Refusals}) is
 * dropped — the REST mapper writes one WARN line for it — and every other entry, every real error
 * with its trace, passes. Installed on start-up by {@link Installer} (Spring Boot's own logging
 * set-up stays as it is: no logback file to keep in step).
 */
class RefusalLogFilter extends TurboFilter {

  private static final String[] ENGINE_LOGGERS = {
    "org.camunda.bpm.engine.context", "org.camunda.bpm.engine.rest.exception"
  };

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || !fromEngine(logger)) {
      return FilterReply.NEUTRAL;
    }
    Throwable exception = throwableOf(params, t);
    return Refusals.isRefusal(exception) || Refusals.isUnmatchedMessage(exception)
        ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }

  private static boolean fromEngine(Logger logger) {
    for (String name : ENGINE_LOGGERS) {
      if (logger.getName().startsWith(name)) {
        return true;
      }
    }
    return false;
  }

  /** The engine's loggers pass the exception as the last placeholder argument. */
  private static Throwable throwableOf(Object[] params, Throwable t) {
    if (t != null) {
      return t;
    }
    if (params != null && params.length > 0 && params[params.length - 1] instanceof Throwable e) {
      return e;
    }
    return null;
  }

  /** Adds the filter to logback once per logging set-up (a new JVM, or logging re-initialised). */
  @Component
  static class Installer {
    Installer() {
      if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context
          && context.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
        RefusalLogFilter filter = new RefusalLogFilter();
        filter.setName("rectify-refusals");
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
      }
    }
  }
}
