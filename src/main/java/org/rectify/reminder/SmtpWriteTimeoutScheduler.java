package org.rectify.reminder;

import java.util.Properties;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One timer thread for the SMTP write timeouts of all connections. With {@code
 * mail.smtp.writetimeout} set (as in application.yaml, so that a hanging server fails the job
 * instead of blocking a job thread), Jakarta Mail starts a thread pool of its own for every
 * connection it opens and stops it when the connection closes: one thread started and ended per
 * reminder in a flush. Given a scheduler in {@code mail.smtp.executor.writetimeout} (and the {@code
 * smtps} equivalent), it uses that one instead and leaves it running. The timeouts are unchanged:
 * each write still closes its socket when it takes longer than configured. Applied to every {@link
 * JavaMailSenderImpl} whose properties set a write timeout; {@code
 * rectify.mail.shared-write-timeout-scheduler=false} leaves Jakarta Mail's own pools.
 */
final class SmtpWriteTimeoutScheduler implements BeanPostProcessor, DisposableBean {

  static final String[] PROTOCOLS = {"smtp", "smtps"};

  private final boolean enabled;
  private ScheduledThreadPoolExecutor scheduler;

  SmtpWriteTimeoutScheduler(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (enabled && bean instanceof JavaMailSenderImpl sender) {
      Properties properties = sender.getJavaMailProperties();
      for (String protocol : PROTOCOLS) {
        String executorKey = "mail." + protocol + ".executor.writetimeout";
        if (properties.getProperty("mail." + protocol + ".writetimeout") != null
            && properties.get(executorKey) == null) {
          properties.put(executorKey, scheduler());
        }
      }
    }
    return bean;
  }

  synchronized ScheduledThreadPoolExecutor scheduler() {
    if (scheduler == null) {
      scheduler =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, "smtp-write-timeout");
                thread.setDaemon(true);
                return thread;
              });
      // every write schedules a timeout and cancels it when done: drop cancelled ones at once, not
      // after 30 s
      scheduler.setRemoveOnCancelPolicy(true);
    }
    return scheduler;
  }

  @Override
  public synchronized void destroy() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
