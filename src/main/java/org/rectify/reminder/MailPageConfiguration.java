package org.rectify.reminder;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the access guard of the {@code /mail} page. */
@Configuration(proxyBeanMethods = false)
class MailPageConfiguration {

  @Bean
  FilterRegistrationBean<MailPageAccessFilter> mailPageAccess(
      IdentityService identityService, ProcessEngine processEngine) {
    FilterRegistrationBean<MailPageAccessFilter> registration =
        new FilterRegistrationBean<>(
            new MailPageAccessFilter(identityService, processEngine.getName()));
    registration.setName("rectify-mail-page-access");
    registration.addUrlPatterns("/mail", "/mail/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
