package org.rectify.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Names Jakarta Mail's stream provider once ({@code jakarta.mail.util.StreamProvider} system
 * property). Without it, Jakarta Mail 2.1 runs a {@link java.util.ServiceLoader} classpath scan for
 * every multipart, body part, header block and encoded word it creates (jakartaee/mail-api#699,
 * #861): a third of the CPU of a reminder flush went into jar look-ups (docs/benchmarks.md). With
 * the property the API loads the named class directly. Set only when nobody set it before and the
 * Angus implementation (the one on the classpath) is present; removed again on shutdown if set
 * here. {@code rectify.mail.pin-stream-provider=false} leaves Jakarta Mail's own look-up.
 */
@Component
class MailStreamProviderPin implements DisposableBean {

  static final String PROPERTY = "jakarta.mail.util.StreamProvider";
  static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";
  private static final Logger LOG = LoggerFactory.getLogger(MailStreamProviderPin.class);

  private final boolean pinnedHere;

  MailStreamProviderPin(RectifyMailProperties properties) {
    boolean pin =
        properties.isPinStreamProvider()
            && System.getProperty(PROPERTY) == null
            && ClassUtils.isPresent(ANGUS_PROVIDER, MailStreamProviderPin.class.getClassLoader());
    if (pin) {
      System.setProperty(PROPERTY, ANGUS_PROVIDER);
      LOG.debug("Jakarta Mail stream provider pinned to {}", ANGUS_PROVIDER);
    }
    this.pinnedHere = pin;
  }

  @Override
  public void destroy() {
    if (pinnedHere) {
      System.clearProperty(PROPERTY);
    }
  }
}
