package org.rectify.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Adds Rectify's BPMN parse listeners after the engine's own (in a plugin's {@code preInit}). */
public final class ParseListeners {

  private ParseListeners() {}

  public static void addAfterEngines(
      ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }
}
