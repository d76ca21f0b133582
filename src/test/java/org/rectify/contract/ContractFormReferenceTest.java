package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user task of the contract processes has a Chinese name and a deployed Camunda Form with a
 * matching id.
 */
class ContractFormReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"contract-renewal", "contract-assessment", "contract-signing"})
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
}
