package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * A gateway's {@code checkedBy} (lint rule {@code rectify/exclusive-gateway-default}, issue 26) is
 * a promise: the named bean refuses, at the step where the user acted, any value the gateway's
 * conditions do not expect. The lint only sees that the property is there; this test holds the
 * promise to the model: every user task whose completion reaches the gateway (through service tasks
 * and joins) runs that bean as a {@code complete} task listener, so the refusal comes in the user's
 * own transaction and never as an incident. The beans' refusals themselves are shown by the process
 * tests.
 */
class GatewayCheckDeclarationTest {

  @Test
  void everyCheckedGatewayIsGuardedByItsBeanOnEveryTaskThatReachesIt() throws IOException {
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
        if (gateway.getOutgoing().size() < 2 || gateway.getDefault() != null) {
          continue;
        }
        String bean = checkedBy(gateway);
        String name = file.getFileName() + "#" + gateway.getId();
        if (bean == null) {
          problems.add(name + ": neither a default flow nor checkedBy");
          continue;
        }
        List<UserTask> tasks = userTasksBefore(gateway, problems, name);
        if (tasks.isEmpty()) {
          problems.add(name + ": no user task before it to run " + bean);
        }
        for (UserTask task : tasks) {
          if (!completesWith(task, bean)) {
            problems.add(name + ": " + task.getId() + " has no complete listener ${" + bean + "}");
          }
        }
        checked.add(name);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
  }

  private static String checkedBy(ExclusiveGateway gateway) {
    if (gateway.getExtensionElements() == null) {
      return null;
    }
    return gateway
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaProperties.class)
        .list()
        .stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> "checkedBy".equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(value -> value != null && !value.isBlank())
        .findFirst()
        .orElse(null);
  }

  /** The user tasks whose completion leads to the gateway without another user task between. */
  private static List<UserTask> userTasksBefore(
      ExclusiveGateway gateway, List<String> problems, String name) {
    List<UserTask> tasks = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<FlowNode> open = new ArrayDeque<>(List.of(gateway));
    while (!open.isEmpty()) {
      FlowNode node = open.pop();
      for (SequenceFlow flow : node.getIncoming()) {
        FlowNode source = flow.getSource();
        if (!seen.add(source.getId())) {
          continue;
        }
        if (source instanceof UserTask task) {
          tasks.add(task);
        } else if (source instanceof StartEvent) {
          problems.add(name + ": reached from " + source.getId() + " without a user task");
        } else {
          open.push(source);
        }
      }
    }
    return tasks;
  }

  private static boolean completesWith(UserTask task, String bean) {
    return task.getExtensionElements() != null
        && task
            .getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaTaskListener.class)
            .list()
            .stream()
            .anyMatch(
                listener ->
                    "complete".equals(listener.getCamundaEvent())
                        && ("${" + bean + "}").equals(listener.getCamundaDelegateExpression()));
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
