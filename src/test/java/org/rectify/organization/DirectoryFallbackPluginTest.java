package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A task the model assigns from the directory ({@code headOf}, {@code leaderOf}) falls back to the
 * department's group when the directory has nobody, with a comment saying why and the office told;
 * with someone in the role, it goes to that person as before (issue 26).
 */
class DirectoryFallbackPluginTest {

  static final OrganizationDirectory ORGANIZATION = mock(OrganizationDirectory.class);
  static final List<Object> EVENTS = new ArrayList<>();
  static ProcessEngine engine;

  @BeforeAll
  static void engineWithPlugin() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("directory-fallback-test");
    configuration.setJdbcUrl("jdbc:h2:mem:directory-fallback-test;DB_CLOSE_DELAY=1000");
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(Map.of("organization", ORGANIZATION));
    configuration.getProcessEnginePlugins().add(new DirectoryFallbackPlugin(EVENTS::add));
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "directory.bpmn",
            Bpmn.createExecutableProcess("directory")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Claim")
                .name("认领整改措施")
                .camundaAssignee("${organization.headOf(department)}")
                .userTask("UserTask_Decide")
                .name("决定通报方式")
                .camundaAssignee("${organization.leaderOf('supervision')}")
                .endEvent()
                .done())
        .deploy();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void directory() {
    EVENTS.clear();
    when(ORGANIZATION.nameOf("greening")).thenReturn("园林绿化科");
    when(ORGANIZATION.nameOf("supervision")).thenReturn("督查室");
    when(ORGANIZATION.headOrNobody(anyString())).thenReturn(null);
    when(ORGANIZATION.leaderOrNobody(anyString())).thenReturn(null);
  }

  ProcessInstance start() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey("directory", Map.of("department", "greening"));
  }

  Task openTask(ProcessInstance instance) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  @Test
  void headTaskGoesToTheDepartmentGroupWhenTheDirectoryHasNoHead() {
    Task task = openTask(start());

    assertThat(task.getAssignee()).isNull();
    assertThat(candidateGroups(task)).containsExactly("greening");
    assertThat(engine.getTaskService().getTaskComments(task.getId()))
        .singleElement()
        .satisfies(
            comment ->
                assertThat(comment.getFullMessage())
                    .isEqualTo(
                        "组织机构中“园林绿化科”暂无负责人，任务“认领整改措施”已转由本科室人员认领办理，并已告知整改办；请管理员在组织机构中补充负责人。"));
    assertThat(EVENTS)
        .singleElement()
        .isEqualTo(
            new DirectoryFallback(
                task.getId(),
                "greening",
                "负责人",
                engine.getTaskService().getTaskComments(task.getId()).get(0).getFullMessage()));
  }

  @Test
  void leaderTaskOfANamedDepartmentFallsBackToThatDepartment() {
    when(ORGANIZATION.headOrNobody("greening")).thenReturn("greeningHead");
    ProcessInstance instance = start();
    engine.getTaskService().complete(openTask(instance).getId());

    Task decide = openTask(instance);
    assertThat(decide.getName()).isEqualTo("决定通报方式");
    assertThat(decide.getAssignee()).isNull();
    assertThat(candidateGroups(decide)).containsExactly("supervision");
    assertThat(EVENTS)
        .singleElement()
        .extracting(event -> ((DirectoryFallback) event).role())
        .isEqualTo("分管领导");
  }

  @Test
  void taskGoesToThePersonWhenTheDirectoryHasOne() {
    when(ORGANIZATION.headOrNobody("greening")).thenReturn("greeningHead");
    Task task = openTask(start());

    assertThat(task.getAssignee()).isEqualTo("greeningHead");
    assertThat(candidateGroups(task)).isEmpty();
    assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
    assertThat(EVENTS).isEmpty();
  }
}
