package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every file of {@code processes/} and {@code forms/} reaches the engine: none may silently fail to
 * deploy.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeploymentTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyModelAndFormOfTheProjectIsDeployed() throws IOException {
    List<String> files = Stream.concat(list("processes"), list("forms")).toList();
    assertThat(files).as("the project ships process models").isNotEmpty();
    List<String> deployed =
        repositoryService.createDeploymentQuery().list().stream()
            .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
            .map(Resource::getName)
            .map(name -> name.replace('\\', '/'))
            .toList();
    for (String file : files) {
      assertThat(deployed).as("deployed resources").anyMatch(name -> name.endsWith(file));
    }
  }

  @Test
  void everyBpmnFileIsNamedAfterItsProcessId() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String key = model.getFileName().toString().replace(".bpmn", "");
        assertThat(
                repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count())
            .as("process id of %s", model)
            .isPositive();
      }
    }
  }

  private static Stream<String> list(String folder) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return paths
          .filter(Files::isRegularFile)
          .map(p -> Path.of(folder).relativize(p).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
          .map(name -> folder + "/" + name)
          .toList()
          .stream();
    }
  }
}
