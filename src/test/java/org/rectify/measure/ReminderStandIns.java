package org.rectify.measure;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * For Spring tests of this capability: registers stand-ins for the reminder capability's {@code
 * reminderTimes} and {@code reminderMail} only when the real beans (issue 7) are not in the
 * context, so the tests run on this branch alone and, once merged, against the real beans.
 */
class ReminderStandIns implements BeanDefinitionRegistryPostProcessor {

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (!registry.containsBeanDefinition("reminderTimes")) {
      registry.registerBeanDefinition(
          "reminderTimes", new RootBeanDefinition(FakeReminderTimes.class));
    }
    if (!registry.containsBeanDefinition("reminderMail")) {
      registry.registerBeanDefinition(
          "reminderMail", new RootBeanDefinition(RecordingReminderMail.class));
    }
  }
}
