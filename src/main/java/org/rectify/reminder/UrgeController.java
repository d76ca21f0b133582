package org.rectify.reminder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tasks/{taskId}/urge} (催办) with an optional {@code {"message": "..."}}: 201 with
 * the urge and the earliest time of the next one; 403 for users outside
 * leaders/partySecretary/rectOffice; 404 for a finished task; 429 with a Chinese explanation inside
 * the interval. {@code GET} lists the task's urges, {@code GET …/status} says when the next is
 * possible.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}/urge")
class UrgeController {

  /** Optional body of an urge. */
  record UrgeRequest(@Size(max = 500, message = "催办意见最多 500 字") String message) {}

  private final UrgeService urges;

  UrgeController(UrgeService urges) {
    this.urges = urges;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UrgeService.Urge urge(
      @PathVariable String taskId, @Valid @RequestBody(required = false) UrgeRequest request) {
    return urges.urge(taskId, request == null ? null : request.message());
  }

  @GetMapping
  List<UrgeService.UrgeEntry> history(@PathVariable String taskId) {
    return urges.history(taskId);
  }

  /** The rate limit for this task: interval, last urge, when the next one is possible. */
  @GetMapping("/status")
  UrgeService.UrgeStatus status(@PathVariable String taskId) {
    return urges.status(taskId);
  }
}
