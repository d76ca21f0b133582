package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The seed's plan on the embedded default: plan facts, 37 measures, one running lifecycle each,
 * idempotent.
 */
@SpringBootTest(properties = "rectify.demo.plan.enabled=true")
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(ReminderStandIns.class)
class DemoPlanTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcClient jdbc;
  @Autowired DemoPlan demoPlan;
  @Autowired PlanRepository plans;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired PlanProgressDigest digest;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  @Test
  void seedsThePlanWithItsDeclaredCountAndAllThirtySevenMeasures() {
    assertThat(plans.summaries())
        .singleElement()
        .satisfies(
            plan -> {
              assertThat(plan.aspects()).isEqualTo(4);
              assertThat(plan.problems()).isEqualTo(17);
              assertThat(plan.measures()).isEqualTo(37);
              assertThat(plan.declaredMeasureCount()).isEqualTo(34);
            });
    PlanRepository.Plan plan = plans.find(plans.summaries().get(0).id()).orElseThrow();
    assertThat(plan.feedbackDate()).isEqualTo(LocalDate.of(2018, 6, 8));
    assertThat(plan.phase3End()).isEqualTo(LocalDate.of(2019, 12, 31));
  }

  @Test
  void runsOneLifecyclePerMeasureWithTheMeasureCodeAsBusinessKey() {
    List<ProcessInstance> instances =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(MeasureLifecycle.PROCESS_KEY)
            .list();
    assertThat(instances).hasSize(37);
    assertThat(instances).extracting(ProcessInstance::getBusinessKey).contains("M01", "M16", "M37");

    Task claim = taskService.createTaskQuery().processInstanceBusinessKey("M30").singleResult();
    assertThat(claim.getTaskDefinitionKey()).isEqualTo(MeasureLifecycle.Elements.CLAIM);
    assertThat(claim.getAssignee()).isEqualTo("officeHead");
    Task implementing =
        taskService.createTaskQuery().processInstanceBusinessKey("M16").singleResult();
    assertThat(implementing.getTaskDefinitionKey())
        .isEqualTo(MeasureLifecycle.Elements.REPORT_PROGRESS);
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(implementing.getId())
                .taskCandidateGroup("enforcement")
                .count())
        .isEqualTo(1);
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(implementing.getProcessInstanceId())
                .timers()
                .activityId(MeasureLifecycle.Elements.TIMER_BEFORE_DUE)
                .count())
        .as("the reminder ladder is armed on measures being implemented")
        .isEqualTo(1);
    Task longTerm = taskService.createTaskQuery().processInstanceBusinessKey("M08").singleResult();
    assertThat(longTerm.getTaskDefinitionKey())
        .isEqualTo(MeasureLifecycle.Elements.REPORT_LONG_TERM);
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(longTerm.getId())
                .taskCandidateGroup("partyBranch")
                .count())
        .isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("M01").count()).isZero();
  }

  @Test
  void showsSomeMeasuresDueSoonSomeOverdueAndSomeDone() {
    LocalDate today = LocalDate.now(MeasureLifecycle.ZONE);
    List<LocalDate> openDues =
        jdbc.sql("select due_date from rect_measure where status in ('ASSIGNED', 'IN_PROGRESS')")
            .query(LocalDate.class)
            .list();
    assertThat(openDues)
        .anyMatch(d -> d.isBefore(today))
        .anyMatch(d -> d.isAfter(today) && d.isBefore(today.plusDays(4)));
    assertThat(
            jdbc.sql("select count(*) from rect_measure where status = 'COMPLETED'")
                .query(Integer.class)
                .single())
        .isGreaterThan(0);
    assertThat(
            jdbc.sql(
                    "select count(*) from rect_measure_status where measure_code = 'M30' and status = 'ASSIGNED'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select department || '|' || co_departments from rect_measure where code = 'M14'")
                .query(String.class)
                .single())
        .isEqualTo("office|enforcement,sanitation,greening,municipal,advertising");
  }

  @Test
  void runsThePlanProcessWaitingForItsShiftedMilestonesWithPeriodicReviews() {
    ProcessInstance plan =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(RectificationPlan.PROCESS_KEY)
            .singleResult();
    assertThat(plan.getBusinessKey())
        .isEqualTo(RectificationPlan.businessKey(plans.summaries().get(0).id()));
    assertThat(runtimeService.getActiveActivityIds(plan.getId()))
        .containsExactly(RectificationPlan.Elements.PHASE1_END);
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(plan.getId())
                .timers()
                .activityId("Timer_ProgressReviewCycle")
                .count())
        .isEqualTo(1);
    assertThat(digest.digest(plans.summaries().get(0).id()))
        .contains("共 37 条整改措施")
        .contains("声明 34 条");
  }

  @Test
  void loadingAgainStartsNothingTwice() {
    demoPlan.load();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(MeasureLifecycle.PROCESS_KEY)
                .count())
        .isEqualTo(37);
    assertThat(plans.summaries()).hasSize(1);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(RectificationPlan.PROCESS_KEY)
                .count())
        .isEqualTo(1);
  }

  @Test
  void everyFormReferencedByADeployedProcessIsDeployed() {
    String definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(MeasureLifecycle.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    String deploymentId = repositoryService.getProcessDefinition(definitionId).getDeploymentId();
    List<String> resources = repositoryService.getDeploymentResourceNames(deploymentId);
    assertThat(
            repositoryService
                .getBpmnModelInstance(definitionId)
                .getModelElementsByType(UserTask.class))
        .allSatisfy(
            task ->
                assertThat(resources)
                    .anyMatch(name -> name.endsWith(task.getCamundaFormRef() + ".form")));
  }
}
