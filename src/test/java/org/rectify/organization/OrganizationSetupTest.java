package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo organisation, the directory bean, the access baseline and the Tasklist filters on the
 * embedded default.
 */
@SpringBootTest
@ActiveProfiles("test")
class OrganizationSetupTest {

  @Autowired OrganizationSetup setup;
  @Autowired OrganizationDirectory organization;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void demoOrganisationFollowsTheConventions() {
    for (OrganizationGroups.GroupDefinition group : OrganizationGroups.ALL) {
      User clerk =
          identityService
              .createUserQuery()
              .userId(group.id() + "1")
              .memberOfGroup(group.id())
              .singleResult();
      assertThat(clerk).as("demo user of %s", group.id()).isNotNull();
      assertThat(clerk.getEmail()).isEqualTo(group.id() + "1@rectify.local");
      assertThat(clerk.getFirstName() + clerk.getLastName()).matches("\\p{IsHan}{2,4}");
      assertThat(identityService.checkPassword(clerk.getId(), "demo")).isTrue();
      assertThat(identityService.createGroupQuery().groupId(group.id()).singleResult().getName())
          .isEqualTo(group.name());
    }
    for (OrganizationGroups.GroupDefinition department : OrganizationGroups.departments()) {
      String head = department.id() + "Head";
      assertThat(organization.headOf(department.id())).isEqualTo(head);
      assertThat(organization.membersOf(department.id())).contains(head);
      assertThat(organization.membersOf(OrganizationGroups.LEADERS))
          .contains(organization.leaderOf(department.id()));
    }
    assertThat(organization.membersOf("camunda-admin")).containsExactly("admin");
  }

  @Test
  void namesReadInChineseOrderWithoutASpaceWhereCamundaPrintsFirstAndLastName() {
    User greening = identityService.createUserQuery().userId("greening1").singleResult();
    assertThat(greening.getFirstName()).isEqualTo("胡绿茵");
    assertThat(greening.getLastName()).isEmpty();
    // as Tasklist and Cockpit print a user: firstName + ' ' + lastName, trimmed by the page
    assertThat((greening.getFirstName() + " " + greening.getLastName()).strip()).isEqualTo("胡绿茵");
    assertThat(organization.displayNameOf("greening1")).isEqualTo("胡绿茵");
  }

  @Test
  void aDemoUserSavedWithTheNameSplitIsPutRightOnTheNextStart() {
    User head = identityService.createUserQuery().userId("greeningHead").singleResult();
    head.setFirstName("曾");
    head.setLastName("林峰");
    identityService.saveUser(head);

    setup.setUp();

    User repaired = identityService.createUserQuery().userId("greeningHead").singleResult();
    assertThat(repaired.getFirstName()).isEqualTo("曾林峰");
    assertThat(repaired.getLastName()).isEmpty();
    assertThat(identityService.checkPassword("greeningHead", "demo")).isTrue();
  }

  @Test
  void aNameSplitByAnAdministratorStillReadsWithoutASpace() {
    User split = identityService.newUser("split");
    split.setFirstName("胡");
    split.setLastName("绿茵");
    assertThat(OrganizationDirectory.displayNameOf(split)).isEqualTo("胡绿茵");
  }

  @Test
  void demoUsersNeverCarryTheRealOfficialsNames() {
    List<String> names =
        identityService.createUserQuery().list().stream()
            .map(u -> u.getFirstName() + u.getLastName())
            .toList();
    assertThat(names).doesNotContain("赵钟锋", "冯志云", "张磊");
  }

  @Test
  void setUpIsIdempotent() {
    long users = identityService.createUserQuery().count();
    long memberships = jdbc.queryForObject("select count(*) from act_id_membership", Long.class);
    long authorizations = authorizationService.createAuthorizationQuery().count();
    setup.setUp();
    setup.setUp();
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(jdbc.queryForObject("select count(*) from act_id_membership", Long.class))
        .isEqualTo(memberships);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(4);
  }

  @Test
  void directoryRefusesUnknownDepartmentsWithAChineseMessage() {
    assertThatThrownBy(() -> organization.headOf("nowhere"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("未知科室");
    assertThat(organization.nameOf("greening")).isEqualTo("园林绿化科");
    assertThat(organization.nameOf("leadingGroup")).isEqualTo("巡察整改工作领导小组");
    assertThat(organization.displayNameOf("greening1")).isEqualTo("胡绿茵");
    assertThat(organization.emailOf("greening1")).hasValue("greening1@rectify.local");
  }

  @Test
  void accessBaselineSeparatesTasklistCockpitAndAdmin() {
    assertThat(authorized("greening1", List.of("greening"), "tasklist")).isTrue();
    assertThat(authorized("greening1", List.of("greening"), "cockpit")).isFalse();
    assertThat(authorized("greening1", List.of("greening"), "admin")).isFalse();
    assertThat(authorized("leaders1", List.of("leaders"), "cockpit")).isTrue();
    assertThat(authorized("rectOffice1", List.of("rectOffice"), "cockpit")).isTrue();
    assertThat(authorized("partySecretary1", List.of("partySecretary"), "cockpit")).isTrue();
    assertThat(authorized("leaders1", List.of("leaders"), "admin")).isFalse();
    assertThat(authorized("admin", List.of("camunda-admin"), "admin")).isTrue();
  }

  @Test
  void filtersShowTheRightTasksToADepartment() {
    String deployment =
        repositoryService
            .createDeployment()
            .addClasspathResource("bpmn/department-task.bpmn")
            .deploy()
            .getId();
    try {
      long day = 86_400_000L;
      start("greening", new Date(System.currentTimeMillis() + day));
      start("greening", new Date(System.currentTimeMillis() - day));
      start("greening", new Date(System.currentTimeMillis() + 10 * day));
      start("sanitation", new Date(System.currentTimeMillis() + day));
      identityService.setAuthentication("greening1", List.of("greening"));
      try {
        assertThat(count(TasklistFilters.DEPARTMENT_TASKS)).isEqualTo(3);
        assertThat(count(TasklistFilters.DUE_SOON)).isEqualTo(1);
        assertThat(count(TasklistFilters.OVERDUE)).isEqualTo(1);
        assertThat(count(TasklistFilters.MY_TASKS)).isZero();
      } finally {
        identityService.clearAuthentication();
      }
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void clerksReadTheListVariablesOfTheirOwnTasksOnly() {
    String deployment =
        repositoryService
            .createDeployment()
            .addClasspathResource("bpmn/department-task.bpmn")
            .deploy()
            .getId();
    try {
      Date due = new Date(System.currentTimeMillis() + 86_400_000L);
      String own =
          runtimeService
              .startProcessInstanceByKey(
                  "test-department-task",
                  Map.of(
                      "department",
                      "greening",
                      "dueDate",
                      due,
                      "businessNumber",
                      "M99",
                      "businessTitle",
                      "测试措施"))
              .getId();
      String foreign =
          runtimeService
              .startProcessInstanceByKey(
                  "test-department-task",
                  Map.of("department", "sanitation", "dueDate", due, "businessNumber", "M98"))
              .getId();
      identityService.setAuthentication("greening1", List.of("greening"));
      try {
        assertThat(
                runtimeService
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(own)
                    .variableName("businessNumber")
                    .singleResult()
                    .getValue())
            .isEqualTo("M99");
        assertThat(
                runtimeService.createVariableInstanceQuery().processInstanceIdIn(foreign).count())
            .isZero();
      } finally {
        identityService.clearAuthentication();
      }
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  private void start(String department, Date due) {
    runtimeService.startProcessInstanceByKey(
        "test-department-task", Map.of("department", department, "dueDate", due));
  }

  private long count(String filterName) {
    Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    return filterService.count(filter.getId());
  }

  private boolean authorized(String user, List<String> groups, String application) {
    return authorizationService.isUserAuthorized(
        user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
  }
}
