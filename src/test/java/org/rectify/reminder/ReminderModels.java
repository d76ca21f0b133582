package org.rectify.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Reminder tasks in models built by tests: the contract's extension properties, and the form used
 * before them (input parameters), which definitions deployed earlier still carry and the delegate
 * still reads.
 */
public final class ReminderModels {

  private ReminderModels() {}

  /** Gives the {@code reminderMail} task {@code taskId} its reminder as extension properties. */
  public static BpmnModelInstance withReminder(
      BpmnModelInstance model, String taskId, String type, String task, String recipients) {
    ServiceTask serviceTask = model.getModelElementById(taskId);
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    for (Map.Entry<String, String> entry : values(type, task, recipients).entrySet()) {
      CamundaProperty property = model.newInstance(CamundaProperty.class);
      property.setCamundaName(entry.getKey());
      property.setCamundaValue(entry.getValue());
      properties.getCamundaProperties().add(property);
    }
    extensionElements(model, serviceTask).addChildElement(properties);
    return model;
  }

  /**
   * Turns every {@code reminderMail} task's extension properties back into input parameters, as
   * models were before (the task then is a scope with three local variables per firing). Returns
   * how many tasks were changed.
   */
  public static int asInputParameters(BpmnModelInstance model) {
    int changed = 0;
    for (ServiceTask serviceTask : model.getModelElementsByType(ServiceTask.class)) {
      ExtensionElements extensions = serviceTask.getExtensionElements();
      if (!"${reminderMail}".equals(serviceTask.getCamundaDelegateExpression())
          || extensions == null) {
        continue;
      }
      for (CamundaProperties properties :
          new ArrayList<>(extensions.getChildElementsByType(CamundaProperties.class))) {
        CamundaInputOutput inputOutput = model.newInstance(CamundaInputOutput.class);
        for (CamundaProperty property : List.copyOf(properties.getCamundaProperties())) {
          CamundaInputParameter parameter = model.newInstance(CamundaInputParameter.class);
          parameter.setCamundaName(property.getCamundaName());
          parameter.setTextContent(property.getCamundaValue());
          inputOutput.getCamundaInputParameters().add(parameter);
        }
        extensions.removeChildElement(properties);
        extensions.addChildElement(inputOutput);
        changed++;
      }
    }
    return changed;
  }

  /**
   * For stand-ins of the {@code reminderMail} delegate in process tests: the reminder settings of
   * the task being executed, as the delegate reads them (extension properties, an expression in
   * them evaluated; else the input parameters of an older model), keyed {@code reminderType},
   * {@code reminderTask}, {@code reminderRecipients}.
   */
  public static Map<String, String> settings(DelegateExecution execution) {
    Map<String, String> values = new LinkedHashMap<>();
    FlowElement element = execution.getBpmnModelElementInstance();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions != null) {
      for (CamundaProperties properties :
          extensions.getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          String value = property.getCamundaValue();
          values.put(
              property.getCamundaName(),
              value != null && value.contains("${")
                  ? (String)
                      Context.getProcessEngineConfiguration()
                          .getExpressionManager()
                          .createExpression(value)
                          .getValue(execution)
                  : value);
        }
      }
    }
    if (values.isEmpty()) {
      for (String name : List.of(ReminderSpec.TYPE, ReminderSpec.TASK, ReminderSpec.RECIPIENTS)) {
        values.put(name, (String) execution.getVariableLocal(name));
      }
    }
    return values;
  }

  private static Map<String, String> values(String type, String task, String recipients) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ReminderSpec.TYPE, type);
    values.put(ReminderSpec.TASK, task);
    values.put(ReminderSpec.RECIPIENTS, recipients);
    return values;
  }

  private static ExtensionElements extensionElements(
      BpmnModelInstance model, ServiceTask serviceTask) {
    if (serviceTask.getExtensionElements() == null) {
      serviceTask.setExtensionElements(model.newInstance(ExtensionElements.class));
    }
    return serviceTask.getExtensionElements();
  }
}
