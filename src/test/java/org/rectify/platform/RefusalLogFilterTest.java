package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's command-context logger drops an ordinary refusal however it was wrapped, and keeps
 * every real error at ERROR with its stack trace; other loggers are not touched.
 */
class RefusalLogFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger engine;

  @BeforeEach
  void logbackWithTheFilter() {
    RefusalLogFilter filter = new RefusalLogFilter();
    filter.setContext(context);
    filter.start();
    context.addTurboFilter(filter);
    appender.setContext(context);
    appender.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
    engine = context.getLogger("org.camunda.bpm.engine.context");
  }

  @Test
  void aListenersRefusalWrappedByTheEngineIsNotLogged() {
    ProcessEngineException wrapped =
        new ProcessEngineException(
            "ENGINE-03051 There was an exception while invoking the TaskListener",
            new ProcessEngineException(
                "Exception while invoking TaskListener: 四眼原则",
                new FormFieldValidationException("firstReviewer", "四眼原则：复核人不得与审核人为同一人")));
    // as the engine's BaseLogger calls it: the exception as the last placeholder argument
    engine.error("ENGINE-16004 Exception while closing command context: {}", "四眼原则", wrapped);
    engine.error(
        "ENGINE-16004 Exception while closing command context: {}",
        "no permission",
        new AuthorizationException("leaders1", "TASK_WORK", "Task", "1"));

    assertThat(appender.list).isEmpty();
  }

  @Test
  void aRealErrorKeepsItsLevelAndStackTrace() {
    engine.error(
        "ENGINE-16004 Exception while closing command context: {}",
        "db down",
        new ProcessEngineException("Could not open JDBC connection"));

    assertThat(appender.list).hasSize(1);
    ILoggingEvent event = appender.list.get(0);
    assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
    assertThat(event.getThrowableProxy()).isNotNull();
    assertThat(event.getThrowableProxy().getMessage()).isEqualTo("Could not open JDBC connection");
  }

  @Test
  void otherLoggersAreNotFiltered() {
    context
        .getLogger("org.rectify.measure")
        .error("kept", new FormFieldValidationException("x", "请填写“主抓人”"));

    assertThat(appender.list).hasSize(1);
  }
}
