package org.rectify.agenda;

import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Predicate;
import org.rectify.organization.AccessMatrix;
import org.rectify.organization.RecordAccess;
import org.rectify.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The topic register over HTTP: {@code POST/GET /api/agenda-topics}, {@code GET
 * /api/agenda-topics/{number}}.
 */
@RestController
@RequestMapping("/api/agenda-topics")
class AgendaTopicController {

  static final String REFUSAL = "没有权限查看该议题：仅承办科室、办公室、局领导和党组可以查看";

  private final AgendaTopicRegistration registration;
  private final AgendaTopicRepository topics;
  private final RecordAccess records;

  AgendaTopicController(
      AgendaTopicRegistration registration, AgendaTopicRepository topics, RecordAccess records) {
    this.records = records;
    this.registration = registration;
    this.topics = topics;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AgendaTopic submit(@Valid @RequestBody AgendaTopicRequest request) {
    return registration.register(request);
  }

  @GetMapping
  List<AgendaTopic> list() {
    Predicate<String> readable = records.departments(AccessMatrix.AGENDA_READERS);
    return topics.findAll().stream().filter(t -> readable.test(t.department())).toList();
  }

  @GetMapping("/{number}")
  AgendaTopic get(@PathVariable String number) {
    AgendaTopic topic =
        topics.findByNumber(number).orElseThrow(() -> ApiException.notFound("议题不存在：" + number));
    records.require(AccessMatrix.AGENDA_READERS, topic.department(), REFUSAL);
    return topic;
  }

  /** Corrects the quotes of a topic returned for revision (科室修改议题材料). */
  @PutMapping("/{number}/quotes")
  List<AgendaTopicRequest.Quote> replaceQuotes(
      @PathVariable String number, @RequestBody List<AgendaTopicRequest.@Valid Quote> quotes) {
    return registration.replaceQuotes(number, quotes);
  }

  @GetMapping("/{number}/quotes")
  List<AgendaTopicRequest.Quote> quotes(@PathVariable String number) {
    get(number);
    return topics.quotesOf(number);
  }
}
