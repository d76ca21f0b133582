package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user task of agenda-prereview has a Chinese name and a deployed Camunda Form with a
 * matching id; so has the start event (the Tasklist start form).
 */
class AgendaFormReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"agenda-prereview"})
  void everyUserTaskReferencesAnExistingFormById(String process) throws IOException {
    BpmnModelInstance model =
        Bpmn.readModelFromFile(Path.of("processes", process + ".bpmn").toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      assertThat(formRef).as("formRef of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      Path form = Path.of("forms", formRef + ".form");
      assertThat(form).as("form of %s", task.getId()).exists();
      assertThat(Files.readString(form)).contains("\"id\": \"" + formRef + "\"");
      assertThat(task.getName()).matches(".*\\p{IsHan}.*");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"agenda-prereview"})
  void theStartEventReferencesTheStartForm(String process) throws IOException {
    BpmnModelInstance model =
        Bpmn.readModelFromFile(Path.of("processes", process + ".bpmn").toFile());
    StartEvent start = model.getModelElementById("StartEvent_Submitted");
    assertThat(start.getCamundaFormRef()).isEqualTo("agenda-start");
    assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
    assertThat(Files.readString(Path.of("forms", "agenda-start.form")))
        .contains("\"id\": \"agenda-start\"")
        .contains("\"key\": \"quote1Supplier\"")
        .contains("\"key\": \"quote" + AgendaStartFormListener.QUOTE_ROWS + "Forged\"")
        .doesNotContain("dynamiclist");
  }
}
