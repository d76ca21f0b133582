package org.rectify;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several cached Spring test contexts live in one JVM, each with an engine named "default".
 * Camunda's REST API and webapps look that name up in a static registry, where the last engine
 * started wins — so a test talking HTTP to its own context could reach another context's engine.
 * Before each test this makes the test's own engine the registered one again. Registered for every
 * Spring test in {@code META-INF/spring.factories}.
 */
public class CurrentEngineTestExecutionListener implements TestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  private static void registerOwnEngine(TestContext testContext) {
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
