package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/measures}, {@code /api/plans} and evidence uploads against the seeded demo plan. */
@SpringBootTest(properties = "rectify.demo.plan.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(ReminderStandIns.class)
class MeasureApiTest {

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void listsMeasuresFilteredByDepartmentStatusAndAspect() throws Exception {
    mvc.perform(
            get("/api/measures")
                .param("department", "enforcement")
                .header(HttpHeaders.AUTHORIZATION, basic("office1")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItems("M14", "M15", "M16")));
    mvc.perform(
            get("/api/measures")
                .param("status", "IN_PROGRESS")
                .param("aspect", "2")
                .header(HttpHeaders.AUTHORIZATION, basic("office1")))
        .andExpect(jsonPath("$[*].statusLabel", everyItem(org.hamcrest.Matchers.is("整改中"))))
        .andExpect(jsonPath("$[*].aspect", everyItem(org.hamcrest.Matchers.is(2))))
        .andExpect(jsonPath("$[*].code", hasItems("M14", "M16", "M19")));
    mvc.perform(
            get("/api/measures")
                .param("status", "DONE")
                .header(HttpHeaders.AUTHORIZATION, basic("office1")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details[0]", startsWith("status：")));
  }

  @Test
  void showsOneMeasureWithItsStatusHistory() throws Exception {
    mvc.perform(get("/api/measures/M30").header(HttpHeaders.AUTHORIZATION, basic("office1")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.departmentName").value("办公室"))
        .andExpect(jsonPath("$.history[0].status").value("ASSIGNED"))
        .andExpect(jsonPath("$.history[0].statusLabel").value("待认领"))
        .andExpect(jsonPath("$.threeNoLetGo.ruleEstablished").value(false));
    mvc.perform(get("/api/measures/M99").header(HttpHeaders.AUTHORIZATION, basic("enforcement1")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/measures")).andExpect(status().isUnauthorized());
  }

  @Test
  void plansShowTheDataQualityWarning() throws Exception {
    mvc.perform(get("/api/plans").header(HttpHeaders.AUTHORIZATION, basic("rectOffice1")))
        .andExpect(jsonPath("$[0].measures").value(org.hamcrest.Matchers.greaterThanOrEqualTo(37)))
        .andExpect(jsonPath("$[0].declaredMeasureCount").value(34))
        .andExpect(jsonPath("$[0].dataQualityWarning", startsWith("数据质量提示")));
  }

  @Test
  void officeAddsAMeasureToTheRunningPlanAndItsLifecycleStarts() throws Exception {
    long seedPlan =
        jdbc.sql("select id from rect_plan where title = :title")
            .param("title", SeedPlanLoader.TITLE)
            .query(Long.class)
            .single();
    String body =
        """
        {"plan": %d, "problem": 8, "title": "建立养护巡查台账，每周通报", "department": "greening",
         "coDepartments": ["municipal"], "phase": 2, "dueDate": "%s"}"""
            .formatted(seedPlan, LocalDate.now().plusDays(60));
    String code =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(
                    post("/api/measures")
                        .header(HttpHeaders.AUTHORIZATION, basic("rectOffice1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.responsibleLeader").value("leaders3"))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.code");

    assertThat(code).matches("M[0-9]{2}").isGreaterThan("M37");
    Task claim = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(claim.getAssignee()).isEqualTo("greeningHead");
  }

  @Test
  void unknownDepartmentAndLeaderAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    int before = jdbc.sql("select count(*) from rect_measure").query(Integer.class).single();
    String body =
        """
        {"plan": 1, "problem": 8, "title": "测试", "department": "zoo", "responsibleLeader": "greening1", "phase": 2,
         "dueDate": "2099-01-01"}""";
    mvc.perform(
            post("/api/measures")
                .header(HttpHeaders.AUTHORIZATION, basic("rectOffice1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("整改措施数据有误，未保存"))
        .andExpect(jsonPath("$.details", hasItem(startsWith("department："))))
        .andExpect(jsonPath("$.details", hasItem(startsWith("responsibleLeader："))));
    mvc.perform(
            post("/api/measures")
                .header(HttpHeaders.AUTHORIZATION, basic("greening1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("select count(*) from rect_measure").query(Integer.class).single())
        .isEqualTo(before);
  }

  @Test
  void evidenceIsStoredWithinTheLimitsAndRefusedOutsideThem() throws Exception {
    byte[] pdf = "%PDF-1.4 整改台账".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/api/measures/M19/attachments")
                .file(new MockMultipartFile("file", "户外广告监管台账.pdf", "application/pdf", pdf))
                .header(HttpHeaders.AUTHORIZATION, basic("advertising1")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName").value("户外广告监管台账.pdf"))
        .andExpect(jsonPath("$.uploadedBy").value("advertising1"));
    long id = jdbc.sql("select max(id) from rect_measure_attachment").query(Long.class).single();
    mvc.perform(
            get("/api/measures/M19/attachments/" + id)
                .header(HttpHeaders.AUTHORIZATION, basic("leaders2")))
        .andExpect(status().isOk())
        .andExpect(content().bytes(pdf));

    mvc.perform(
            multipart("/api/measures/M19/attachments")
                .file(
                    new MockMultipartFile(
                        "file", "run.exe", "application/octet-stream", new byte[] {1, 2}))
                .header(HttpHeaders.AUTHORIZATION, basic("advertising1")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error", startsWith("不支持的文件类型")));
    mvc.perform(
            multipart("/api/measures/M19/attachments")
                .file(
                    new MockMultipartFile(
                        "file", "big.pdf", "application/pdf", new byte[11 * 1024 * 1024]))
                .header(HttpHeaders.AUTHORIZATION, basic("advertising1")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error", startsWith("文件过大")));
    mvc.perform(
            get("/api/measures/M19/attachments")
                .header(HttpHeaders.AUTHORIZATION, basic("advertising1")))
        .andExpect(jsonPath("$", hasSize(1)));
  }

  /**
   * Evidence of M16 (执法科 alone) is read by 执法科, its leader (leaders2), the rectification office and
   * the leading group (all demo leaders belong to it); other departments, the office and a
   * department head elsewhere get 403 in Chinese, for the list and for the file.
   */
  @Test
  void evidenceIsReadOnlyByTheMeasuresDepartmentsItsLeaderTheOfficeAndTheLeadingGroup()
      throws Exception {
    byte[] pdf = "%PDF-1.4 执法检查台账".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/api/measures/M16/attachments")
                .file(new MockMultipartFile("file", "执法检查记录.pdf", "application/pdf", pdf))
                .header(HttpHeaders.AUTHORIZATION, basic("enforcement1")))
        .andExpect(status().isCreated());
    long id = jdbc.sql("select max(id) from rect_measure_attachment").query(Long.class).single();
    for (String reader :
        List.of("enforcement1", "enforcementHead", "leaders2", "rectOffice1", "leadingGroup1")) {
      mvc.perform(
              get("/api/measures/M16/attachments").header(HttpHeaders.AUTHORIZATION, basic(reader)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$[*].fileName", hasItem("执法检查记录.pdf")));
      mvc.perform(
              get("/api/measures/M16/attachments/" + id)
                  .header(HttpHeaders.AUTHORIZATION, basic(reader)))
          .andExpect(status().isOk())
          .andExpect(content().bytes(pdf));
    }
    for (String outsider : List.of("greening1", "office1", "greeningHead", "supervision1")) {
      mvc.perform(
              get("/api/measures/M16/attachments")
                  .header(HttpHeaders.AUTHORIZATION, basic(outsider)))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.error", startsWith("没有权限查看整改措施 M16 的佐证材料")));
      mvc.perform(
              get("/api/measures/M16/attachments/" + id)
                  .header(HttpHeaders.AUTHORIZATION, basic(outsider)))
          .andExpect(status().isForbidden())
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("PDF"))));
    }
  }

  @Test
  void evidencePageLinkedFromTheFormsIsServed() throws Exception {
    String page =
        mvc.perform(
                get("/measures/evidence.html")
                    .header(HttpHeaders.AUTHORIZATION, basic("enforcement1")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("整改措施佐证材料").contains("/attachments");
  }

  @Test
  void completionIsRecordedWithDeliverablesMetricsAndChecklist() throws Exception {
    // M22 is overdue in the demo, so it is already being implemented (claimed) when the plan is
    // loaded
    String pi =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey("M22")
            .singleResult()
            .getId();
    work(
        pi,
        "officeHead",
        java.util.Map.of(
            "progressNarrative",
            "报销规范已印发，内控建设启动",
            "progressPercent",
            100L,
            "progressAction",
            "SUBMIT"));
    work(
        pi,
        "officeHead",
        java.util.Map.of(
            "completionStatement",
            "规范了报销流程",
            "deliverables",
            "《报销管理规定》（已印发）\n《财务内控手册》（征求意见稿）",
            "metrics",
            "培训：2 场\n规范票据格式",
            "causeClarified",
            true,
            "rectified",
            true,
            "ruleEstablished",
            false));

    mvc.perform(get("/api/measures/M22").header(HttpHeaders.AUTHORIZATION, basic("leaders1")))
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.progress[0].percentDone").value(100))
        .andExpect(
            jsonPath("$.deliverables[*].title", hasItems("《报销管理规定》（已印发）", "《财务内控手册》（征求意见稿）")))
        .andExpect(jsonPath("$.metrics[0].name").value("培训"))
        .andExpect(jsonPath("$.metrics[0].metricValue").value("2"))
        .andExpect(jsonPath("$.metrics[0].unit").value("场"))
        .andExpect(jsonPath("$.metrics[1].metricValue").value("—"))
        .andExpect(jsonPath("$.threeNoLetGo.causeClarified").value(true))
        .andExpect(jsonPath("$.threeNoLetGo.ruleEstablished").value(false))
        .andExpect(jsonPath("$.history[*].status", hasItems("IN_PROGRESS", "SUBMITTED")));
    Task approval = taskService.createTaskQuery().processInstanceId(pi).singleResult();
    assertThat(approval.getAssignee()).isEqualTo("leaders1");
  }

  private void work(
      String processInstanceId, String user, java.util.Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    identityService.setAuthentication(
        user,
        identityService.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .toList());
    try {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), user);
      }
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void officeRegistersAPlanWhoseMeasuresStartWhenThePartyGroupIssuesIt() throws Exception {
    String plan =
        """
        {"title": "关于区委第五巡察组反馈意见的整改方案", "inspectionGroup": "区委第五巡察组", "inspectedBody": "城市管理局党组",
         "feedbackDate": "2026-11-20", "declaredMeasureCount": 1,
         "phase1Start": "2026-11-20", "phase1End": "2027-01-31", "phase2Start": "2027-02-01", "phase2End": "2027-06-30",
         "phase3Start": "2027-07-01", "phase3End": "2027-12-31",
         "aspects": [{"heading": "加强合同管理", "problems": ["合同续签不规范", "履约考核不到位"]}]}""";
    String created =
        mvc.perform(
                post("/api/plans")
                    .header(HttpHeaders.AUTHORIZATION, basic("rectOffice1"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(plan))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andExpect(jsonPath("$.problems").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    int planId = com.jayway.jsonpath.JsonPath.read(created, "$.id");
    String code =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(
                    post("/api/measures")
                        .header(HttpHeaders.AUTHORIZATION, basic("rectOffice1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            """
                {"plan": %d, "problem": 2, "title": "制定环卫合同履约考核办法", "department": "sanitation", "phase": 1,
                 "dueDate": "2027-01-31"}"""
                                .formatted(planId)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8),
            "$.code");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isZero();

    String pi =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(RectificationPlan.businessKey(planId))
            .singleResult()
            .getId();
    completePlanTask(
        pi,
        RectificationPlan.Elements.REGISTER_FEEDBACK,
        java.util.Map.of("inspectionGroup", "区委第五巡察组"));
    completePlanTask(
        pi,
        RectificationPlan.Elements.SET_UP_LEADING_GROUP,
        java.util.Map.of("groupLeader", "王振华"));
    completePlanTask(
        pi, RectificationPlan.Elements.DRAFT_PLAN, java.util.Map.of("planTitle", "整改方案"));
    completePlanTask(
        pi, RectificationPlan.Elements.APPROVE_PLAN, java.util.Map.of("planDecision", "APPROVE"));
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(pi)
            .activityId(RectificationPlan.Elements.START_MEASURES)
            .singleResult()
            .getId());

    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .singleResult()
                .getAssignee())
        .isEqualTo("sanitationHead");
    mvc.perform(get("/api/plans").header(HttpHeaders.AUTHORIZATION, basic("rectOffice1")))
        .andExpect(jsonPath("$[?(@.id == %d)].status".formatted(planId)).value("RUNNING"));
    mvc.perform(
            post("/api/plans")
                .header(HttpHeaders.AUTHORIZATION, basic("rectOffice1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"缺少阶段\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.details", hasItem(startsWith("phase1Start："))));
  }

  private void completePlanTask(
      String processInstanceId, String key, java.util.Map<String, Object> variables) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(key)
            .singleResult();
    taskService.complete(task.getId(), variables);
  }

  @Test
  void departmentHeadClaimsASeededMeasureUnderTheEnginesAuthorizations() {
    Task claim = taskService.createTaskQuery().processInstanceBusinessKey("M30").singleResult();
    List<String> groups =
        identityService.createGroupQuery().groupMember("officeHead").list().stream()
            .map(Group::getId)
            .toList();
    identityService.setAuthentication("officeHead", groups);
    try {
      taskService.complete(
          claim.getId(), java.util.Map.of("claimDecision", "CLAIM", "implementer", "陈思远"));
    } finally {
      identityService.clearAuthentication();
    }
    Task progress = taskService.createTaskQuery().processInstanceBusinessKey("M30").singleResult();
    assertThat(progress.getTaskDefinitionKey())
        .isEqualTo(MeasureLifecycle.Elements.REPORT_PROGRESS);
    assertThat(
            jdbc.sql(
                    "select actor from rect_measure_status where measure_code = 'M30' and status = 'IN_PROGRESS'")
                .query(String.class)
                .single())
        .isEqualTo("officeHead");
  }
}
