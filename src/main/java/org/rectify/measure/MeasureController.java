package org.rectify.measure;

import java.util.List;
import java.util.Map;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/measures}: the measure list with filters, one measure with its full record, and
 * adding a measure to a running plan (which starts its lifecycle). {@code /api/plans}: the plans
 * with their counts and the data-quality warning when the declared measure count differs.
 */
@RestController
@RequestMapping("/api")
class MeasureController {

  /** A measure in lists. */
  record MeasureSummary(
      String code,
      String title,
      int aspect,
      int problem,
      String department,
      String departmentName,
      String coDepartments,
      String responsibleLeader,
      int phase,
      java.time.LocalDate dueDate,
      String status,
      String statusLabel) {}

  /**
   * A plan in lists; {@code dataQualityWarning} is null when the counts agree; {@code startable}
   * when it is a draft without its process (imported), which the office may start.
   */
  record PlanView(
      long id,
      String title,
      String status,
      String statusText,
      boolean startable,
      int aspects,
      int problems,
      int measures,
      Integer declaredMeasureCount,
      String dataQualityWarning) {}

  private final MeasureRepository measures;
  private final PlanRepository plans;
  private final MeasureRegistration registration;
  private final OrganizationDirectory organization;
  private final AttachmentRepository attachments;
  private final PlanRegistration planRegistration;

  MeasureController(
      MeasureRepository measures,
      PlanRepository plans,
      MeasureRegistration registration,
      OrganizationDirectory organization,
      AttachmentRepository attachments,
      PlanRegistration planRegistration) {
    this.planRegistration = planRegistration;
    this.attachments = attachments;
    this.measures = measures;
    this.plans = plans;
    this.registration = registration;
    this.organization = organization;
  }

  @GetMapping("/measures")
  List<MeasureSummary> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) Integer aspect) {
    if (status != null
        && java.util.Arrays.stream(MeasureStatus.values())
            .noneMatch(s -> s.name().equals(status))) {
      throw ApiException.badRequest(
          "未知的整改状态：" + status, "status：可选值 " + java.util.Arrays.toString(MeasureStatus.values()));
    }
    return measures.list(status, department, aspect).stream().map(this::summary).toList();
  }

  @GetMapping("/measures/{code}")
  Map<String, Object> one(@PathVariable String code) {
    MeasureRepository.MeasureRow row =
        measures.find(code).orElseThrow(() -> ApiException.notFound("整改措施不存在：" + code));
    return MeasureDetails.of(
        row,
        organization.nameOf(row.department()),
        measures.history(code),
        measures.progress(code),
        measures.deliverables(code),
        measures.metrics(code),
        attachments.list(code));
  }

  @PostMapping("/measures")
  @ResponseStatus(HttpStatus.CREATED)
  MeasureSummary add(@RequestBody NewMeasure request) {
    String code = registration.register(request);
    return summary(measures.find(code).orElseThrow());
  }

  @PostMapping("/plans")
  @ResponseStatus(HttpStatus.CREATED)
  PlanView addPlan(@RequestBody PlanRegistration.NewPlan request) {
    long id = planRegistration.register(request);
    return plans().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
  }

  @PostMapping("/plans/{id}/start")
  PlanView startPlan(@PathVariable long id) {
    planRegistration.start(id);
    return plans().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
  }

  private static String statusText(String status, boolean started) {
    return switch (status) {
      case "DRAFT" -> started ? "方案审定中" : "草稿（未启动办理）";
      case "RUNNING" -> "整改中";
      case "CLOSED" -> "已完成";
      default -> status;
    };
  }

  @GetMapping("/plans")
  List<PlanView> plans() {
    return plans.summaries().stream()
        .map(
            p ->
                new PlanView(
                    p.id(),
                    p.title(),
                    p.status(),
                    statusText(p.status(), p.processInstanceId() != null),
                    "DRAFT".equals(p.status()) && p.processInstanceId() == null,
                    p.aspects(),
                    p.problems(),
                    p.measures(),
                    p.declaredMeasureCount(),
                    p.declaredMeasureCount() != null && p.declaredMeasureCount() != p.measures()
                        ? "数据质量提示：整改方案声明 "
                            + p.declaredMeasureCount()
                            + " 条整改措施，系统中有 "
                            + p.measures()
                            + " 条，请核对"
                        : null))
        .toList();
  }

  private MeasureSummary summary(MeasureRepository.MeasureRow row) {
    return new MeasureSummary(
        row.code(),
        row.title(),
        row.aspectNo(),
        row.problemNo(),
        row.department(),
        organization.nameOf(row.department()),
        row.coDepartments(),
        row.responsibleLeader(),
        row.phase(),
        row.dueDate(),
        row.status(),
        MeasureStatus.valueOf(row.status()).label());
  }
}
