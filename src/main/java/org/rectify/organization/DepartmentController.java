package org.rectify.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/departments}: the organisation directory. Everyone logged in may read it; only
 * administrators assign a department's head and responsible leader, and only people who can hold
 * the role (the head belongs to the department, the leader to {@code leaders}).
 */
@RestController
@RequestMapping("/api/departments")
class DepartmentController {

  private final OrganizationDirectory organization;
  private final DepartmentRepository departments;
  private final CurrentUser currentUser;

  DepartmentController(
      OrganizationDirectory organization,
      DepartmentRepository departments,
      CurrentUser currentUser) {
    this.organization = organization;
    this.departments = departments;
    this.currentUser = currentUser;
  }

  /** A department as the API shows it, with the people's names. */
  record DepartmentView(
      String id,
      String name,
      String kind,
      String headUserId,
      String headName,
      String leaderUserId,
      String leaderName) {}

  /** Assignment of a department's head and responsible leader. */
  record Assignment(
      @NotBlank(message = "必填") @Size(max = 64, message = "过长") String headUserId,
      @NotBlank(message = "必填") @Size(max = 64, message = "过长") String leaderUserId) {}

  @GetMapping
  List<DepartmentView> list() {
    return organization.departments().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  DepartmentView one(@PathVariable String id) {
    return view(require(id));
  }

  @PutMapping("/{id}")
  DepartmentView assign(@PathVariable String id, @Valid @RequestBody Assignment assignment) {
    Department department = require(id);
    List<String> problems = new ArrayList<>();
    if (!organization.membersOf(id).contains(assignment.headUserId())) {
      problems.add(
          "headUserId：用户“" + assignment.headUserId() + "”不存在或不是" + department.name() + "的成员");
    }
    if (!organization.membersOf(OrganizationGroups.LEADERS).contains(assignment.leaderUserId())) {
      problems.add("leaderUserId：用户“" + assignment.leaderUserId() + "”不存在或不是局领导");
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("科室负责人或分管领导无效", problems.toArray(String[]::new));
    }
    departments.assignPeople(
        id, assignment.headUserId(), assignment.leaderUserId(), currentUser.id());
    return view(require(id));
  }

  private Department require(String id) {
    return organization.department(id).orElseThrow(() -> ApiException.notFound("科室不存在：" + id));
  }

  private DepartmentView view(Department d) {
    return new DepartmentView(
        d.id(),
        d.name(),
        d.kind(),
        d.headUserId(),
        d.headUserId() == null ? null : organization.displayNameOf(d.headUserId()),
        d.leaderUserId(),
        d.leaderUserId() == null ? null : organization.displayNameOf(d.leaderUserId()));
  }
}
