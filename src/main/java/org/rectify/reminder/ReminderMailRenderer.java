package org.rectify.reminder;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders reminder mails with Thymeleaf from {@code mail-templates/reminder.html} (HTML, escaped)
 * and {@code mail-templates/reminder.txt} (plain text). A private engine, so the web pages'
 * template engine and its auto-configuration stay untouched. Its Spring expressions are compiled to
 * byte code once they have run ({@code rectify.mail.compile-template-expressions}, default on):
 * evaluating them by reflection was half of the rendering's CPU in the reminder flush
 * (docs/benchmarks.md).
 *
 * <p>Every rendering gets a {@link ThymeleafEvaluationContext}, the evaluation context Spring MVC's
 * Thymeleaf views use ({@code rectify.mail.cache-template-property-access}, default on). Without
 * one, a template engine used outside a web view creates a plain evaluation context per rendering,
 * whose property accessor starts with an empty cache: every {@code ${mail.…}} then looked its
 * getter up again by reflection (sorting the class's methods), about a third of the rendering's CPU
 * in the reminder flush. Thymeleaf's context shares one accessor, with its cache, between
 * renderings, and applies Thymeleaf's restrictions on which members an expression may reach.
 */
@Component
class ReminderMailRenderer {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final ApplicationContext applicationContext;

  ReminderMailRenderer(
      @Value("${rectify.mail.compile-template-expressions:true}") boolean compileExpressions,
      @Value("${rectify.mail.cache-template-property-access:true}") boolean cachePropertyAccess,
      ApplicationContext applicationContext) {
    this.applicationContext = cachePropertyAccess ? applicationContext : null;
    engine.setEnableSpringELCompiler(compileExpressions);
    engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
  }

  String html(ReminderMail mail) {
    return engine.process("reminder.html", context(mail));
  }

  String text(ReminderMail mail) {
    return engine.process("reminder.txt", context(mail));
  }

  /** Renders {@code mail-templates/<name>.html} or {@code .txt} with the given variables. */
  String render(String template, Map<String, Object> variables) {
    Context context = newContext();
    context.setVariables(variables);
    return engine.process(template, context);
  }

  private Context context(ReminderMail mail) {
    Context context = newContext();
    context.setVariable("mail", mail);
    context.setVariable("subject", mail.subject());
    return context;
  }

  /**
   * An evaluation context is not thread-safe, so each rendering gets its own; the accessors inside
   * are shared.
   */
  private Context newContext() {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    if (applicationContext != null) {
      context.setVariable(
          ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
          new ThymeleafEvaluationContext(applicationContext, null));
    }
    return context;
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail-templates/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of("*" + suffix));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }
}
