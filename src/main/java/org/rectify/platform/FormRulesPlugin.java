package org.rectify.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches the {@link FormRule}s to the user tasks whose form they check: every user task with a
 * {@code camunda:formRef} gets one built-in "complete" listener (it runs before the model's own)
 * that runs the rules of its form. The rules are looked up when a task completes, so the plugin
 * needs no rule bean while the engine is built.
 */
@Component
public class FormRulesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FormRule> rules;
  private volatile Map<String, List<FormRule>> byForm;

  FormRulesPlugin(ObjectProvider<FormRule> rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterEngines(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            if (form != null
                && !form.contains("$")
                && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
              userTask
                  .getTaskDefinition()
                  .addBuiltInTaskListener(
                      TaskListener.EVENTNAME_COMPLETE, task -> check(form, task));
            }
          }
        });
  }

  private void check(String form, DelegateTask task) {
    for (FormRule rule : rulesOf(form)) {
      rule.check(form, task);
    }
  }

  private List<FormRule> rulesOf(String form) {
    Map<String, List<FormRule>> known = byForm;
    if (known == null) {
      Map<String, List<FormRule>> collected = new HashMap<>();
      rules
          .orderedStream()
          .forEach(
              rule ->
                  rule.forms()
                      .forEach(
                          id -> collected.computeIfAbsent(id, key -> new ArrayList<>()).add(rule)));
      known = Map.copyOf(collected);
      byForm = known;
    }
    return known.getOrDefault(form, List.of());
  }
}
