package org.rectify.reminder;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders reminder mails with Thymeleaf from {@code mail-templates/reminder.html} (HTML, escaped) and
 * {@code mail-templates/reminder.txt} (plain text). A private engine, so the web pages' template engine and its
 * auto-configuration stay untouched. Its Spring expressions are compiled to byte code once they have run
 * ({@code rectify.mail.compile-template-expressions}, default on): evaluating them by reflection was half of the
 * rendering's CPU in the reminder flush (docs/benchmarks.md).
 */
@Component
class ReminderMailRenderer {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  ReminderMailRenderer(@Value("${rectify.mail.compile-template-expressions:true}") boolean compileExpressions) {
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
  String render(String template, java.util.Map<String, Object> variables) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    context.setVariables(variables);
    return engine.process(template, context);
  }

  private static Context context(ReminderMail mail) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    context.setVariable("mail", mail);
    context.setVariable("subject", mail.subject());
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
