package org.rectify.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rectify.organization.Department;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may add and who may read a measure's evidence. Evidence names people and shows a department's
 * internal papers, so it is read only by those who answer for the measure: its lead and
 * co-departments, its responsible leader (the one registered with the measure and the department's
 * current leader in the directory), the rectification office and the leading group. Evidence comes
 * from the measure's departments; the rectification office may add to any.
 */
@Component
class EvidenceAccess {

  private final MeasureRepository measures;
  private final OrganizationDirectory organization;
  private final CurrentUser currentUser;

  EvidenceAccess(
      MeasureRepository measures, OrganizationDirectory organization, CurrentUser currentUser) {
    this.measures = measures;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  boolean mayUpload(String code) {
    List<String> groups = departments(measure(code));
    groups.add(OrganizationGroups.RECT_OFFICE);
    groups.add(OrganizationGroups.CAMUNDA_ADMIN);
    return currentUser.groups().stream().anyMatch(groups::contains);
  }

  void requireUploader(String code) {
    if (!mayUpload(code)) {
      throw ApiException.forbidden("只有责任科室、协办科室和整改办可以上传该整改措施的佐证材料");
    }
  }

  /**
   * Removal: only one's own upload (a file not on the list answers 404), only by someone who may
   * still upload to the measure, and only while the department holds it — once the completion is
   * submitted, the leader and the office judge the files as they are.
   */
  void requireRemover(String code, Optional<String> uploader) {
    requireUploader(code);
    String owner = uploader.orElseThrow(() -> ApiException.notFound("佐证材料不存在或已删除"));
    if (!owner.equals(currentUser.id())) {
      throw ApiException.forbidden("只能删除本人上传的佐证材料");
    }
    String status = measure(code).status();
    if (LOCKED.contains(status)) {
      throw ApiException.forbidden(
          "整改措施当前为“" + MeasureStatus.valueOf(status).label() + "”，已提交的佐证材料不能删除；如需更正，请在退回后处理或联系整改办");
    }
  }

  /** States in which the measure's files are under review or closed. */
  private static final java.util.Set<String> LOCKED =
      java.util.Set.of(
          MeasureStatus.SUBMITTED.name(),
          MeasureStatus.APPROVED.name(),
          MeasureStatus.COMPLETED.name(),
          MeasureStatus.ESCALATED.name(),
          MeasureStatus.LOOK_BACK.name(),
          MeasureStatus.CONSOLIDATED.name());

  void requireReader(String code) {
    MeasureRepository.MeasureRow measure = measure(code);
    List<String> groups = departments(measure);
    groups.add(OrganizationGroups.RECT_OFFICE);
    groups.add(OrganizationGroups.LEADING_GROUP);
    String user = currentUser.id();
    boolean leader =
        user.equals(measure.responsibleLeader())
            || currentLeaderOf(measure.department()).filter(user::equals).isPresent();
    if (!leader && currentUser.groups().stream().noneMatch(groups::contains)) {
      throw ApiException.forbidden("没有权限查看整改措施 " + code + " 的佐证材料：仅责任科室、协办科室、分管领导、整改办和领导小组可以查看");
    }
  }

  private MeasureRepository.MeasureRow measure(String code) {
    return measures.find(code).orElseThrow(() -> ApiException.notFound("整改措施不存在：" + code));
  }

  /** The lead department and the co-departments (comma list in the register). */
  private static List<String> departments(MeasureRepository.MeasureRow measure) {
    List<String> groups = new ArrayList<>();
    groups.add(measure.department());
    if (measure.coDepartments() != null) {
      for (String coDepartment : measure.coDepartments().split(",")) {
        if (!coDepartment.isBlank()) {
          groups.add(coDepartment.trim());
        }
      }
    }
    return groups;
  }

  private Optional<String> currentLeaderOf(String department) {
    return organization.department(department).map(Department::leaderUserId);
  }
}
