package org.rectify.worklog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The history (办理经过) of the record an open or finished task belongs to, newest first — what
 * Tasklist's tab shows. Who may read it: whoever the engine lets read the task's process instance
 * ({@link Worklog}).
 */
@RestController
class WorklogController {

  private final Worklog worklog;

  WorklogController(Worklog worklog) {
    this.worklog = worklog;
  }

  @GetMapping("/api/tasks/{taskId}/history")
  List<WorklogEntry> history(@PathVariable String taskId) {
    return worklog.ofTask(taskId);
  }
}
