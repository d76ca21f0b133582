package org.rectify.organization;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The organisation as processes see it: {@code ${organization.headOf(department)}} in BPMN resolves
 * the department head, {@code ${organization.leaderOf(department)}} the responsible leader, so no
 * model hard-codes a person. Missing assignments fail loudly with a Chinese message (an incident an
 * administrator can fix), never silently route work to nobody.
 */
@Component("organization")
public class OrganizationDirectory {

  private final DepartmentRepository departments;
  private final IdentityService identityService;

  OrganizationDirectory(DepartmentRepository departments, IdentityService identityService) {
    this.departments = departments;
    this.identityService = identityService;
  }

  public List<Department> departments() {
    return departments.findAll();
  }

  public Optional<Department> department(String departmentId) {
    return departmentId == null ? Optional.empty() : departments.findById(departmentId);
  }

  public boolean isDepartment(String departmentId) {
    return department(departmentId).isPresent();
  }

  /** The department's head (科室负责人) as a Camunda user id. */
  public String headOf(String departmentId) {
    Department department = require(departmentId);
    if (department.headUserId() == null) {
      throw new ProcessEngineException("科室“" + department.name() + "”尚未配置负责人，请管理员在组织机构中设置");
    }
    return department.headUserId();
  }

  /** The leader responsible for the department (分管局领导, 一岗双责) as a Camunda user id. */
  public String leaderOf(String departmentId) {
    Department department = require(departmentId);
    if (department.leaderUserId() == null) {
      throw new ProcessEngineException("科室“" + department.name() + "”尚未配置分管领导，请管理员在组织机构中设置");
    }
    return department.leaderUserId();
  }

  /**
   * The department head for a task's assignment, null when the directory has nobody (no head set,
   * or the head's account no longer exists): the task then falls back to the department's group
   * ({@link DirectoryFallbackPlugin}). An unknown department still fails loudly.
   */
  public String headOrNobody(String departmentId) {
    return existing(require(departmentId).headUserId());
  }

  /** As {@link #headOrNobody(String)} for the leader in charge. */
  public String leaderOrNobody(String departmentId) {
    return existing(require(departmentId).leaderUserId());
  }

  private String existing(String userId) {
    return userId != null && user(userId).isPresent() ? userId : null;
  }

  /** Chinese name of a department or group, the id itself when unknown. */
  public String nameOf(String groupId) {
    return department(groupId)
        .map(Department::name)
        .or(() -> OrganizationGroups.find(groupId).map(OrganizationGroups.GroupDefinition::name))
        .orElse(groupId);
  }

  /** Ids of the members of a Camunda group. */
  public List<String> membersOf(String groupId) {
    return identityService
        .createUserQuery()
        .memberOfGroup(groupId)
        .orderByUserId()
        .asc()
        .list()
        .stream()
        .map(User::getId)
        .toList();
  }

  public Optional<User> user(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
  }

  /** The user's e-mail address, empty when the user is unknown or has none. */
  public Optional<String> emailOf(String userId) {
    return user(userId).map(User::getEmail).filter(email -> !email.isBlank());
  }

  /**
   * 姓名 as Chinese users write it (胡绿茵), the id when unknown. Rectify stores the full name in
   * Camunda's first-name field and leaves the last name empty, since the webapps print "first last"
   * with a space; a name split by an administrator (姓 in first, 名 in last name) reads the same
   * here, without the space.
   */
  public String displayNameOf(String userId) {
    return user(userId).map(OrganizationDirectory::displayNameOf).orElse(userId);
  }

  /** {@link #displayNameOf(String)} of a user already looked up. */
  public static String displayNameOf(User user) {
    String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).strip();
    return name.isBlank() ? user.getId() : name;
  }

  /**
   * Where a person works, as colleagues name it: his department (园林绿化科), else his first other group
   * (整改办, 局领导); empty for an unknown user or one without a group.
   */
  public String unitOf(String userId) {
    if (userId == null) {
      return "";
    }
    List<String> groups =
        identityService
            .createGroupQuery()
            .groupMember(userId)
            .orderByGroupId()
            .asc()
            .list()
            .stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
            .filter(id -> !OrganizationGroups.CAMUNDA_ADMIN.equals(id))
            .toList();
    return groups.stream()
        .filter(this::isDepartment)
        .findFirst()
        .or(() -> groups.stream().findFirst())
        .map(this::nameOf)
        .orElse("");
  }

  private Department require(String departmentId) {
    return department(departmentId)
        .orElseThrow(() -> new ProcessEngineException("未知科室：" + departmentId));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
