package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pin names Angus Mail's provider only when nobody else did, and takes it back on shutdown. */
class MailStreamProviderPinTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(MailStreamProviderPin.PROPERTY);
    System.clearProperty(MailStreamProviderPin.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(MailStreamProviderPin.PROPERTY);
    } else {
      System.setProperty(MailStreamProviderPin.PROPERTY, before);
    }
  }

  @Test
  void pinsTheProviderTheApiThenLoadsDirectlyAndUnpinsOnShutdown() {
    MailStreamProviderPin pin = new MailStreamProviderPin(new RectifyMailProperties());
    assertThat(System.getProperty(MailStreamProviderPin.PROPERTY))
        .isEqualTo(MailStreamProviderPin.ANGUS_PROVIDER);
    assertThat(StreamProvider.provider().getClass().getName())
        .isEqualTo(MailStreamProviderPin.ANGUS_PROVIDER);
    pin.destroy();
    assertThat(System.getProperty(MailStreamProviderPin.PROPERTY)).isNull();
  }

  @Test
  void leavesAProviderSomebodyElseNamedAndSwitchedOffDoesNothing() {
    System.setProperty(MailStreamProviderPin.PROPERTY, "com.example.OtherProvider");
    new MailStreamProviderPin(new RectifyMailProperties()).destroy();
    assertThat(System.getProperty(MailStreamProviderPin.PROPERTY))
        .isEqualTo("com.example.OtherProvider");

    System.clearProperty(MailStreamProviderPin.PROPERTY);
    RectifyMailProperties off = new RectifyMailProperties();
    off.setPinStreamProvider(false);
    new MailStreamProviderPin(off);
    assertThat(System.getProperty(MailStreamProviderPin.PROPERTY)).isNull();
  }
}
