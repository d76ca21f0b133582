package org.rectify.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.rectify.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meeting register over HTTP. Who reads it and who records meetings (the office as meeting
 * secretariat, the rectification office, administrators) is declared in {@code AccessMatrix}.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private final MeetingRegister register;
  private final MeetingRecording recording;

  MeetingController(MeetingRegister register, MeetingRecording recording) {
    this.register = register;
    this.recording = recording;
  }

  @GetMapping
  List<Meeting> list(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    MeetingType meetingType = null;
    if (type != null && !type.isBlank()) {
      meetingType =
          MeetingType.parse(type)
              .orElseThrow(
                  () ->
                      ApiException.badRequest(
                          "查询参数无效", "type：未知会议类型 " + type + "（可选 " + MeetingType.choices() + "）"));
    }
    LocalDate start = date("from", from, EARLIEST);
    return register.list(meetingType, start, until(start, to, LocalDate.of(9999, 12, 31)));
  }

  @GetMapping("/{id}")
  Meeting get(@PathVariable long id) {
    return register.get(id);
  }

  /**
   * Held meetings per type in the period (default: everything up to today), for reports and the
   * notice.
   */
  @GetMapping("/counts")
  MeetingRegister.Counts counts(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate start = date("from", from, EARLIEST);
    return register.counts(start, until(start, to, MeetingRegister.today()));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Meeting record(@RequestBody MeetingRequest request) {
    return recording.record(request);
  }

  /** Moves, renames or re-chairs a planned meeting (409 once held or cancelled). */
  @PutMapping("/{id}")
  Meeting change(@PathVariable long id, @RequestBody MeetingChange request) {
    return recording.change(id, request);
  }

  /**
   * Corrects the record of a held meeting: title, chair, minutes number, attendees (409 unless
   * held).
   */
  @PutMapping("/{id}/record")
  Meeting correct(@PathVariable long id, @RequestBody MeetingCorrection request) {
    return recording.correct(id, request);
  }

  /**
   * Calls off a planned meeting without pre-reviewed topics; the meeting stays in the register as
   * CANCELLED.
   */
  @PostMapping("/{id}/cancel")
  Meeting cancel(
      @PathVariable long id, @RequestBody(required = false) MeetingCancellation request) {
    return recording.cancel(id, request);
  }

  /**
   * Records that a planned meeting without pre-reviewed topics took place (minutes number,
   * attendees, 第一议题 of a 党组会).
   */
  @PostMapping("/{id}/held")
  Meeting hold(@PathVariable long id, @RequestBody(required = false) MeetingHeld request) {
    return recording.hold(id, request);
  }

  private static LocalDate until(LocalDate from, String to, LocalDate otherwise) {
    LocalDate end = date("to", to, otherwise);
    if (end.isBefore(from)) {
      throw ApiException.badRequest("查询参数无效", "to：不能早于 from");
    }
    return end;
  }

  private static LocalDate date(String name, String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("查询参数无效", name + "：日期格式应为 yyyy-MM-dd，收到 " + value);
    }
  }
}
