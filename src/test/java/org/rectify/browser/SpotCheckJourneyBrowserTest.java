package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.rectify.meeting.MeetingRegister;

/**
 * Journeys of {@code spot-check} and {@code spot-check-rectification} (issue 23): every user task
 * of the covert checks, walked in Tasklist as the demo users they are routed to. The leader in
 * charge of discipline (leaders1) orders two checks through the API (no user task); 纪律作风督导组 plans
 * and carries them out, records what it found and hears each person before upholding or dismissing
 * a finding. The first check's finding (a late arrival in 园林绿化科) waits for a bundled notice; the
 * second check finds the same person on the phone at work and a sanitation worker leaving early
 * (dismissed: the leave was approved). The office drafts the notice, the leader sends it back once
 * and approves the revised draft; the notice picks up the waiting finding. 园林绿化科's head reports the
 * rectification, supervision finds it not done and sends it back, the head reports again and
 * supervision accepts it; the person upheld twice within a year is a repeat offender, and the
 * reminder talk is recorded.
 */
class SpotCheckJourneyBrowserTest extends JourneyTestSupport {

  private static final String ORDERED_BY = "leaders1";
  private static final String INSPECTOR = "supervision1";
  private static final String SUPERVISION_HEAD = "supervisionHead";
  private static final String LEADER = "leaders1";
  private static final String DRAFTER = "office1";
  private static final String GREENING_HEAD = "greeningHead";

  private static final String PLAN = "制定暗访计划";
  private static final String CARRY_OUT = "实施暗访";
  private static final String RECORD = "登记发现问题";
  private static final String CONFIRM = "听取说明并核实问题";
  private static final String DECIDE = "决定通报方式";
  private static final String DRAFT = "起草通报";
  private static final String APPROVE = "审批通报";
  private static final String RECTIFY = "科室整改并报告";
  private static final String VERIFY = "复核整改情况";
  private static final String TALK = "登记提醒谈话";

  private static final String REPEAT_OFFENDER = "韦晓明";
  private static final String EXCUSED = "江一帆";
  private static final String NOTICE_NUMBER = "督通〔2026〕31号";

  @Test
  void aBundledFindingAndARepeatOffenceAreNotifiedRectifiedVerifiedAndTalkedAbout() {
    LocalDate today = MeetingRegister.today();

    // the first check: one finding, upheld, left for a bundled notice
    String firstNumber = "DC-JOURNEY-01";
    String first = order(firstNumber);
    Journey bundled = journey("spot-check-bundled", first, firstNumber);
    bundled.assertQueuedFor(PLAN, "supervision");

    plan(bundled, today.plusDays(7), "园林绿化科、环卫科办公区，上班时段 8:30 前后", "郑督明、冯严松", "迟到早退、上班玩手机");
    bundled.assertQueuedFor(CARRY_OUT, "supervision");

    bundled.step(
        "inspector-visits",
        INSPECTOR,
        DEPARTMENT_TASKS,
        CARRY_OUT,
        form -> {
          form.date("暗访日期", today);
          form.type("检查地点及在岗情况", "8:30 园林绿化科办公室 5 人应到 4 人在岗；8:52 一人到岗。");
          form.choose("发现问题，逐项登记");
        });
    bundled.assertQueuedFor(RECORD, "supervision");

    record(
        bundled,
        "inspector-records-late-arrival",
        new Finding("迟到", REPEAT_OFFENDER, "园林绿化科", "08:52", "上班时间 8:30，8:52 到岗，未请假。"),
        form -> form.type("证据", "照片 DC01-01，门禁记录"));
    bundled.assertQueuedFor(CONFIRM, "supervision");

    bundled.step(
        "head-of-supervision-upholds",
        SUPERVISION_HEAD,
        DEPARTMENT_TASKS,
        CONFIRM,
        form -> {
          assertThat(form.shown("登记的问题")).contains(REPEAT_OFFENDER).contains("迟到");
          form.type("当事人说明", "早上送孩子上学路上堵车，未及时请假。");
          form.choose("情况属实，予以认定");
          form.type("认定或不予认定的理由", "未履行请假手续，迟到属实。");
        });
    bundled.assertHeldBy(DECIDE, LEADER);

    bundled.step(
        "leader-bundles",
        LEADER,
        MY_TASKS,
        DECIDE,
        form -> {
          assertThat(form.shown("已认定的问题")).contains(REPEAT_OFFENDER);
          form.choose("与其他暗访问题合并通报");
        });
    assertThat(activeAt(first, "Gateway_AwaitBundledNotice"))
        .as("the first check waits for the next notice")
        .isTrue();

    // the second check: the same person again, and one finding dismissed
    String secondNumber = "DC-JOURNEY-02";
    String second = order(secondNumber);
    Journey notice = journey("spot-check-notice", second, secondNumber);

    plan(notice, today.plusDays(10), "园林绿化科、环卫科，上午 9:00–11:30 及下班前半小时", "郑督明", "上班玩手机、早退");
    notice.step(
        "inspector-visits",
        INSPECTOR,
        DEPARTMENT_TASKS,
        CARRY_OUT,
        form -> {
          form.date("暗访日期", today);
          form.type("检查地点及在岗情况", "9:30 园林绿化科 4 人在岗；17:00 环卫科 6 人在岗，17:10 一人离岗。");
          form.type("情况说明", "两处问题已拍照留存。");
          form.choose("发现问题，逐项登记");
        });
    record(
        notice,
        "inspector-records-phone-use",
        new Finding("上班玩手机", REPEAT_OFFENDER, "园林绿化科", "09:30", "上班时间用手机玩游戏约 20 分钟。"),
        form -> {
          form.type("证据", "照片 DC02-01");
          form.tick("还有其他问题需要登记");
        });
    notice.assertQueuedFor(RECORD, "supervision");
    record(
        notice,
        "inspector-records-early-leave",
        new Finding("早退", EXCUSED, "环卫科", "17:10", "下班时间 17:30，17:10 离开办公室。"),
        form -> {});
    assertThat(openTaskCount(second, CONFIRM)).as("one hearing per finding").isEqualTo(2);

    for (int hearing = 1; hearing <= 2; hearing++) {
      notice.step(
          "head-of-supervision-hears-" + hearing,
          SUPERVISION_HEAD,
          DEPARTMENT_TASKS,
          CONFIRM,
          form -> {
            if (form.shown("登记的问题").contains(EXCUSED)) {
              form.type("当事人说明", "当天下午已经科长批准请假，提前离开去医院复诊，有请假条。");
              form.choose("不予认定");
              form.type("认定或不予认定的理由", "请假手续齐全，不属于早退。");
            } else {
              form.type("当事人说明", "承认上班时间玩手机游戏。");
              form.choose("情况属实，予以认定");
              form.type("认定或不予认定的理由", "照片为证，本人承认。");
            }
          });
    }
    notice.assertHeldBy(DECIDE, LEADER);

    notice.step(
        "leader-notifies-now",
        LEADER,
        MY_TASKS,
        DECIDE,
        form -> {
          String upheld = form.shown("已认定的问题");
          assertThat(upheld).contains(REPEAT_OFFENDER).doesNotContain(EXCUSED);
          form.choose("即时通报");
        });
    notice.assertQueuedFor(DRAFT, "office");

    notice.step(
        "office-drafts-notice",
        DRAFTER,
        DEPARTMENT_TASKS,
        DRAFT,
        form -> {
          form.type("通报文号", NOTICE_NUMBER);
          form.date("通报日期", today);
          form.type("整改要求", "相关科室对照通报问题立即整改，加强考勤管理，书面报告整改情况。");
          form.date("整改期限", today.plusDays(30));
        });
    notice.assertHeldBy(APPROVE, LEADER);

    notice.step(
        "leader-sends-draft-back",
        LEADER,
        MY_TASKS,
        APPROVE,
        form -> {
          String listed = form.shown("通报所列问题");
          assertThat(listed).as("the bundled late arrival is listed too").contains("迟到");
          assertThat(listed).contains(REPEAT_OFFENDER).doesNotContain(EXCUSED);
          form.choose("退回修改");
          form.type("审批说明", "整改期限过长，改为 15 日内；要求写明整改报告报送督导组。");
        });
    notice.assertQueuedFor(DRAFT, "office");

    notice.step(
        "office-revises-notice",
        DRAFTER,
        DEPARTMENT_TASKS,
        DRAFT,
        form -> {
          form.assertShows("审批退回意见", "整改期限过长");
          form.type("整改要求", "相关科室对照通报问题立即整改，加强考勤管理，15 日内将书面整改报告报送纪律作风督导组。");
          form.date("整改期限", today.plusDays(15));
        });
    notice.step(
        "leader-approves-notice",
        LEADER,
        MY_TASKS,
        APPROVE,
        form -> {
          form.assertShows("整改期限", today.plusDays(15).toString());
          form.choose("同意印发");
          form.type("审批说明", "同意印发。");
        });

    assertThat(endedAt(first, "EndEvent_Bundled"))
        .as("the first check's finding went into the notice")
        .isTrue();
    bundled.assertWalkedAsDeclared();

    ProcessInstance rectification =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("spot-check-rectification")
            .superProcessInstanceId(second)
            .singleResult();
    assertThat(rectification).as("one rectification: only 园林绿化科 has upheld findings").isNotNull();
    assertThat(rectification.getBusinessKey()).isEqualTo(NOTICE_NUMBER);
    notice.follow(rectification.getId(), NOTICE_NUMBER);
    // 准备整改事项 is asynchronous: it runs now that the journey follows the rectification
    notice.runDueJobs();
    notice.assertHeldBy(RECTIFY, GREENING_HEAD);

    notice.step(
        "greening-head-reports",
        GREENING_HEAD,
        MY_TASKS,
        RECTIFY,
        form -> {
          String findings = form.shown("本科室被通报的问题");
          assertThat(findings).contains(REPEAT_OFFENDER).contains("迟到").doesNotContain(EXCUSED);
          form.type("整改措施及结果", "已对当事人批评教育，科室重申考勤纪律。");
          form.date("整改完成日期", today);
        });
    notice.assertQueuedFor(VERIFY, "supervision");

    notice.step(
        "inspector-finds-not-done",
        INSPECTOR,
        DEPARTMENT_TASKS,
        VERIFY,
        form -> {
          form.assertShows("科室整改报告", "批评教育");
          form.choose("未整改到位，退回重新整改");
          form.type("复核情况", "只有口头教育，未建立考勤登记和手机集中存放制度，请补充制度并附执行记录。");
        });
    notice.assertHeldBy(RECTIFY, GREENING_HEAD);

    notice.step(
        "greening-head-reports-again",
        GREENING_HEAD,
        MY_TASKS,
        RECTIFY,
        form -> {
          form.assertShows("复核意见", "手机集中存放");
          form.type("整改措施及结果", "制定《园林绿化科考勤及工作时间手机管理规定》，建立每日考勤登记，工作时间手机集中存放；附一周执行记录。");
          form.date("整改完成日期", today);
        });
    notice.step(
        "head-of-supervision-accepts",
        SUPERVISION_HEAD,
        DEPARTMENT_TASKS,
        VERIFY,
        form -> {
          form.assertShows("科室整改报告", "手机集中存放");
          form.choose("整改到位");
          form.type("复核情况", "制度已建立，抽查一周考勤登记完整，下次暗访再复核执行情况。");
        });
    notice.assertQueuedFor(TALK, "supervision");

    notice.step(
        "inspector-records-reminder-talk",
        INSPECTOR,
        DEPARTMENT_TASKS,
        TALK,
        form -> {
          form.assertShows("屡犯人员", REPEAT_OFFENDER);
          form.date("谈话日期", today);
          form.type("谈话人", "冯严松");
          form.type("谈话记录编号", "督谈〔2026〕5号");
          form.type("谈话情况", "指出一年内两次违反工作纪律，本人表示接受批评并书面保证。");
        });

    assertThat(endedAt(rectification.getId(), "EndEvent_Verified")).isTrue();
    assertThat(endedAt(second, "EndEvent_RectifiedWithTalk")).isTrue();
    notice.assertWalkedAsDeclared();
    HttpResponse<String> record =
        new HttpTestClient(port).get("/api/spot-checks/" + secondNumber, SUPERVISION_HEAD, "demo");
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    assertThat(record.body()).contains(NOTICE_NUMBER).contains(REPEAT_OFFENDER);
  }

  // helpers

  /** The leader in charge of discipline orders a check through the API; it waits for its plan. */
  private String order(String number) {
    LocalDate today = MeetingRegister.today();
    String body =
        """
        {"number": "%s", "checkType": "WORK_DISCIPLINE", "plannedFrom": "%s", "plannedTo": "%s",
         "targets": "园林绿化科、环卫科", "members": "督导组", "focus": "工作纪律"}"""
            .formatted(number, today, today.plusDays(14));
    HttpResponse<String> started =
        new HttpTestClient(port).post("/api/spot-checks", body, ORDERED_BY, "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("spot-check")
        .processInstanceBusinessKey(number)
        .singleResult()
        .getId();
  }

  private long openTaskCount(String instance, String taskName) {
    return taskService.createTaskQuery().processInstanceId(instance).taskName(taskName).count();
  }

  private boolean activeAt(String instance, String activityId) {
    return runtimeService.getActiveActivityIds(instance).contains(activityId);
  }

  private boolean endedAt(String instance, String endEvent) {
    return historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance)
            .activityId(endEvent)
            .finished()
            .count()
        == 1;
  }

  /** A finding as the inspector registers it, found in the department's own office. */
  private record Finding(
      String category, String person, String department, String time, String description) {}

  /** 制定暗访计划: a 工作纪律 check from today to {@code endsOn}. */
  private static void plan(
      Journey journey, LocalDate endsOn, String targets, String inspectors, String focus) {
    journey.step(
        "inspector-plans-check",
        INSPECTOR,
        DEPARTMENT_TASKS,
        PLAN,
        form -> {
          form.select("暗访类型", "工作纪律");
          form.date("计划开始日期", MeetingRegister.today());
          form.date("计划结束日期", endsOn);
          form.type("检查对象", targets);
          form.type("暗访人员", inspectors);
          form.type("检查重点", focus);
        });
  }

  /** 登记发现问题: the finding found today in its department's office, then what {@code more} adds. */
  private static void record(
      Journey journey, String step, Finding finding, Consumer<TaskForm> more) {
    journey.step(
        step,
        INSPECTOR,
        DEPARTMENT_TASKS,
        RECORD,
        form -> {
          form.select("问题类别", finding.category());
          form.type("当事人", finding.person());
          form.select("所在科室", finding.department());
          form.date("发现日期", MeetingRegister.today());
          form.type("发现时间", finding.time());
          form.type("地点", finding.department() + "办公室");
          form.type("问题描述", finding.description());
          more.accept(form);
        });
  }
}
