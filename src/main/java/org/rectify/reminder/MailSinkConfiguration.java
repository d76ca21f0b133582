package org.rectify.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default: an SMTP sink (GreenMail) inside the application on 127.0.0.1, so a
 * first-time user sees reminders on {@code /mail} without any mail server. Switched on by {@code
 * rectify.mail.sink.enabled}; mails go to it only while no real server is configured ({@code
 * spring.mail.host} unset), otherwise Spring Boot's own {@link JavaMailSender} delivers to that
 * server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rectify.mail.sink.enabled", havingValue = "true")
class MailSinkConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MailSinkConfiguration.class);
  static final String LOOPBACK = "127.0.0.1";

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail mailSink(RectifyMailProperties properties) {
    int port = properties.getSink().getPort();
    LOG.info("内置邮件沙箱（GreenMail）监听 {}:{}，收到的邮件见 /mail", LOOPBACK, port);
    return new GreenMail(new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
  }

  @Bean
  @Conditional(NoSmtpHostConfigured.class)
  JavaMailSender mailSinkSender(RectifyMailProperties properties) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(LOOPBACK);
    sender.setPort(properties.getSink().getPort());
    sender.setDefaultEncoding("UTF-8");
    Properties javaMail = new Properties();
    javaMail.setProperty("mail.smtp.connectiontimeout", "5000");
    javaMail.setProperty("mail.smtp.timeout", "10000");
    sender.setJavaMailProperties(javaMail);
    return sender;
  }

  /**
   * True while {@code spring.mail.host} is not set (then Spring Boot creates no mail sender of its
   * own).
   */
  static class NoSmtpHostConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      String host = context.getEnvironment().getProperty("spring.mail.host");
      return host == null || host.isBlank()
          ? ConditionOutcome.match("spring.mail.host not set: mails go to the embedded sink")
          : ConditionOutcome.noMatch("spring.mail.host=" + host);
    }
  }
}
