package org.rectify.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting register as the processes use it: agenda pre-review schedules topics on planned
 * meetings and records the decisions; the rectification plan records its leading-group meetings;
 * the report counts held meetings. The rule of M07 lives here, once: a 党组会 opens with the 第一议题 and
 * is never recorded as held without it. Process-side refusals are {@link
 * FormFieldValidationException}s, so Tasklist shows the Chinese message and the task stays open.
 */
@Service
public class MeetingRegister {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingRegister.class);
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A planned meeting offered to the office for scheduling. */
  public record PlannedMeeting(long id, LocalDate date, String label) {}

  /** Where a topic was put: the meeting and its place on the agenda. */
  public record Scheduled(long meetingId, LocalDate date, String title, int position) {}

  /** Held meetings of one type in a period. */
  public record TypeCount(String meetingType, String typeName, int count) {}

  /** Held meetings per type in a period (every type listed, zero included). */
  public record Counts(LocalDate from, LocalDate to, List<TypeCount> counts) {

    public int of(MeetingType type) {
      return counts.stream()
          .filter(c -> c.meetingType().equals(type.name()))
          .mapToInt(TypeCount::count)
          .sum();
    }
  }

  private final MeetingRepository meetings;
  private final OrganizationDirectory organization;

  MeetingRegister(MeetingRepository meetings, OrganizationDirectory organization) {
    this.meetings = meetings;
    this.organization = organization;
  }

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** Planned meetings of the type after the date, soonest first, labelled for a select box. */
  public List<PlannedMeeting> planned(MeetingType type, LocalDate after) {
    return meetings.planned(type, after).stream()
        .map(
            m ->
                new PlannedMeeting(
                    m.id(),
                    m.meetingDate(),
                    m.meetingDate()
                        + " "
                        + m.title()
                        + "（已排 "
                        + meetings.topicsOf(m.id()).size()
                        + " 项）"))
        .toList();
  }

  /**
   * Puts a topic on a planned meeting, or on a new planned meeting of the type on {@code newDate}
   * when {@code meetingId} is null. The position is the requested one if free, else the next free
   * one; on a 党组会 place 1 belongs to the 第一议题. A deferred topic ({@code after} = the deferring
   * meeting's date) goes to a later meeting.
   */
  @Transactional
  public Scheduled schedule(
      Long meetingId,
      MeetingType type,
      LocalDate newDate,
      Integer position,
      String topicNumber,
      String title,
      LocalDate after,
      String by) {
    MeetingRepository.Row meeting =
        meetingId == null ? create(type, newDate, by) : require(meetingId);
    if (!Meeting.PLANNED.equals(meeting.status())) {
      throw refusal("meetingId", "会议“" + meeting.title() + "”已召开，不能再安排议题");
    }
    if (!meeting.meetingType().equals(type.name())) {
      throw refusal("meetingId", "所选会议不是" + type.label());
    }
    if (after != null && !meeting.meetingDate().isAfter(after)) {
      throw refusal("meetingId", "暂缓的议题须安排到 " + after + " 之后召开的会议");
    }
    List<Meeting.Topic> topics = meetings.topicsOf(meeting.id());
    int first = type == MeetingType.PARTY_GROUP ? 2 : 1;
    if (position != null && position < first) {
      throw refusal("agendaOrder", "党组会第一项议题固定为“第一议题”（理论学习），本议题顺序须从 2 开始");
    }
    if (position != null && topics.stream().anyMatch(t -> t.position() == position)) {
      throw refusal("agendaOrder", "议题顺序 " + position + " 已被占用，请另选或留空自动排序");
    }
    int place =
        position != null
            ? position
            : Math.max(
                first, topics.stream().mapToInt(Meeting.Topic::position).max().orElse(0) + 1);
    meetings.insertTopic(meeting.id(), place, Meeting.AGENDA_TOPIC, title, topicNumber, null, null);
    LOG.info("Topic {} scheduled on meeting {} as item {}", topicNumber, meeting.id(), place);
    return new Scheduled(meeting.id(), meeting.meetingDate(), meeting.title(), place);
  }

  /**
   * Records the meeting's decision on a topic and the minutes reference; the meeting is then held.
   * A 党组会 without a 第一议题 entry takes {@code firstTopic} (what was studied) as item 1, or is
   * refused.
   */
  @Transactional
  public void recordDecision(
      long meetingId,
      String topicNumber,
      String decision,
      String note,
      String minutesRef,
      String firstTopic) {
    MeetingRepository.Row meeting = require(meetingId);
    if (meeting.minutesRef() != null
        && minutesRef != null
        && !meeting.minutesRef().equals(minutesRef.trim())) {
      throw refusal("minutesRef", "本次会议已登记会议纪要编号 " + meeting.minutesRef() + "，与填写的不一致");
    }
    ensureFirstTopic(meeting, firstTopic);
    meetings.updateTopicDecision(meetingId, topicNumber, decision, note);
    meetings.markHeld(meetingId, minutesRef == null ? meeting.minutesRef() : minutesRef.trim());
  }

  /** Takes a withdrawn pre-reviewed topic off the planned meetings it was on; returns how many. */
  @Transactional
  public int withdrawTopic(String topicNumber) {
    return meetings.removeFromPlanned(topicNumber);
  }

  /**
   * Records a held meeting of the leading group once per source (e.g. the plan's task id); returns
   * its id.
   */
  @Transactional
  public long recordLeadingGroupMeeting(
      LocalDate date,
      String chair,
      String title,
      String minutesRef,
      List<String> items,
      String source,
      String by) {
    long id =
        meetings.insert(
            MeetingType.LEADING_GROUP,
            date,
            title,
            chair,
            blankToNull(minutesRef),
            Meeting.HELD,
            source,
            by);
    for (int i = 0; i < items.size(); i++) {
      meetings.insertTopic(id, i + 1, Meeting.OTHER, items.get(i), null, null, null);
    }
    return id;
  }

  public boolean recorded(String source) {
    return meetings.sourceExists(source);
  }

  public Counts counts(LocalDate from, LocalDate to) {
    Map<String, Integer> held = meetings.heldCounts(from, to);
    List<TypeCount> counts = new ArrayList<>();
    for (MeetingType type : MeetingType.values()) {
      counts.add(new TypeCount(type.name(), type.label(), held.getOrDefault(type.name(), 0)));
    }
    return new Counts(from, to, counts);
  }

  public Meeting get(long id) {
    return view(require(id));
  }

  List<Meeting> list(MeetingType type, LocalDate from, LocalDate to) {
    return meetings.list(type, from, to).stream().map(this::view).toList();
  }

  private void ensureFirstTopic(MeetingRepository.Row meeting, String firstTopic) {
    if (!MeetingType.PARTY_GROUP.name().equals(meeting.meetingType())
        || view(meeting).opensWithFirstTopic()) {
      return;
    }
    if (firstTopic == null || firstTopic.isBlank()) {
      throw refusal("firstTopic", "党组会须以“第一议题”（理论学习）开篇：请填写本次会议第一议题的学习内容");
    }
    meetings.insertTopic(meeting.id(), 1, Meeting.FIRST_TOPIC, firstTopic.trim(), null, null, null);
  }

  private MeetingRepository.Row create(MeetingType type, LocalDate date, String by) {
    if (date == null) {
      throw refusal("meetingDate", "新建会议须填写会议日期");
    }
    long id =
        meetings.insert(
            type, date, type.label() + "（" + date + "）", null, null, Meeting.PLANNED, null, by);
    return require(id);
  }

  private MeetingRepository.Row require(long id) {
    return meetings.find(id).orElseThrow(() -> ApiException.notFound("会议不存在：" + id));
  }

  Meeting view(MeetingRepository.Row row) {
    MeetingType type = MeetingType.valueOf(row.meetingType());
    return new Meeting(
        row.id(),
        row.meetingType(),
        type.label(),
        row.meetingDate(),
        row.title(),
        row.chair(),
        row.chair() == null ? null : organization.displayNameOf(row.chair()),
        row.minutesRef(),
        row.status(),
        meetings.topicsOf(row.id()),
        row.cancelReason(),
        meetings.attendeesOf(row.id()).stream()
            .map(userId -> new Meeting.Attendee(userId, organization.displayNameOf(userId)))
            .toList());
  }

  private static FormFieldValidationException refusal(String field, String message) {
    return new FormFieldValidationException(field, message);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
