package org.rectify.agenda;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rectify.meeting.MeetingMoved;
import org.rectify.platform.SystemAct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A planned meeting was moved or renamed by the office: its pre-reviewed topics follow — the topic
 * register's meeting date and, on each topic's running agenda pre-review, the {@code meetingDate} /
 * {@code meetingTitle} that Tasklist shows. Runs in the office's transaction (a failure rolls the
 * move back); the process variables are written as a system act, the office's right to move
 * meetings was checked by the meeting register.
 */
@Component
class AgendaMeetingMovedListener {

  private static final Logger LOG = LoggerFactory.getLogger(AgendaMeetingMovedListener.class);

  private final AgendaTopicRepository topics;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  AgendaMeetingMovedListener(
      AgendaTopicRepository topics,
      RuntimeService runtimeService,
      IdentityService identityService) {
    this.topics = topics;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  void meetingMoved(MeetingMoved moved) {
    SystemAct.run(
        identityService,
        () -> {
          for (String number : moved.topicNumbers()) {
            topics.update(number, "meeting_date", moved.meetingDate());
            for (ProcessInstance instance :
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(AgendaPrereviewProcess.KEY)
                    .processInstanceBusinessKey(number)
                    .active()
                    .list()) {
              runtimeService.setVariables(
                  instance.getId(),
                  Map.of(
                      "meetingDate",
                      moved.meetingDate().toString(),
                      "meetingTitle",
                      moved.title()));
            }
            LOG.info(
                "Agenda topic {} follows meeting {} to {}",
                number,
                moved.meetingId(),
                moved.meetingDate());
          }
        });
  }
}
