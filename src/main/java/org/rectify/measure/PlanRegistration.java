package org.rectify.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an inspection's plan (aspects and problems; measures follow through {@code POST
 * /api/measures}) as a draft and starts its {@code rectification-plan} process, which leads to the
 * Party Group's approval; starts that process for a draft imported from the template workbook.
 */
@Component
class PlanRegistration {

  /** {@code POST /api/plans}. Phases: 1 立行立改, 2 举一反三, 3 回头看. */
  record NewPlan(
      String title,
      String inspectionGroup,
      String inspectedBody,
      LocalDate inspectionStart,
      LocalDate inspectionEnd,
      LocalDate feedbackDate,
      String feedbackDocument,
      Integer declaredMeasureCount,
      LocalDate phase1Start,
      LocalDate phase1End,
      LocalDate phase2Start,
      LocalDate phase2End,
      LocalDate phase3Start,
      LocalDate phase3End,
      List<NewAspect> aspects) {}

  /**
   * An aspect with its problems' headings, numbered in order (problems across aspects 1, 2, 3…).
   */
  record NewAspect(String heading, List<String> problems) {}

  private final PlanRepository plans;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  PlanRegistration(
      PlanRepository plans, RuntimeService runtimeService, IdentityService identityService) {
    this.plans = plans;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @Transactional
  long register(NewPlan request) {
    requireOffice("只有整改办可以登记整改方案");
    List<String> errors = new ArrayList<>();
    text(request.title(), "title", "整改方案名称", 300, errors);
    text(request.inspectionGroup(), "inspectionGroup", "巡察组", 200, errors);
    text(request.inspectedBody(), "inspectedBody", "被巡察单位", 200, errors);
    if (request.feedbackDocument() != null && request.feedbackDocument().length() > 300) {
      errors.add("feedbackDocument：不能超过 300 字");
    }
    if (request.feedbackDate() == null) {
      errors.add("feedbackDate：必填，反馈日期");
    }
    LocalDate[] phases = {
      request.phase1Start(),
      request.phase1End(),
      request.phase2Start(),
      request.phase2End(),
      request.phase3Start(),
      request.phase3End()
    };
    String[] names = {
      "phase1Start", "phase1End", "phase2Start", "phase2End", "phase3Start", "phase3End"
    };
    for (int i = 0; i < phases.length; i++) {
      if (phases[i] == null) {
        errors.add(names[i] + "：必填");
      } else if (i % 2 == 1 && phases[i - 1] != null && phases[i].isBefore(phases[i - 1])) {
        errors.add(names[i] + "：阶段结束日期不能早于开始日期");
      }
    }
    if (request.aspects() == null || request.aspects().isEmpty()) {
      errors.add("aspects：至少需要一个方面");
    } else {
      for (int a = 0; a < request.aspects().size(); a++) {
        NewAspect aspect = request.aspects().get(a);
        text(aspect.heading(), "aspects[" + a + "].heading", "方面标题", 300, errors);
        if (aspect.problems() == null || aspect.problems().isEmpty()) {
          errors.add("aspects[" + a + "].problems：每个方面至少需要一个问题");
        } else {
          for (int p = 0; p < aspect.problems().size(); p++) {
            text(
                aspect.problems().get(p),
                "aspects[" + a + "].problems[" + p + "]",
                "问题",
                300,
                errors);
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("整改方案数据有误，未保存", errors.toArray(String[]::new));
    }
    long planId =
        plans.insert(
            new PlanRepository.Plan(
                null,
                request.title().strip(),
                request.inspectionGroup(),
                request.inspectedBody(),
                request.inspectionStart(),
                request.inspectionEnd(),
                request.feedbackDate(),
                request.feedbackDocument(),
                request.declaredMeasureCount(),
                request.phase1Start(),
                request.phase1End(),
                request.phase2Start(),
                request.phase2End(),
                request.phase3Start(),
                request.phase3End(),
                "DRAFT",
                null));
    int problemNo = 0;
    for (int a = 0; a < request.aspects().size(); a++) {
      NewAspect aspect = request.aspects().get(a);
      long aspectId = plans.insertAspect(planId, a + 1, aspect.heading().strip(), false);
      for (String problem : aspect.problems()) {
        plans.insertProblem(aspectId, ++problemNo, problem.strip(), false);
      }
    }
    startProcess(plans.find(planId).orElseThrow());
    return planId;
  }

  /**
   * {@code POST /api/plans/{id}/start}: starts the {@code rectification-plan} process of a draft
   * plan that has none yet — a plan imported from the template workbook (启动办理: register the
   * feedback, set up the leading group, draft, the Party Group's approval, then its measures
   * start).
   */
  @Transactional
  void start(long planId) {
    requireOffice("只有整改办可以启动整改方案的办理");
    PlanRepository.Plan plan =
        plans.find(planId).orElseThrow(() -> ApiException.notFound("整改方案不存在"));
    if (!plans.lockUnstartedDraft(planId)) {
      throw ApiException.conflict("《" + plan.title() + "》已经启动办理，不能重复启动");
    }
    List<String> missing = new ArrayList<>();
    if (plan.phase1End() == null) {
      missing.add("第一阶段结束日期");
    }
    if (plan.phase2End() == null) {
      missing.add("第二阶段结束日期");
    }
    if (plan.phase3Start() == null || plan.phase3End() == null) {
      missing.add("回头看阶段的起止日期");
    }
    if (!missing.isEmpty()) {
      throw ApiException.conflict(
          "《" + plan.title() + "》缺少" + String.join("、", missing) + "，请补全后再启动办理");
    }
    startProcess(plan);
  }

  private void startProcess(PlanRepository.Plan plan) {
    String instanceId =
        runtimeService
            .startProcessInstanceByKey(
                RectificationPlan.PROCESS_KEY,
                RectificationPlan.businessKey(plan.id()),
                RectificationPlan.startVariables(
                    plan.id(),
                    plan.title(),
                    plan.phase1End(),
                    plan.phase2End(),
                    plan.phase3Start(),
                    plan.phase3End(),
                    RectificationPlan.DEFAULT_REVIEW_CYCLE))
            .getId();
    plans.attachProcess(plan.id(), instanceId);
  }

  private void requireOffice(String refusal) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null
        || caller.getGroupIds() == null
        || (!caller.getGroupIds().contains(OrganizationGroups.RECT_OFFICE)
            && !caller.getGroupIds().contains(OrganizationGroups.CAMUNDA_ADMIN))) {
      throw ApiException.forbidden(refusal);
    }
  }

  private static void text(String value, String field, String label, int max, List<String> errors) {
    if (value == null || value.isBlank()) {
      errors.add(field + "：必填，" + label);
    } else if (value.length() > max) {
      errors.add(field + "：不能超过 " + max + " 字");
    }
  }
}
