package org.rectify.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Makes the Camunda engine configuration wait for database initialization (Flyway), so that Flyway
 * migrates Rectify's own tables into an empty schema before Camunda creates its {@code ACT_*}
 * tables. Without it Flyway finds a non-empty schema without a history table and stops start-up.
 * Registered in {@code META-INF/spring.factories}.
 */
public class CamundaDependsOnFlywayDetector implements DependsOnDatabaseInitializationDetector {

  @Override
  public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
    return Arrays.stream(
            beanFactory.getBeanNamesForType(ProcessEngineConfigurationImpl.class, true, false))
        .collect(Collectors.toSet());
  }
}
