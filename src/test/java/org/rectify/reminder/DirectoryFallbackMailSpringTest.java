package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In the running application: a head's task of a department whose head is missing from the
 * directory waits in the department's group, says why, and 整改办 gets a mail (issue 26).
 */
class DirectoryFallbackMailSpringTest extends ReminderSpringTestBase {

  @Autowired JdbcTemplate jdbc;

  @Test
  void headlessDepartmentsTaskWaitsInItsGroupAndTheOfficeIsMailed() throws Exception {
    deployExample();
    String head =
        jdbc.queryForObject(
            "select head_user_id from org_department where id = 'greening'", String.class);
    jdbc.update("update org_department set head_user_id = null where id = 'greening'");
    String pi = null;
    try {
      pi = startExample();
      Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
      assertThat(task.getAssignee()).isNull();
      assertThat(taskService.getIdentityLinksForTask(task.getId()))
          .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .extracting(IdentityLink::getGroupId)
          .containsExactly("greening");
      assertThat(taskService.getTaskComments(task.getId()))
          .extracting(Comment::getFullMessage)
          .containsExactly("组织机构中“园林绿化科”暂无负责人，任务“认领整改措施”已转由本科室人员认领办理，并已告知整改办；请管理员在组织机构中补充负责人。");

      String mailProcess =
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionKey(UrgeService.URGE_PROCESS)
              .processInstanceBusinessKey(task.getId())
              .singleResult()
              .getId();
      managementService.executeJob(
          managementService.createJobQuery().processInstanceId(mailProcess).singleResult().getId());
      assertThat(recipients(smtp.getReceivedMessages()))
          .isNotEmpty()
          .allMatch(r -> r.startsWith("rectOffice"));
      var mail = smtp.getReceivedMessages()[0];
      assertThat(mail.getSubject()).startsWith("【人员缺位】").endsWith("认领整改措施：无人担任，已转由科室办理，请补充人员");
      assertThat(new SinkMailReader(mail).text())
          .contains("暂无负责人", "通讯录中该职务无人担任", "说明：")
          .as("a notice to the office, not an urge to the holder, with no escalation chain")
          .doesNotContain("催办", "督办路径");
      assertThat(new SinkMailReader(mail).html()).doesNotContain("催办", "督办路径");
    } finally {
      jdbc.update("update org_department set head_user_id = ? where id = 'greening'", head);
      delete(pi);
    }
  }

  @Test
  void headWhoseAccountNoLongerExistsCountsAsNobody() {
    deployExample();
    String head =
        jdbc.queryForObject(
            "select head_user_id from org_department where id = 'greening'", String.class);
    jdbc.update("update org_department set head_user_id = 'retiredHead' where id = 'greening'");
    String pi = null;
    try {
      pi = startExample();
      Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
      assertThat(task.getAssignee()).isNull();
      assertThat(taskService.getIdentityLinksForTask(task.getId()))
          .extracting(IdentityLink::getGroupId)
          .contains("greening");
      runtimeService
          .createProcessInstanceQuery()
          .processDefinitionKey(UrgeService.URGE_PROCESS)
          .processInstanceBusinessKey(task.getId())
          .list()
          .forEach(mail -> runtimeService.deleteProcessInstance(mail.getId(), "test cleanup"));
    } finally {
      jdbc.update("update org_department set head_user_id = ? where id = 'greening'", head);
      delete(pi);
    }
    // with the head back, the same step goes to the head as before
    String again = startExample();
    try {
      assertThat(
              taskService.createTaskQuery().processInstanceId(again).singleResult().getAssignee())
          .isEqualTo(head);
    } finally {
      delete(again);
    }
  }

  private void delete(String pi) {
    if (pi != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(pi).count() > 0) {
      runtimeService.deleteProcessInstance(pi, "test cleanup");
    }
  }

  private String startExample() {
    return runtimeService
        .startProcessInstanceByKey(
            "directory-fallback-example", "M07", Map.of("department", "greening"))
        .getId();
  }

  private void deployExample() {
    repositoryService
        .createDeployment()
        .name("directory-fallback-example")
        .addModelInstance(
            "directory-fallback-example.bpmn",
            Bpmn.createExecutableProcess("directory-fallback-example")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Claim")
                .name("认领整改措施")
                .camundaAssignee("${organization.headOf(department)}")
                .endEvent()
                .done())
        .deploy();
  }
}
