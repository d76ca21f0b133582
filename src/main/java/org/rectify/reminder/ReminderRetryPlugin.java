package org.rectify.reminder;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets operations override the retry cycle of every {@code reminderMail} service task
 * ({@code rectify.reminder.retry-cycle}, e.g. {@code R2/PT5S} for the fault-injection suite) without touching the
 * models, which keep their {@code R5/PT5M}. Unset (the default): the models' own cycle applies. A post parse
 * listener runs after the engine's own retry parsing, on every node whenever a definition is parsed.
 */
@Component
class ReminderRetryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderRetryPlugin.class);
  static final String REMINDER_MAIL_EXPRESSION = "${reminderMail}";

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
      throw new IllegalStateException("rectify.reminder.retry-cycle 无效：" + retryCycle + "（例如 R5/PT5M）");
    }
    LOG.warn("提醒邮件任务的重试周期由配置改为 {}（模型中为 R5/PT5M）", retryCycle);
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
        if (REMINDER_MAIL_EXPRESSION.equals(delegate)) {
          activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION, override);
        }
      }
    });
  }
}
