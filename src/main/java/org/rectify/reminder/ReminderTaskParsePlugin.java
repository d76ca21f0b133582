package org.rectify.reminder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rectify.platform.ParseListeners;
import org.springframework.stereotype.Component;

/**
 * Reads every {@code reminderMail} task's extension properties ({@code camunda:properties}: {@code
 * reminderType}, {@code reminderTask}, {@code reminderRecipients}) once, when its definition is
 * parsed, and keeps them on the activity for {@link ReminderSpec#of}. A reminder without a valid
 * type, task or recipients is refused at deployment, naming the task and the property, instead of
 * failing as an incident on the day it falls due. Tasks that still pass them as input parameters
 * (definitions deployed before) are checked when they fire, as before.
 */
@Component
class ReminderTaskParsePlugin extends AbstractProcessEnginePlugin {

  static final PropertyKey<ReminderSpec> REMINDER = new PropertyKey<>("rectifyReminder");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterEngines(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (ReminderRetryPlugin.REMINDER_MAIL_EXPRESSION.equals(
                element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression"))) {
              parse(element, activity);
            }
          }
        });
  }

  static void parse(Element element, ActivityImpl activity) {
    if (hasInputParameters(element)) {
      return;
    }
    Map<String, String> values = properties(element);
    try {
      activity
          .getProperties()
          .set(
              REMINDER,
              ReminderSpec.parse(
                  values.get(ReminderSpec.TYPE),
                  values.get(ReminderSpec.TASK),
                  values.get(ReminderSpec.RECIPIENTS),
                  values.get(ReminderSpec.DUE_DATE)));
    } catch (ProcessEngineException e) {
      throw new BpmnParseException(
          "“"
              + activity.getId()
              + "”（"
              + element.attribute("name", "")
              + "）："
              + e.getMessage()
              + "；见 docs/reminders.md",
          element);
    }
  }

  private static Map<String, String> properties(Element element) {
    Map<String, String> values = new LinkedHashMap<>();
    Element extensions = element.element("extensionElements");
    Element properties =
        extensions == null
            ? null
            : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties != null) {
      for (Element property :
          properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        values.put(property.attribute("name"), property.attribute("value"));
      }
    }
    return values;
  }

  /** The engine parses input parameters after the parse listeners run: read from the XML. */
  private static boolean hasInputParameters(Element element) {
    Element extensions = element.element("extensionElements");
    Element inputOutput =
        extensions == null
            ? null
            : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "inputOutput");
    return inputOutput != null
        && inputOutput.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "inputParameter").stream()
            .anyMatch(parameter -> ReminderSpec.TYPE.equals(parameter.attribute("name")));
  }
}
