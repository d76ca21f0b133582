package org.rectify;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Rectify — 巡察整改工作流平台. Camunda 7 engine, webapps and REST API in one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RectifyApplication {

  /** Business dates, timers and the history-cleanup window are meant in China Standard Time. */
  static final String BUSINESS_TIME_ZONE = "Asia/Shanghai";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(BUSINESS_TIME_ZONE));
    SpringApplication.run(RectifyApplication.class, args);
  }
}
