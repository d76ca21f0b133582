package org.rectify.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/meetings}: the office records a meeting with its agenda. Every defect is listed
 * naming its field and nothing is written; a 党组会 recorded as held must open with the 第一议题 (M07). A
 * planned meeting can be moved ({@code PUT}) or cancelled ({@code POST …/cancel}); held and
 * cancelled meetings stay as they are.
 */
@Service
class MeetingRecording {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingRecording.class);
  private static final int MAX_ATTENDEES = 200;
  private static final Set<String> KINDS =
      Set.of(Meeting.FIRST_TOPIC, Meeting.AGENDA_TOPIC, Meeting.OTHER);
  private static final Set<String> DECISIONS =
      Set.of("APPROVED", "APPROVED_WITH_CONDITIONS", "NOT_APPROVED", "DEFERRED", "NOTED");

  private final MeetingRepository meetings;
  private final MeetingRegister register;
  private final OrganizationDirectory organization;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  MeetingRecording(
      MeetingRepository meetings,
      MeetingRegister register,
      OrganizationDirectory organization,
      CurrentUser currentUser,
      ApplicationEventPublisher events) {
    this.meetings = meetings;
    this.register = register;
    this.organization = organization;
    this.currentUser = currentUser;
    this.events = events;
  }

  @Transactional
  Meeting record(MeetingRequest request) {
    validate(request);
    MeetingType type = MeetingType.valueOf(request.meetingType());
    long id =
        meetings.insert(
            type,
            request.meetingDate(),
            request.title().trim(),
            request.chair().trim(),
            MeetingRegister.blankToNull(request.minutesRef()),
            request.statusOrHeld(),
            null,
            currentUser.id());
    List<MeetingRequest.Item> items = request.topicsOrEmpty();
    for (int i = 0; i < items.size(); i++) {
      MeetingRequest.Item item = items.get(i);
      meetings.insertTopic(
          id,
          i + 1,
          item.kind(),
          item.title().trim(),
          MeetingRegister.blankToNull(item.topicNumber()),
          MeetingRegister.blankToNull(item.decision()),
          MeetingRegister.blankToNull(item.decisionNote()));
    }
    saveAttendees(id, request.attendees());
    LOG.info(
        "Meeting {} ({} {}) recorded by {}", id, type, request.meetingDate(), currentUser.id());
    return register.get(id);
  }

  /**
   * Moves, renames or re-chairs a planned meeting. Pre-reviewed topics on it move with it (their
   * register and processes follow through {@link MeetingMoved}); a topic deferred by another
   * meeting must stay after that one.
   */
  @Transactional
  Meeting change(long id, MeetingChange request) {
    MeetingRepository.Row meeting = planned(id, "修改");
    List<String> problems = new ArrayList<>();
    if (request.meetingDate() == null) {
      problems.add("meetingDate：不能为空");
    } else if (request.meetingDate().isBefore(MeetingRegister.today())) {
      problems.add("meetingDate：计划召开的会议不能改到今天（" + MeetingRegister.today() + "）之前；已召开的会议请登记会议决定");
    }
    title(request.title(), problems);
    String chair = MeetingRegister.blankToNull(request.chair());
    if (chair != null) {
      chair(chair, problems);
    }
    attendees(request.attendees(), problems);
    List<String> numbers = agendaTopics(id);
    if (request.meetingDate() != null) {
      meetings
          .latestDeferral(id, numbers)
          .filter(deferred -> !request.meetingDate().isAfter(deferred))
          .ifPresent(
              deferred ->
                  problems.add("meetingDate：本次会议上的议题曾在 " + deferred + " 的会议上暂缓，会议须安排在该日之后"));
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("会议信息有误，未修改", problems.toArray(String[]::new));
    }
    String title = request.title().trim();
    if (!meetings.reschedule(id, request.meetingDate(), title, chair, currentUser.id(), now())) {
      throw changedMeanwhile(id, "修改");
    }
    saveAttendees(id, request.attendees());
    if (!numbers.isEmpty()
        && (!request.meetingDate().equals(meeting.meetingDate())
            || !title.equals(meeting.title()))) {
      events.publishEvent(new MeetingMoved(id, request.meetingDate(), title, numbers));
    }
    LOG.info(
        "Meeting {} changed by {}: {} → {}, {}",
        id,
        currentUser.id(),
        meeting.meetingDate(),
        request.meetingDate(),
        title);
    return register.get(id);
  }

  /**
   * Corrects the record of a held meeting (a typo in the title or minutes number, the wrong chair,
   * the attendance). Date, agenda and decisions are not changed here: the decisions have moved the
   * pre-reviewed topics on.
   */
  @Transactional
  Meeting correct(long id, MeetingCorrection request) {
    MeetingRepository.Row meeting =
        meetings.find(id).orElseThrow(() -> ApiException.notFound("会议不存在：" + id));
    if (!Meeting.HELD.equals(meeting.status())) {
      throw ApiException.conflict("只有已召开的会议可以更正会议记录；计划召开的会议请修改会议", "status：" + meeting.status());
    }
    List<String> problems = new ArrayList<>();
    String title = request.title() == null ? meeting.title() : request.title();
    title(title, problems);
    // only what is given is checked: a meeting held through agenda scheduling may have no chair
    // recorded yet
    String chair = meeting.chair();
    if (request.chair() != null) {
      chair = MeetingRegister.blankToNull(request.chair());
      chair(chair, problems);
    }
    String minutes = meeting.minutesRef();
    if (request.minutesRef() != null) {
      minutes = MeetingRegister.blankToNull(request.minutesRef());
      minutes(minutes, true, problems);
    }
    attendees(request.attendees(), problems);
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("会议记录有误，未更正", problems.toArray(String[]::new));
    }
    if (!meetings.correctHeld(id, title.trim(), chair, minutes, currentUser.id(), now())) {
      throw changedMeanwhile(id, "更正");
    }
    saveAttendees(id, request.attendees());
    LOG.info("Record of held meeting {} corrected by {}", id, currentUser.id());
    return register.get(id);
  }

  /**
   * Cancels a planned meeting that carries no pre-reviewed topic (those are moved with the meeting
   * instead).
   */
  @Transactional
  Meeting cancel(long id, MeetingCancellation request) {
    planned(id, "取消");
    String reason = request == null ? null : MeetingRegister.blankToNull(request.reason());
    if (reason == null) {
      throw ApiException.badRequest("请填写取消原因，会议未取消", "reason：不能为空");
    }
    if (reason.length() > 500) {
      throw ApiException.badRequest("取消原因过长，会议未取消", "reason：不能超过 500 字");
    }
    List<String> numbers = agendaTopics(id);
    if (!numbers.isEmpty()) {
      throw ApiException.conflict(
          "会议已安排预审议题，不能取消；请改期（修改会议日期），议题随会议顺延", "topics：" + String.join("、", numbers));
    }
    if (!meetings.cancel(id, reason, currentUser.id(), now())) {
      throw changedMeanwhile(id, "取消");
    }
    LOG.info("Meeting {} cancelled by {}: {}", id, currentUser.id(), reason);
    return register.get(id);
  }

  /**
   * Records that a planned meeting took place (登记召开): minutes number, attendees and, for a 党组会 that
   * has none yet, the 第一议题 (M07). A meeting carrying pre-reviewed topics is held through their
   * 登记会议决定 tasks instead, where each decision moves its topic's process on.
   */
  @Transactional
  Meeting hold(long id, MeetingHeld request) {
    MeetingRepository.Row meeting = planned(id, "登记召开");
    List<String> numbers = agendaTopics(id);
    if (!numbers.isEmpty()) {
      throw ApiException.conflict(
          "会议已安排预审议题，请在任务中心“登记会议决定”中逐项登记，会议随之登记为已召开", "topics：" + String.join("、", numbers));
    }
    List<String> problems = new ArrayList<>();
    if (meeting.meetingDate().isAfter(MeetingRegister.today())) {
      problems.add("meetingDate：会议定于 " + meeting.meetingDate() + " 召开，尚未到会期；改期请修改会议日期");
    }
    String minutes = request == null ? null : MeetingRegister.blankToNull(request.minutesRef());
    minutes(minutes, true, problems);
    String firstTopic = request == null ? null : MeetingRegister.blankToNull(request.firstTopic());
    boolean needsFirstTopic =
        MeetingType.PARTY_GROUP.name().equals(meeting.meetingType())
            && !register.view(meeting).opensWithFirstTopic();
    if (needsFirstTopic && firstTopic == null) {
      problems.add("firstTopic：党组会须以“第一议题”（理论学习）开篇，请填写本次会议第一议题的学习内容");
    } else if (firstTopic != null && firstTopic.length() > 300) {
      problems.add("firstTopic：不能超过 300 字");
    }
    List<String> attendees = request == null ? null : request.attendees();
    attendees(attendees, problems);
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("会议召开情况有误，未登记", problems.toArray(String[]::new));
    }
    if (needsFirstTopic) {
      meetings.insertTopic(id, 1, Meeting.FIRST_TOPIC, firstTopic, null, null, null);
    }
    meetings.markHeld(id, minutes);
    saveAttendees(id, attendees);
    LOG.info("Meeting {} recorded as held by {} ({})", id, currentUser.id(), minutes);
    return register.get(id);
  }

  private MeetingRepository.Row planned(long id, String action) {
    MeetingRepository.Row meeting =
        meetings.find(id).orElseThrow(() -> ApiException.notFound("会议不存在：" + id));
    if (!Meeting.PLANNED.equals(meeting.status())) {
      throw notPlanned(meeting.status(), action);
    }
    return meeting;
  }

  /** The meeting was changed by someone else between reading and writing: say what it is now. */
  private ApiException changedMeanwhile(long id, String action) {
    return notPlanned(meetings.find(id).map(MeetingRepository.Row::status).orElse(""), action);
  }

  private static ApiException notPlanned(String status, String action) {
    return ApiException.conflict(
        "只有计划召开的会议可以" + action + "，本会议" + (Meeting.CANCELLED.equals(status) ? "已取消" : "已召开"),
        "status：" + status);
  }

  private List<String> agendaTopics(long id) {
    return meetings.topicsOf(id).stream()
        .filter(t -> Meeting.AGENDA_TOPIC.equals(t.kind()))
        .map(Meeting.Topic::topicNumber)
        .filter(Objects::nonNull)
        .toList();
  }

  private static void title(String title, List<String> problems) {
    if (title == null || title.isBlank()) {
      problems.add("title：不能为空");
    } else if (title.length() > 300) {
      problems.add("title：不能超过 300 字");
    }
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(MeetingRegister.ZONE);
  }

  private void validate(MeetingRequest request) {
    List<String> problems = new ArrayList<>();
    MeetingType type = MeetingType.parse(request.meetingType()).orElse(null);
    if (type == null) {
      problems.add(
          "meetingType：未知会议类型 " + request.meetingType() + "（可选 " + MeetingType.choices() + "）");
    }
    if (request.meetingDate() == null) {
      problems.add("meetingDate：不能为空");
    }
    title(request.title(), problems);
    chair(MeetingRegister.blankToNull(request.chair()), problems);
    String status = request.statusOrHeld();
    if (!Meeting.HELD.equals(status) && !Meeting.PLANNED.equals(status)) {
      problems.add("status：未知状态 " + status + "（可选 PLANNED 计划召开、HELD 已召开）");
    }
    minutes(
        MeetingRegister.blankToNull(request.minutesRef()), Meeting.HELD.equals(status), problems);
    validateTopics(request.topicsOrEmpty(), problems);
    attendees(request.attendees(), problems);
    if (type == MeetingType.PARTY_GROUP
        && Meeting.HELD.equals(status)
        && !opensWithFirstTopic(request)) {
      problems.add("topics[0]：党组会须以“第一议题”（理论学习，kind = FIRST_TOPIC）开篇，未登记第一议题的党组会不能登记为已召开");
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("会议信息有误，未登记", problems.toArray(String[]::new));
    }
  }

  /** The chair: required, a user of the directory. */
  private void chair(String userId, List<String> problems) {
    if (userId == null) {
      problems.add("chair：不能为空（主持人的用户名）");
    } else if (organization.user(userId).isEmpty()) {
      problems.add("chair：未知用户 " + userId);
    }
  }

  /**
   * The minutes number (会议纪要编号): required once the meeting is held, at most 100 characters (its
   * column).
   */
  private static void minutes(String minutesRef, boolean held, List<String> problems) {
    if (minutesRef == null && held) {
      problems.add("minutesRef：已召开的会议须填写会议纪要编号");
    } else if (minutesRef != null && minutesRef.length() > 100) {
      problems.add("minutesRef：不能超过 100 字");
    }
  }

  /**
   * Replaces the attendees by these (trimmed, checked by {@link #attendees}); {@code null} leaves
   * them as they are.
   */
  private void saveAttendees(long id, List<String> userIds) {
    if (userIds != null) {
      meetings.replaceAttendees(id, userIds.stream().map(String::trim).toList());
    }
  }

  /** Attendees: known user ids of the directory, each once, at most {@value #MAX_ATTENDEES}. */
  private void attendees(List<String> userIds, List<String> problems) {
    if (userIds == null) {
      return;
    }
    if (userIds.size() > MAX_ATTENDEES) {
      problems.add("attendees：出席人员不能超过 " + MAX_ATTENDEES + " 人");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < userIds.size(); i++) {
      String userId = MeetingRegister.blankToNull(userIds.get(i));
      String at = "attendees[" + i + "]";
      if (userId == null) {
        problems.add(at + "：不能为空（出席人员的用户名）");
      } else if (!seen.add(userId)) {
        problems.add(at + "：" + userId + " 重复");
      } else if (organization.user(userId).isEmpty()) {
        problems.add(at + "：未知用户 " + userId);
      }
    }
  }

  private static void validateTopics(List<MeetingRequest.Item> items, List<String> problems) {
    for (int i = 0; i < items.size(); i++) {
      MeetingRequest.Item item = items.get(i);
      String at = "topics[" + i + "]";
      if (item == null || item.title() == null || item.title().isBlank()) {
        problems.add(at + ".title：议题名称不能为空");
        continue;
      }
      if (!KINDS.contains(item.kind())) {
        problems.add(
            at
                + ".kind：未知议题类别 "
                + item.kind()
                + "（可选 FIRST_TOPIC 第一议题、AGENDA_TOPIC 预审议题、OTHER 其他）");
      } else if (Meeting.FIRST_TOPIC.equals(item.kind()) && i > 0) {
        problems.add(at + ".kind：第一议题须排在第一位");
      }
      if (Meeting.AGENDA_TOPIC.equals(item.kind())
          && MeetingRegister.blankToNull(item.topicNumber()) == null) {
        problems.add(at + ".topicNumber：预审议题须填写议题编号（YT-…）");
      }
      if (item.decision() != null
          && !item.decision().isBlank()
          && !DECISIONS.contains(item.decision())) {
        problems.add(
            at
                + ".decision：未知会议决定 "
                + item.decision()
                + "（可选 APPROVED、APPROVED_WITH_CONDITIONS、NOT_APPROVED、DEFERRED、NOTED）");
      }
    }
  }

  private static boolean opensWithFirstTopic(MeetingRequest request) {
    List<MeetingRequest.Item> items = request.topicsOrEmpty();
    return !items.isEmpty()
        && items.get(0) != null
        && Meeting.FIRST_TOPIC.equals(items.get(0).kind())
        && items.get(0).title() != null
        && !items.get(0).title().isBlank();
  }
}
