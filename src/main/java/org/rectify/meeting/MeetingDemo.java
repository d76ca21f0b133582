package org.rectify.meeting;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The seed plan's meetings for the embedded default (they belong to the demo plan, so they follow
 * its switch): the 4 党组会 and 6 领导小组会议 held between the feedback (2018-06-08) and the notice
 * (2018-09-10), domain §3.1 #3–#5, two decision meetings of that period, and three planned meetings
 * in the coming weeks on which the office can schedule pre-reviewed topics. Titles and minutes
 * numbers are illustrative. Idempotent on every start.
 */
@Component
@ConditionalOnProperty(
    name = {"rectify.demo.enabled", "rectify.demo.plan.enabled"},
    havingValue = "true")
class MeetingDemo {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingDemo.class);
  private static final String CHAIR = "partySecretary1";

  /** The bureau's leadership (demo users): the Party secretary and the leaders in charge. */
  private static final List<String> ATTENDEES = List.of(CHAIR, "leaders1", "leaders2", "leaders3");

  private static final String STUDY = "第一议题：学习习近平新时代中国特色社会主义思想和党的十九大精神";

  /** Date, type, title, minutes number, agenda items after the 第一议题 (党组会) or from item 1. */
  private record Held(
      String date, MeetingType type, String title, String minutes, List<String> items) {}

  private static final List<Held> HELD =
      List.of(
          new Held(
              "2018-06-08",
              MeetingType.PARTY_GROUP,
              "党组会（巡察反馈后整改工作会议）",
              "党组会纪要〔2018〕7号",
              List.of("传达区委第三巡察组反馈意见", "成立巡察整改工作领导小组及其办公室")),
          new Held(
              "2018-06-12",
              MeetingType.LEADING_GROUP,
              "领导小组第一次会议",
              "领导小组纪要〔2018〕1号",
              List.of("研究起草整改方案，明确责任分工")),
          new Held(
              "2018-06-22",
              MeetingType.PARTY_GROUP,
              "党组会（审定整改方案）",
              "党组会纪要〔2018〕8号",
              List.of("审定《关于区委第三巡察组巡察情况反馈意见的整改方案》")),
          new Held(
              "2018-06-26",
              MeetingType.LEADING_GROUP,
              "领导小组第二次会议",
              "领导小组纪要〔2018〕2号",
              List.of("部署立行立改事项")),
          new Held(
              "2018-07-05",
              MeetingType.DIRECTOR_OFFICE,
              "局长办公会",
              "局长办公会纪要〔2018〕11号",
              List.of("研究修订《局长办公会议事决策制度》", "执法车辆维修服务三方比价结果")),
          new Held(
              "2018-07-10",
              MeetingType.LEADING_GROUP,
              "领导小组第三次会议",
              "领导小组纪要〔2018〕3号",
              List.of("听取整改进展汇报")),
          new Held(
              "2018-07-20",
              MeetingType.PARTY_GROUP,
              "党组会（研究制度建设）",
              "党组会纪要〔2018〕9号",
              List.of("修订《党组会议事决策制度》，明确“三重一大”议事程序")),
          new Held(
              "2018-07-24",
              MeetingType.LEADING_GROUP,
              "领导小组第四次会议",
              "领导小组纪要〔2018〕4号",
              List.of("会审合同履约监管整改难题")),
          new Held(
              "2018-08-02",
              MeetingType.BUREAU_AFFAIRS,
              "局务会",
              "局务会纪要〔2018〕6号",
              List.of("园林绿化养护合同续签议题", "办公用品采购工作请示")),
          new Held(
              "2018-08-07",
              MeetingType.LEADING_GROUP,
              "领导小组第五次会议",
              "领导小组纪要〔2018〕5号",
              List.of("第一阶段整改工作总结")),
          new Held(
              "2018-08-21",
              MeetingType.LEADING_GROUP,
              "领导小组第六次会议",
              "领导小组纪要〔2018〕6号",
              List.of("部署第二阶段深化整改、建章立制")),
          new Held(
              "2018-08-24",
              MeetingType.PARTY_GROUP,
              "党组会（审议整改情况通报）",
              "党组会纪要〔2018〕10号",
              List.of("审议巡察整改情况通报（送审稿）")));

  private final MeetingRepository meetings;

  MeetingDemo(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    int added = 0;
    for (Held held : HELD) {
      String source = "demo:" + held.date() + ":" + held.type();
      if (meetings.sourceExists(source)) {
        continue;
      }
      long id =
          meetings.insert(
              held.type(),
              LocalDate.parse(held.date()),
              held.title(),
              CHAIR,
              held.minutes(),
              Meeting.HELD,
              source,
              "system");
      int position = 1;
      if (held.type() == MeetingType.PARTY_GROUP) {
        meetings.insertTopic(id, position++, Meeting.FIRST_TOPIC, STUDY, null, null, null);
      }
      for (String item : held.items()) {
        meetings.insertTopic(id, position++, Meeting.OTHER, item, null, "APPROVED", null);
      }
      meetings.replaceAttendees(id, ATTENDEES);
      added++;
    }
    added +=
        planned(MeetingType.BUREAU_AFFAIRS, 7)
            + planned(MeetingType.DIRECTOR_OFFICE, 14)
            + planned(MeetingType.PARTY_GROUP, 21);
    LOG.info("Demo meetings: {} added", added);
  }

  /**
   * A planned meeting some days ahead (once: the source is the type, the date moves with the first
   * start).
   */
  private int planned(MeetingType type, int days) {
    String source = "demo:planned:" + type;
    if (meetings.sourceExists(source)) {
      return 0;
    }
    LocalDate date = MeetingRegister.today().plusDays(days);
    meetings.insert(
        type,
        date,
        type.label() + "（" + date + "）",
        CHAIR,
        null,
        Meeting.PLANNED,
        source,
        "system");
    return 1;
  }
}
