package org.rectify.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rectify.organization.Department;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a measure to a plan: checks every field against the plan and the organisation (refusals name
 * the field) and stores it with the next free code. In a running plan its lifecycle starts at once,
 * as the calling user; in a plan still being drafted it starts when the Party Group issues the
 * plan. One transaction.
 */
@Component
class MeasureRegistration {

  private final MeasureRepository measures;
  private final PlanRepository plans;
  private final MeasureStarter starter;
  private final OrganizationDirectory organization;
  private final IdentityService identityService;

  MeasureRegistration(
      MeasureRepository measures,
      PlanRepository plans,
      MeasureStarter starter,
      OrganizationDirectory organization,
      IdentityService identityService) {
    this.measures = measures;
    this.plans = plans;
    this.starter = starter;
    this.organization = organization;
    this.identityService = identityService;
  }

  @Transactional
  String register(NewMeasure request) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null
        || caller.getGroupIds() == null
        || (!caller.getGroupIds().contains(OrganizationGroups.RECT_OFFICE)
            && !caller.getGroupIds().contains(OrganizationGroups.CAMUNDA_ADMIN))) {
      throw ApiException.forbidden("只有整改办可以新增整改措施");
    }
    List<String> errors = new ArrayList<>();
    if (request.title() == null || request.title().isBlank()) {
      errors.add("title：必填，整改措施内容");
    } else if (request.title().length() > 500) {
      errors.add("title：不能超过 500 字");
    }
    if (request.narrative() != null && request.narrative().length() > 4000) {
      errors.add("narrative：不能超过 4000 字");
    }
    Department department = department(request.department(), "department", errors);
    List<String> coDepartments =
        request.coDepartments() == null ? List.of() : request.coDepartments();
    coDepartments.forEach(co -> department(co, "coDepartments", errors));
    String leader = request.responsibleLeader();
    if (leader != null && !organization.membersOf(OrganizationGroups.LEADERS).contains(leader)) {
      errors.add("responsibleLeader：“" + leader + "”不是局领导（leaders 组成员）");
    }
    if (request.phase() == null || request.phase() < 1 || request.phase() > 3) {
      errors.add("phase：必填，须为 1、2 或 3");
    }
    if (request.dueDate() == null) {
      errors.add("dueDate：必填，格式 2026-12-31");
    } else if (request.dueDate().isBefore(LocalDate.now(MeasureLifecycle.ZONE))) {
      errors.add("dueDate：整改期限不能早于今天");
    }
    PlanRepository.Plan plan = plan(request.plan(), errors);
    Long problemId = null;
    if (request.problem() == null) {
      errors.add("problem：必填，整改方案中的问题序号");
    } else if (plan != null) {
      problemId = plans.findProblem(plan.id(), request.problem()).orElse(null);
      if (problemId == null) {
        errors.add("problem：整改方案中没有第 " + request.problem() + " 个问题");
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("整改措施数据有误，未保存", errors.toArray(String[]::new));
    }
    Measure measure =
        new Measure(
            measures.nextCode(),
            plan.id(),
            problemId,
            null,
            request.title().strip(),
            department.id(),
            coDepartments.isEmpty() ? null : String.join(",", coDepartments),
            leader == null ? department.leaderUserId() : leader,
            request.phase(),
            request.dueDate(),
            MeasureStatus.ASSIGNED.name(),
            null,
            request.narrative());
    measures.insert(measure);
    if ("RUNNING".equals(plan.status())) {
      starter.start(measure, plan.phase3Start());
    }
    return measure.code();
  }

  private Department department(String id, String field, List<String> errors) {
    Department department = organization.department(id).orElse(null);
    if (id == null || id.isBlank()) {
      errors.add(field + "：必填，科室编号（如 enforcement）");
    } else if (department == null) {
      errors.add(field + "：未知科室“" + id + "”");
    } else if ("department".equals(field)
        && (department.headUserId() == null || department.leaderUserId() == null)) {
      errors.add(field + "：科室“" + department.name() + "”尚未配置负责人或分管领导");
    }
    return department;
  }

  private PlanRepository.Plan plan(Long id, List<String> errors) {
    List<PlanRepository.PlanSummary> running =
        plans.summaries().stream().filter(p -> !"CLOSED".equals(p.status())).toList();
    if (id == null && running.size() != 1) {
      errors.add("plan：请指定整改方案（未办结的方案有 " + running.size() + " 个）");
      return null;
    }
    long planId = id == null ? running.get(0).id() : id;
    PlanRepository.Plan plan = plans.find(planId).orElse(null);
    if (plan == null) {
      errors.add("plan：整改方案不存在：" + planId);
    } else if ("CLOSED".equals(plan.status())) {
      errors.add("plan：整改方案已办结，不能再新增措施");
      return null;
    }
    return plan;
  }
}
