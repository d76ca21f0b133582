package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The ratchet of people's steps (issue 23): every user task in {@code processes/} is either
 * completed by a browser journey ({@code journeys/walked.txt}, which each journey asserts against
 * what it really completed) or still listed in {@code journeys/not-yet-walked.txt}; a walked task
 * must leave that list, so it can only shrink. Prints {@code JOURNEYS walked=N of M}.
 */
class JourneyCoverageTest {

  @Test
  void everyUserTaskIsWalkedByAJourneyOrListedAsNotYetWalked() throws IOException {
    Set<String> userTasks = userTasks();
    Set<String> walked =
        WalkedTasks.walked().stream()
            .map(WalkedTasks.Entry::userTask)
            .collect(Collectors.toCollection(TreeSet::new));
    List<String> notYetWalked = WalkedTasks.notYetWalked();

    assertThat(walked).as("walked.txt names user tasks of processes/").isSubsetOf(userTasks);
    assertThat(notYetWalked)
        .as("not-yet-walked.txt names user tasks of processes/, each once")
        .doesNotHaveDuplicates()
        .allSatisfy(task -> assertThat(userTasks).contains(task));
    Set<String> walkedButListed = new TreeSet<>(notYetWalked);
    walkedButListed.retainAll(walked);
    assertThat(walkedButListed)
        .as("walked by a journey now: remove from " + WalkedTasks.NOT_YET_WALKED)
        .isEmpty();
    Set<String> uncovered = new TreeSet<>(userTasks);
    uncovered.removeAll(walked);
    uncovered.removeAll(notYetWalked);
    assertThat(uncovered)
        .as("user tasks no journey walks and not listed in " + WalkedTasks.NOT_YET_WALKED)
        .isEmpty();

    System.out.println("JOURNEYS walked=" + walked.size() + " of " + userTasks.size());
  }

  @Test
  void eachJourneyDeclaresAUserTaskOnce() {
    assertThat(WalkedTasks.walked()).doesNotHaveDuplicates().isNotEmpty();
  }

  /** Every user task of every process in {@code processes/}, as {@code <process id> <task id>}. */
  static Set<String> userTasks() throws IOException {
    Set<String> tasks = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          tasks.add(WalkedTasks.userTask(processOf(task).getId(), task.getId()));
        }
      }
    }
    assertThat(tasks).as("user tasks in processes/").isNotEmpty();
    return tasks;
  }

  private static Process processOf(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }
}
