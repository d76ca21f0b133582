package org.rectify.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The security baseline of the web layer: HTTP Basic on {@code /engine-rest/*} (the engine's own
 * filter) and on Rectify's {@code /api/*} (the statistics also accept a Cockpit session,
 * read-only); metrics for administrators only; the two CVE mitigations of 7.24.0 CE. The webapps
 * keep their own session login with CSRF protection (configured by the Camunda starter).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  static final String ADMIN_GROUP = "camunda-admin";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("rectify-engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> apiAuthentication(
      IdentityService identityService) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(identityService, null));
    registration.setName("rectify-api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Read-only statistics for the Cockpit dashboard plugin: the Cockpit login counts, before Basic
   * is asked.
   */
  @Bean
  FilterRegistrationBean<CockpitSessionAuthenticationFilter> statisticsCockpitSession(
      ProcessEngine engine) {
    FilterRegistrationBean<CockpitSessionAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new CockpitSessionAuthenticationFilter(engine));
    registration.setName("rectify-statistics-cockpit-session");
    registration.addUrlPatterns("/api/statistics");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> metricsAuthentication(
      IdentityService identityService) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(identityService, ADMIN_GROUP));
    registration.setName("rectify-metrics-authentication");
    registration.addUrlPatterns(
        "/actuator/metrics",
        "/actuator/metrics/*",
        "/actuator/prometheus",
        "/actuator/env",
        "/actuator/env/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ExpressionGuardFilter> expressionGuard() {
    FilterRegistrationBean<ExpressionGuardFilter> registration =
        new FilterRegistrationBean<>(new ExpressionGuardFilter());
    registration.setName("rectify-expression-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** After the expression guard, which has read and checked the body once. */
  @Bean
  FilterRegistrationBean<FormSubmissionFilter> formSubmission(ProcessEngine engine) {
    FilterRegistrationBean<FormSubmissionFilter> registration =
        new FilterRegistrationBean<>(new FormSubmissionFilter(engine));
    registration.setName("rectify-form-submission");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuard() {
    FilterRegistrationBean<AdminSetupGuardFilter> registration =
        new FilterRegistrationBean<>(new AdminSetupGuardFilter());
    registration.setName("rectify-admin-setup-guard");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
