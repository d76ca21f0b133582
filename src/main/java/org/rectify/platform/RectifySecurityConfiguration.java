package org.rectify.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may use Rectify's own endpoints — {@code /api}, the pages under {@code /reports}, {@code
 * /measures} and {@code /mail}, and the actuator — declared in one place with Spring Security. The
 * Camunda webapps ({@code /camunda}) and the engine's REST API ({@code /engine-rest}) keep their
 * own login; this chain does not touch them.
 *
 * <p>One login: a user logged in to Tasklist, Cockpit or Admin is recognised on these endpoints by
 * the same webapp session ({@link WebappSessionAuthenticationFilter}); the browser never sees a
 * password prompt, because no response here challenges for HTTP Basic ({@link
 * RectifyAuthenticationEntryPoint}), so no browser caches credentials for a forged request to use.
 * Integrations still send HTTP Basic with each request ({@link EngineUserAuthenticationProvider}).
 * A state change made with the session needs Camunda's CSRF token ({@code X-XSRF-TOKEN}, the {@code
 * XSRF-TOKEN} cookie the webapps set); any state change from another site's page is refused ({@link
 * SameOriginFilter}). While a request runs, its user is the engine's current authentication, so
 * every engine call made for it is checked against that user's authorizations.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class RectifySecurityConfiguration {

  static final String ADMIN = WebSecurityConfiguration.ADMIN_GROUP;

  /** A bean, so that Spring Boot sets up no user store of its own (no generated password). */
  @Bean
  EngineUserAuthenticationProvider engineUserAuthenticationProvider(ProcessEngine engine) {
    return new EngineUserAuthenticationProvider(engine.getIdentityService());
  }

  @Bean
  SecurityFilterChain rectifyEndpoints(
      HttpSecurity http,
      ProcessEngine engine,
      EngineUserAuthenticationProvider engineUsers,
      EndpointAccess.Rules access)
      throws Exception {
    RectifyAuthenticationEntryPoint entryPoint = new RectifyAuthenticationEntryPoint();
    http.securityMatcher(
            "/api/**", "/reports/**", "/measures/**", "/mail", "/mail/**", "/actuator/**")
        .authorizeHttpRequests(
            rules -> {
              for (EndpointAccess endpoint : access.endpoints()) {
                var matcher = rules.requestMatchers(endpoint.method(), endpoint.pattern());
                switch (endpoint.audience()) {
                  case ANYONE -> matcher.permitAll();
                  case EVERY_USER -> matcher.authenticated();
                  case GROUPS -> matcher.hasAnyAuthority(endpoint.groups().toArray(String[]::new));
                }
              }
              // an endpoint the access matrix does not name is nobody's
              rules.anyRequest().denyAll();
            })
        .authenticationProvider(engineUsers)
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .addFilterBefore(
            new WebappSessionAuthenticationFilter(engine), BasicAuthenticationFilter.class)
        .addFilterBefore(new SameOriginFilter(), CsrfFilter.class)
        .addFilterAfter(
            new EngineAuthenticationFilter(engine.getIdentityService()), AuthorizationFilter.class)
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(new CamundaCsrfTokenRepository())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .requireCsrfProtectionMatcher(CamundaCsrfTokenRepository::needsToken))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(new RectifyAccessDeniedHandler(access)))
        // the session is the webapps': never created, changed or invalidated here (a changed
        // session id logged the person out of Cockpit while its other requests were under way)
        .sessionManagement(AbstractHttpConfigurer::disable)
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                    + " 'unsafe-inline'; script-src 'self' 'unsafe-inline';"
                                    + " object-src 'none'; base-uri 'self'; form-action 'self';"
                                    + " frame-ancestors 'self'"))
                    .frameOptions(frame -> frame.sameOrigin())
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
