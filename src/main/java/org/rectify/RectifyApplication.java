package org.rectify;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Rectify — 巡察整改工作流平台. Camunda 7 engine, webapps and REST API in one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RectifyApplication {

  public static void main(String[] args) {
    SpringApplication.run(RectifyApplication.class, args);
  }
}
