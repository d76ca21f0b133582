package org.rectify.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/meetings}: the office records a meeting with its agenda. Every defect is listed naming its field
 * and nothing is written; a 党组会 recorded as held must open with the 第一议题 (M07).
 */
@Service
class MeetingRecording {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingRecording.class);
  private static final Set<String> KINDS = Set.of(Meeting.FIRST_TOPIC, Meeting.AGENDA_TOPIC, Meeting.OTHER);
  private static final Set<String> DECISIONS =
      Set.of("APPROVED", "APPROVED_WITH_CONDITIONS", "NOT_APPROVED", "DEFERRED", "NOTED");

  private final MeetingRepository meetings;
  private final MeetingRegister register;
  private final OrganizationDirectory organization;
  private final CurrentUser currentUser;

  MeetingRecording(MeetingRepository meetings, MeetingRegister register, OrganizationDirectory organization,
      CurrentUser currentUser) {
    this.meetings = meetings;
    this.register = register;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Transactional
  Meeting record(MeetingRequest request) {
    validate(request);
    MeetingType type = MeetingType.valueOf(request.meetingType());
    long id = meetings.insert(type, request.meetingDate(), request.title().trim(), request.chair().trim(),
        MeetingRegister.blankToNull(request.minutesRef()), request.statusOrHeld(), null, currentUser.id());
    List<MeetingRequest.Item> items = request.topicsOrEmpty();
    for (int i = 0; i < items.size(); i++) {
      MeetingRequest.Item item = items.get(i);
      meetings.insertTopic(id, i + 1, item.kind(), item.title().trim(), MeetingRegister.blankToNull(item.topicNumber()),
          MeetingRegister.blankToNull(item.decision()), MeetingRegister.blankToNull(item.decisionNote()));
    }
    LOG.info("Meeting {} ({} {}) recorded by {}", id, type, request.meetingDate(), currentUser.id());
    return register.get(id);
  }

  private void validate(MeetingRequest request) {
    List<String> problems = new ArrayList<>();
    MeetingType type = MeetingType.parse(request.meetingType()).orElse(null);
    if (type == null) {
      problems.add("meetingType：未知会议类型 " + request.meetingType() + "（可选 " + MeetingType.choices() + "）");
    }
    if (request.meetingDate() == null) {
      problems.add("meetingDate：不能为空");
    }
    if (request.title() == null || request.title().isBlank()) {
      problems.add("title：不能为空");
    } else if (request.title().length() > 300) {
      problems.add("title：不能超过 300 字");
    }
    if (request.chair() == null || request.chair().isBlank()) {
      problems.add("chair：不能为空（主持人的用户名）");
    } else if (organization.user(request.chair().trim()).isEmpty()) {
      problems.add("chair：未知用户 " + request.chair());
    }
    String status = request.statusOrHeld();
    if (!Meeting.HELD.equals(status) && !Meeting.PLANNED.equals(status)) {
      problems.add("status：未知状态 " + status + "（可选 PLANNED 计划召开、HELD 已召开）");
    }
    if (Meeting.HELD.equals(status) && MeetingRegister.blankToNull(request.minutesRef()) == null) {
      problems.add("minutesRef：已召开的会议须填写会议纪要编号");
    }
    validateTopics(request.topicsOrEmpty(), problems);
    if (type == MeetingType.PARTY_GROUP && Meeting.HELD.equals(status) && !opensWithFirstTopic(request)) {
      problems.add("topics[0]：党组会须以“第一议题”（理论学习，kind = FIRST_TOPIC）开篇，未登记第一议题的党组会不能登记为已召开");
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("会议信息有误，未登记", problems.toArray(String[]::new));
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
        problems.add(at + ".kind：未知议题类别 " + item.kind() + "（可选 FIRST_TOPIC 第一议题、AGENDA_TOPIC 预审议题、OTHER 其他）");
      } else if (Meeting.FIRST_TOPIC.equals(item.kind()) && i > 0) {
        problems.add(at + ".kind：第一议题须排在第一位");
      }
      if (Meeting.AGENDA_TOPIC.equals(item.kind()) && MeetingRegister.blankToNull(item.topicNumber()) == null) {
        problems.add(at + ".topicNumber：预审议题须填写议题编号（YT-…）");
      }
      if (item.decision() != null && !item.decision().isBlank() && !DECISIONS.contains(item.decision())) {
        problems.add(at + ".decision：未知会议决定 " + item.decision()
            + "（可选 APPROVED、APPROVED_WITH_CONDITIONS、NOT_APPROVED、DEFERRED、NOTED）");
      }
    }
  }

  private static boolean opensWithFirstTopic(MeetingRequest request) {
    List<MeetingRequest.Item> items = request.topicsOrEmpty();
    return !items.isEmpty() && items.get(0) != null && Meeting.FIRST_TOPIC.equals(items.get(0).kind())
        && items.get(0).title() != null && !items.get(0).title().isBlank();
  }
}
