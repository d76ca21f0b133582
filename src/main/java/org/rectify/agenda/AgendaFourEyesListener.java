package org.rectify.agenda;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Four eyes (审核、复核): remembers who completed the office review and refuses the same user as
 * re-reviewer, both when the re-review is claimed/assigned and when it is completed. Also records
 * both reviewers in the register.
 */
@Component("agendaFourEyes")
class AgendaFourEyesListener implements TaskListener {

  static final String REFUSAL = "四眼原则：复核人不得与审核人为同一人，请由办公室其他审核人复核";

  private final AgendaTopicRepository topics;

  AgendaFourEyesListener(AgendaTopicRepository topics) {
    this.topics = topics;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    String user = actingUser(task);
    if (AgendaPrereviewProcess.TASK_OFFICE_REVIEW.equals(task.getTaskDefinitionKey())) {
      if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
        task.setVariable(AgendaPrereviewProcess.FIRST_REVIEWER, user);
        topics.update(number, "reviewer", user);
        topics.update(number, "review_checklist", checklistOf(task));
      }
      return;
    }
    String first = (String) task.getVariable(AgendaPrereviewProcess.FIRST_REVIEWER);
    if (user != null && user.equals(first)) {
      throw new FormFieldValidationException(AgendaPrereviewProcess.FIRST_REVIEWER, REFUSAL);
    }
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      task.setVariable("reReviewer", user);
      topics.update(number, "re_reviewer", user);
      topics.update(
          number,
          "re_review_checklist",
          (Boolean.TRUE.equals(task.getVariable("reReviewAgreed")) ? "同意审核结论" : "不同意审核结论")
              + "；"
              + text(task.getVariable("reReviewComment")));
    }
  }

  /** The reviewer's checklist as recorded: every check's result, the outcome and the comment. */
  private static String checklistOf(DelegateTask task) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      text.append('C').append(i).append('=').append(text(task.getVariable("c" + i))).append("；");
    }
    return text.append("结论=")
        .append(text(task.getVariable("reviewOutcome")))
        .append("；意见=")
        .append(text(task.getVariable("reviewComment")))
        .toString();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** The assignee; on completion without a claim, the authenticated user. */
  private static String actingUser(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
