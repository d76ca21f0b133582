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
  @Autowired org.camunda.bpm.engine.FormService formService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;

  /**
   * 发起流程 offers only what a user can actually start there: processes with a start form of their
   * own. The others are started by Rectify (a registration, a timer, a parent process) and would
   * show Camunda's generic variables form and then refuse.
   */
  @Test
  void tasklistOffersOnlyProcessesWithAStartForm() {
    List<org.camunda.bpm.engine.repository.ProcessDefinition> offered =
        repositoryService
            .createProcessDefinitionQuery()
            .latestVersion()
            .startableInTasklist()
            .list();
    assertThat(offered).extracting("key").containsExactly("agenda-prereview");
    for (var definition : offered) {
      assertThat(formService.getDeployedStartForm(definition.getId())).isNotNull();
    }
    // what a department clerk and the rectification office see under 发起流程 (Tasklist's query)
    for (String user : List.of("rectOffice1", "greening1")) {
      identityService.setAuthentication(
          user,
          identityService.createGroupQuery().groupMember(user).list().stream()
              .map(org.camunda.bpm.engine.identity.Group::getId)
              .toList());
      try {
        assertThat(
                repositoryService
                    .createProcessDefinitionQuery()
                    .latestVersion()
                    .active()
                    .startableInTasklist()
                    .startablePermissionCheck()
                    .list())
            .as(user)
            .extracting("key")
            .containsExactly("agenda-prereview");
      } finally {
        identityService.clearAuthentication();
      }
    }
  }

  /**
   * 发起流程 for every role (one demo user per group, issue 22): nothing but processes with a start
   * form, measure-lifecycle never, and whatever is offered the user may really start (CREATE on
   * process instances as well as CREATE_INSTANCE on the definition).
   */
  @Test
  void everyRoleIsOfferedOnlyWhatItCanStart() {
    List<String> offeredToSomebody = new java.util.ArrayList<>();
    for (var group : org.rectify.organization.OrganizationGroups.ALL) {
      String user = group.id() + "1";
      List<String> groups =
          identityService.createGroupQuery().groupMember(user).list().stream()
              .map(org.camunda.bpm.engine.identity.Group::getId)
              .toList();
      assertThat(groups).as("demo user %s", user).contains(group.id());
      identityService.setAuthentication(user, groups);
      List<String> offered;
      try {
        offered =
            repositoryService
                .createProcessDefinitionQuery()
                .latestVersion()
                .active()
                .startableInTasklist()
                .startablePermissionCheck()
                .list()
                .stream()
                .map(org.camunda.bpm.engine.repository.ProcessDefinition::getKey)
                .toList();
      } finally {
        identityService.clearAuthentication();
      }
      assertThat(offered)
          .as(user)
          .doesNotContain("measure-lifecycle")
          .isSubsetOf("agenda-prereview");
      if (!offered.isEmpty()) {
        assertThat(
                authorizationService.isUserAuthorized(
                    user,
                    groups,
                    org.camunda.bpm.engine.authorization.Permissions.CREATE,
                    org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE))
            .as("%s may start what 发起流程 offers", user)
            .isTrue();
        offeredToSomebody.add(user);
      }
    }
    assertThat(offeredToSomebody).contains("greening1", "rectOffice1", "office1");
  }

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
