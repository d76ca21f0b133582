package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Records are kept ten years, technical processes 30 days (docs/reliability.md, Retention), and a
 * changed retention reaches earlier versions and instances that have already ended.
 */
@SpringBootTest
@ActiveProfiles("test")
class RecordRetentionTest {

  private static final long DAY = 86_400_000L;

  @Autowired RecordRetention retention;
  @Autowired RetentionProperties configured;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @Test
  void everyDeployedDefinitionHasTheRetentionOfItsKind() {
    List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().list();
    assertThat(processes)
        .filteredOn(p -> p.getKey().equals("measure-lifecycle"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).isEqualTo(3650));
    assertThat(processes)
        .filteredOn(
            p ->
                List.of("rectification-plan", "contract-renewal", "spot-check")
                    .contains(p.getKey()))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).isEqualTo(3650));
    assertThat(processes)
        .filteredOn(p -> configured.getTechnicalProcesses().contains(p.getKey()))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).isEqualTo(30));
    List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery().list();
    assertThat(decisions)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(3650));
  }

  @Test
  void aChangedRetentionReachesEarlierDeploymentsAndEndedInstances() {
    String deployment =
        repositoryService
            .createDeployment()
            .addClasspathResource("bpmn/department-task.bpmn")
            .deploy()
            .getId();
    try {
      ProcessDefinition definition =
          repositoryService.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
      assertThat(definition.getHistoryTimeToLive()).as("the model says one day").isEqualTo(1);

      assertThat(retention.apply(configured)).contains(definition.getId());
      assertThat(historyTimeToLive(definition)).isEqualTo(3650);
      HistoricProcessInstance ended = startAndFinish(definition);
      assertThat(ended.getRemovalTime())
          .isEqualTo(new Date(ended.getEndTime().getTime() + 3650 * DAY));

      RetentionProperties longer = new RetentionProperties();
      longer.setRecords(Duration.ofDays(4000));
      List<String> changed = retention.apply(longer);
      assertThat(changed).contains(definition.getId());
      assertThat(historyTimeToLive(definition)).isEqualTo(4000);
      runRemovalTimeBatch();
      assertThat(removalTimeOf(ended.getId()))
          .as("the instance that had ended gets the new removal time")
          .isEqualTo(new Date(ended.getEndTime().getTime() + 4000 * DAY));

      assertThat(retention.apply(configured)).as("back to the configuration").isNotEmpty();
      runRemovalTimeBatch();
      assertThat(retention.apply(configured)).as("nothing left to change").isEmpty();
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  private HistoricProcessInstance startAndFinish(ProcessDefinition definition) {
    String instance =
        runtimeService
            .startProcessInstanceById(
                definition.getId(),
                Map.of(
                    "department",
                    "greening",
                    "dueDate",
                    new Date(System.currentTimeMillis() + DAY)))
            .getId();
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceId(instance)
        .finished()
        .singleResult();
  }

  private Integer historyTimeToLive(ProcessDefinition definition) {
    return repositoryService.getProcessDefinition(definition.getId()).getHistoryTimeToLive();
  }

  private Date removalTimeOf(String instanceId) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId)
        .singleResult()
        .getRemovalTime();
  }

  /** Runs the removal-time batch as the job executor would (it is off in tests). */
  private void runRemovalTimeBatch() {
    Batch batch =
        managementService
            .createBatchQuery()
            .type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME)
            .singleResult();
    assertThat(batch).as("a batch recalculates the removal times").isNotNull();
    for (String jobDefinition :
        List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
      for (Job job : managementService.createJobQuery().jobDefinitionId(jobDefinition).list()) {
        managementService.executeJob(job.getId());
      }
    }
    for (Job job :
        managementService
            .createJobQuery()
            .jobDefinitionId(batch.getBatchJobDefinitionId())
            .list()) {
      managementService.executeJob(job.getId());
    }
    managementService.deleteBatch(batch.getId(), true);
  }
}
