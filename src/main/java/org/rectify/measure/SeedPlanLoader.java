package org.rectify.measure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the seed's plan record with its 4 aspects and 17 problems once (the facts exactly as the
 * notice states them) and warns when the declared measure count differs from the catalogue (34
 * declared, 37 found).
 */
@Component
class SeedPlanLoader {

  private static final Logger LOG = LoggerFactory.getLogger(SeedPlanLoader.class);
  static final String TITLE = "关于区委第三巡察组巡察情况反馈意见的整改方案";
  static final int DECLARED_MEASURES = 34;

  private final PlanRepository plans;
  private final Map<String, Long> problemIds = new HashMap<>();

  SeedPlanLoader(PlanRepository plans) {
    this.plans = plans;
  }

  @Transactional
  public long ensurePlan() {
    long planId = plans.findIdByTitle(TITLE).orElseGet(this::insertPlan);
    int found = SeedCatalogue.measures().size();
    if (found != DECLARED_MEASURES) {
      LOG.warn(
          "数据质量提示：整改方案声明 {} 条整改措施，按通报原文梳理出 {} 条（见 docs/domain.md §2.4），已全部录入",
          DECLARED_MEASURES,
          found);
    }
    return planId;
  }

  long problemId(long planId, int problemNo) {
    return problemIds.computeIfAbsent(
        planId + ":" + problemNo,
        key ->
            plans
                .findProblem(planId, problemNo)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "Problem " + problemNo + " missing in plan " + planId)));
  }

  private long insertPlan() {
    long planId =
        plans.insert(
            new PlanRepository.Plan(
                null,
                TITLE,
                "区委第三巡察组",
                "坪山区城市管理局党组",
                LocalDate.of(2018, 3, 5),
                LocalDate.of(2018, 4, 13),
                LocalDate.of(2018, 6, 8),
                "区委第三巡察组关于对城市管理局党组巡察情况的反馈意见",
                DECLARED_MEASURES,
                LocalDate.of(2018, 6, 1),
                DemoPlan.PHASE1_END,
                LocalDate.of(2018, 8, 1),
                DemoPlan.PHASE2_END,
                DemoPlan.PHASE3_START,
                DemoPlan.PHASE3_END,
                "RUNNING",
                null));
    long[] aspectIds = new long[SeedCatalogue.ASPECTS.length];
    for (int a = 0; a < aspectIds.length; a++) {
      aspectIds[a] =
          plans.insertAspect(
              planId, a + 1, SeedCatalogue.ASPECTS[a], a + 1 == SeedCatalogue.RECONSTRUCTED_ASPECT);
    }
    for (int p = 0; p < SeedCatalogue.PROBLEMS.length; p++) {
      plans.insertProblem(
          aspectIds[SeedCatalogue.PROBLEM_ASPECT[p] - 1],
          p + 1,
          SeedCatalogue.PROBLEMS[p],
          p + 1 == SeedCatalogue.RECONSTRUCTED_PROBLEM);
    }
    return planId;
  }
}
