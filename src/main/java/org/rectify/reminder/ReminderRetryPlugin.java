package org.rectify.reminder;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rectify.platform.ParseListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets operations override the retry cycle of every {@code reminderMail} service task ({@code
 * rectify.reminder.retry-cycle}, e.g. {@code R2/PT5S} for the fault-injection suite) without
 * touching the models, which keep their {@code R5/PT5M}. Unset (the default): the models' own cycle
 * applies. The engine adds its own retry parse listener after all custom ones, so the reminder
 * tasks are only marked per activity and get the configured cycle when the whole process has been
 * parsed ({@code parseProcess} comes last); this runs on every node whenever a definition is
 * parsed.
 */
@Component
class ReminderRetryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderRetryPlugin.class);
  static final String REMINDER_MAIL_EXPRESSION = "${reminderMail}";
  private static final PropertyKey<Boolean> REMINDER_MAIL_TASK =
      new PropertyKey<>("rectifyReminderMailTask");

  private final String retryCycle;

  ReminderRetryPlugin(ReminderProperties properties) {
    this.retryCycle = properties.getRetryCycle();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (retryCycle == null || retryCycle.isBlank()) {
      return;
    }
    FailedJobRetryConfiguration override =
        retryCycle.contains("$") ? null : ParseUtil.parseRetryIntervals(retryCycle.trim());
    if (override == null) {
      throw new IllegalStateException(
          "rectify.reminder.retry-cycle 无效：" + retryCycle + "（例如 R5/PT5M）");
    }
    LOG.warn("提醒邮件任务的重试周期由配置改为 {}（模型中为 R5/PT5M）", retryCycle);
    ParseListeners.addAfterEngines(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String delegate =
                element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
            if (REMINDER_MAIL_EXPRESSION.equals(delegate)) {
              activity.getProperties().set(REMINDER_MAIL_TASK, true);
            }
          }

          /**
           * Called when the whole process is parsed, after the engine's retry listener has seen
           * every activity.
           */
          @Override
          public void parseProcess(Element element, ProcessDefinitionEntity definition) {
            override(definition.getActivities(), override);
          }
        });
  }

  private static void override(
      List<ActivityImpl> activities, FailedJobRetryConfiguration override) {
    for (ActivityImpl activity : activities) {
      if (Boolean.TRUE.equals(activity.getProperties().get(REMINDER_MAIL_TASK))) {
        activity
            .getProperties()
            .set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION, override);
      }
      override(activity.getActivities(), override);
    }
  }
}
