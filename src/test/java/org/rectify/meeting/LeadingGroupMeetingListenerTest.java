package org.rectify.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rectification plan's 领导小组听取整改进展 becomes a 领导小组会议 of the register (chaired by the Party
 * secretary, the group's leader), once per task, and is counted as held; planned meetings are
 * offered but not counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeadingGroupMeetingListenerTest {

  @Autowired LeadingGroupMeetingListener listener;
  @Autowired MeetingRegister register;
  @Autowired MeetingRepository repository;

  @Test
  void recordsTheLeadingGroupMeetingOncePerTaskAndCountsIt() {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getId()).thenReturn("task-4711");
    when(task.getAssignee()).thenReturn("leadingGroup1");
    when(task.getVariable("meetingDate")).thenReturn("2024-05-17");
    when(task.getVariable("difficultIssues")).thenReturn("M16 合同履约监管难以到位");
    when(task.getVariable("meetingDecisions")).thenReturn("M16 由分管领导督办");
    when(task.getVariable("minutesRef")).thenReturn("领导小组纪要〔2024〕2号");
    listener.notify(task);
    listener.notify(task);

    var held =
        register.list(
            MeetingType.LEADING_GROUP, LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 17));
    assertThat(held).hasSize(1);
    Meeting meeting = held.get(0);
    assertThat(meeting.status()).isEqualTo(Meeting.HELD);
    assertThat(meeting.chair()).isEqualTo("partySecretary1");
    assertThat(meeting.minutesRef()).isEqualTo("领导小组纪要〔2024〕2号");
    assertThat(meeting.topics())
        .extracting(Meeting.Topic::title)
        .containsExactly("听取整改进展汇报", "会审整改难题：M16 合同履约监管难以到位", "研究事项和决定：M16 由分管领导督办");
    assertThat(
            register
                .counts(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31))
                .of(MeetingType.LEADING_GROUP))
        .isEqualTo(1);
  }

  @Test
  void plannedMeetingsAreOfferedInDateOrderButNotCounted() {
    LocalDate day = LocalDate.of(2031, 3, 1);
    long later =
        repository.insert(
            MeetingType.DIRECTOR_OFFICE,
            day.plusDays(7),
            "局长办公会（乙）",
            null,
            null,
            Meeting.PLANNED,
            null,
            "office1");
    long sooner =
        repository.insert(
            MeetingType.DIRECTOR_OFFICE,
            day,
            "局长办公会（甲）",
            null,
            null,
            Meeting.PLANNED,
            null,
            "office1");
    assertThat(register.planned(MeetingType.DIRECTOR_OFFICE, day.minusDays(1)))
        .extracting(MeetingRegister.PlannedMeeting::id)
        .containsExactly(sooner, later);
    assertThat(register.planned(MeetingType.DIRECTOR_OFFICE, day))
        .extracting(MeetingRegister.PlannedMeeting::id)
        .containsExactly(later);
    assertThat(register.counts(day, day.plusDays(7)).of(MeetingType.DIRECTOR_OFFICE)).isZero();
  }
}
