package org.rectify.agenda;

/** Ids and variable names of {@code processes/agenda-prereview.bpmn}. */
final class AgendaPrereviewProcess {

  static final String KEY = "agenda-prereview";

  static final String TASK_REVISE = "UserTask_Revise";
  static final String TASK_HEAD_APPROVAL = "UserTask_HeadApproval";
  static final String TASK_LEADER_APPROVAL = "UserTask_LeaderApproval";
  static final String TASK_OFFICE_REVIEW = "UserTask_OfficeReview";
  static final String TASK_RE_REVIEW = "UserTask_ReReview";
  static final String TASK_CONFIRM_MEETING = "UserTask_ConfirmMeeting";
  static final String TASK_SCHEDULE = "UserTask_Schedule";
  static final String TASK_DECISION = "UserTask_RecordDecision";

  /**
   * Overdue reminders of the steps with their own working-day deadline (issue 26): each is a
   * non-interrupting timer on the first working day after the task's due date.
   */
  static final String TIMER_HEAD_APPROVAL_OVERDUE = "Timer_HeadApprovalOverdue";

  static final String TIMER_LEADER_APPROVAL_OVERDUE = "Timer_LeaderApprovalOverdue";
  static final String TIMER_CONFIRM_MEETING_OVERDUE = "Timer_ConfirmMeetingOverdue";
  static final String TIMER_SCHEDULE_OVERDUE = "Timer_ScheduleOverdue";
  static final String TIMER_DECISION_OVERDUE = "Timer_RecordDecisionOverdue";
  static final String TIMER_REVISE_OVERDUE = "Timer_ReviseOverdue";

  static final String END_REJECTED = "EndEvent_Rejected";
  static final String END_DECIDED = "EndEvent_Decided";
  static final String END_NOT_APPROVED = "EndEvent_NotApproved";

  static final String TOPIC_NUMBER = "topicNumber";
  static final String TOPIC_TYPE = "topicType";
  static final String AMOUNT = "amount";
  static final String TRIPLE_ONE_MAJOR = "tripleOneMajor";
  static final String REVISION = "revision";
  static final String FIRST_REVIEWER = "firstReviewer";
  static final String AUTO_CHECKLIST = "autoChecklist";
  static final String PROPOSED_MEETING = "proposedMeeting";
  static final String MEETING = "meeting";
  static final String DECISION = "decision";

  /** Id of the meeting in the register the topic is scheduled on ({@code org.rectify.meeting}). */
  static final String MEETING_ID = "meetingId";

  /** Date of the meeting that deferred the topic: it is scheduled again on a later one. */
  static final String DEFERRED_MEETING_DATE = "deferredMeetingDate";

  private AgendaPrereviewProcess() {}
}
