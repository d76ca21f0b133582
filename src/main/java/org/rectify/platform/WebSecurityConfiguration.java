package org.rectify.platform;

import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine side of the web layer's security: HTTP Basic on {@code /engine-rest/*} (the engine's
 * own filter), no state change there from another site's page, the two CVE mitigations of 7.24.0
 * CE, no Java types through variables and form submits held to their forms. The webapps keep their
 * own session login with CSRF protection (configured by the Camunda starter); Rectify's own
 * endpoints are ruled by {@link RectifySecurityConfiguration}.
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

  /**
   * First of all: a client address with too many failed logins is refused before any password is
   * checked (the webapps' login form, HTTP Basic on {@code /api} and {@code /engine-rest}).
   */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottle(
      @Value("${rectify.security.login-throttle.max-failures:20}") int maxFailures,
      @Value("${rectify.security.login-throttle.window:PT10M}") Duration window) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(
            new LoginThrottleFilter(maxFailures, window, Clock.systemUTC()));
    registration.setName("rectify-login-throttle");
    registration.addUrlPatterns(
        "/engine-rest/*", "/api/*", "/mail", "/mail/*", "/camunda/api/admin/auth/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Before authentication: a forged request is refused whatever credentials a browser adds. */
  @Bean
  FilterRegistrationBean<SameOriginFilter> engineRestSameOrigin() {
    FilterRegistrationBean<SameOriginFilter> registration =
        new FilterRegistrationBean<>(new SameOriginFilter());
    registration.setName("rectify-engine-rest-same-origin");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
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

  /** After the engine's authentication, so that the caller is known. */
  @Bean
  FilterRegistrationBean<EngineResourceGuardFilter> engineResourceGuard(ProcessEngine engine) {
    FilterRegistrationBean<EngineResourceGuardFilter> registration =
        new FilterRegistrationBean<>(new EngineResourceGuardFilter(engine));
    registration.setName("rectify-engine-resource-guard");
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
