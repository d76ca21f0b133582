package org.rectify.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rectify.contract.ContractRenewalProcess;
import org.rectify.measure.MeasureLifecycle;
import org.rectify.organization.AccessMatrix;
import org.rectify.organization.RecordAccess;
import org.rectify.platform.ApiException;
import org.rectify.platform.SystemAct;
import org.rectify.spotcheck.SpotCheckReaders;
import org.springframework.stereotype.Component;

/**
 * The business record behind a process instance, for the 业务记录 tab of Cockpit's instance page
 * ({@code GET /api/overview/instances/{instanceId}}): a measure, contract, agenda topic or spot
 * check in Chinese — number, title, department, current step, holder, due date, colour, latest
 * progress. The caller must be allowed to read the instance by the engine (as Cockpit itself asks)
 * and the record by its capability's rule (measures, contracts, agenda topics, spot checks).
 */
@Component
class InstanceRecord {

  /** {@code fields}: label and value pairs in the order the tab shows them. */
  record View(
      String instanceId,
      String kind,
      String kindLabel,
      String number,
      String title,
      String colour,
      String colourText,
      List<Field> fields) {}

  record Field(String label, String value) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Processes whose instance stands for a business record of its own. */
  private static final java.util.Set<String> RECORDS =
      java.util.Set.of(
          MeasureLifecycle.PROCESS_KEY,
          ContractRenewalProcess.KEY,
          "contract-assessment",
          "agenda-prereview",
          "spot-check",
          "spot-check-rectification");

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ProcessPositions positions;
  private final MeasureOverview measures;
  private final ContractOverview contracts;
  private final RecordAccess records;
  private final SpotCheckReaders spotCheckReaders;

  InstanceRecord(
      RuntimeService runtime,
      RepositoryService repository,
      IdentityService identity,
      ProcessPositions positions,
      MeasureOverview measures,
      ContractOverview contracts,
      RecordAccess records,
      SpotCheckReaders spotCheckReaders) {
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.positions = positions;
    this.measures = measures;
    this.contracts = contracts;
    this.records = records;
    this.spotCheckReaders = spotCheckReaders;
  }

  View of(String instanceId) {
    // as the caller: the engine answers only instances he may read
    ProcessInstance asked =
        runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    if (asked == null) {
      throw ApiException.notFound("未找到该流程实例（可能已办结），或您没有查看它的权限");
    }
    ProcessInstance root =
        SystemAct.run(
            identity,
            () ->
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceId(asked.getRootProcessInstanceId())
                    .singleResult());
    // a record's own process shows its record; a helper process (legal opinion …) its caller's
    String askedKey = repository.getProcessDefinition(asked.getProcessDefinitionId()).getKey();
    ProcessInstance record = RECORDS.contains(askedKey) || root == null ? asked : root;
    String key = repository.getProcessDefinition(record.getProcessDefinitionId()).getKey();
    Map<String, Object> variables =
        SystemAct.run(identity, () -> runtime.getVariables(record.getId()));
    ProcessPositions.Position position = positions.of(record);
    return switch (key) {
      case MeasureLifecycle.PROCESS_KEY -> measure(instanceId, record.getBusinessKey(), position);
      case ContractRenewalProcess.KEY, "contract-assessment" ->
          contract(
              instanceId,
              String.valueOf(
                  variables.getOrDefault(
                      ContractRenewalProcess.CONTRACT_NUMBER, record.getBusinessKey())),
              position);
      case "agenda-prereview" -> {
        records.require(
            AccessMatrix.AGENDA_READERS,
            // never null: a list's own-department check does not take null
            java.util.Objects.toString(variables.get("department"), ""),
            "没有权限：只能查看本科室的上会议题（办公室、局领导、党组可查看全部）");
        yield generic(instanceId, "agenda", "上会议题", variables, position);
      }
      case "spot-check", "spot-check-rectification" -> {
        String number =
            String.valueOf(variables.getOrDefault("businessNumber", record.getBusinessKey()));
        if (!spotCheckReaders.listFilter("暗访记录").test(number)) {
          throw ApiException.forbidden("没有权限查看该暗访记录");
        }
        yield generic(instanceId, "spotCheck", "纪律作风暗访", variables, position);
      }
      default -> generic(instanceId, "other", processName(record), variables, position);
    };
  }

  private View measure(String instanceId, String code, ProcessPositions.Position position) {
    MeasureOverview.Row m = measures.one(code, position);
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("责任科室", m.departmentName()));
    fields.add(new Field("协办科室", blank(m.coDepartmentNames())));
    fields.add(new Field("分管领导", blank(m.responsibleLeaderName())));
    fields.add(new Field("阶段", m.phaseLabel()));
    fields.add(new Field("当前环节", m.currentStep()));
    fields.add(new Field("办理人", m.holder()));
    fields.add(new Field("完成时限", m.dueDate().format(DAY)));
    fields.add(new Field("状态", m.statusLabel()));
    fields.add(new Field("状态颜色", m.colourText()));
    fields.add(
        new Field(
            "最新进展",
            m.lastProgress() == null
                ? "尚无进展报告"
                : m.lastProgress() + "（" + m.lastProgressOn().format(DAY) + "）"));
    return new View(
        instanceId, "measure", "整改措施", m.code(), m.title(), m.colour(), m.colourText(), fields);
  }

  private View contract(String instanceId, String number, ProcessPositions.Position position) {
    ContractOverview.Row c = contracts.one(number, position);
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("承包商", c.contractor()));
    fields.add(new Field("承办科室", c.departmentName()));
    fields.add(new Field("合同期限", c.startsOn().format(DAY) + " 至 " + c.endsOn().format(DAY)));
    fields.add(new Field(c.decisionKind() + "截止", c.decisionDeadline().format(DAY)));
    fields.add(new Field("续签状态", c.renewalState()));
    fields.add(new Field("当前环节", c.currentStep()));
    fields.add(new Field("办理人", c.holder()));
    fields.add(new Field("状态颜色", c.colourText()));
    return new View(
        instanceId, "contract", "合同", c.number(), c.title(), c.colour(), c.colourText(), fields);
  }

  /** From the display variables every process sets (docs/developer-brief.md). */
  private static View generic(
      String instanceId,
      String kind,
      String kindLabel,
      Map<String, Object> variables,
      ProcessPositions.Position position) {
    String colourText = text(variables.get("statusColourText"));
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("科室", text(variables.get("departmentName"))));
    fields.add(new Field("当前环节", position.step()));
    fields.add(new Field("办理人", position.holder()));
    fields.add(new Field("期限", dueText(variables, position)));
    fields.add(new Field("状态颜色", colourText));
    return new View(
        instanceId,
        kind,
        kindLabel,
        text(variables.get("businessNumber")),
        text(variables.get("businessTitle")),
        colourText.startsWith("红")
            ? "RED"
            : colourText.startsWith("黄") ? "YELLOW" : colourText.startsWith("绿") ? "GREEN" : null,
        colourText,
        fields);
  }

  private static String dueText(Map<String, Object> variables, ProcessPositions.Position position) {
    if (variables.get("dueDateText") instanceof String text && !text.isBlank()) {
      return text;
    }
    Date due = variables.get("dueDate") instanceof Date d ? d : position.taskDue();
    return due == null ? "—" : LocalDate.ofInstant(due.toInstant(), ZONE).format(DAY);
  }

  private String processName(ProcessInstance instance) {
    String name = repository.getProcessDefinition(instance.getProcessDefinitionId()).getName();
    return name == null ? "流程" : name;
  }

  private static String text(Object value) {
    return value == null || String.valueOf(value).isBlank() ? "—" : String.valueOf(value);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
