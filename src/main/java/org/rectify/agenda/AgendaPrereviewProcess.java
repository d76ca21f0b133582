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
