package org.rectify.agenda;

import jakarta.validation.Valid;
import java.util.List;
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

  private final AgendaTopicRegistration registration;
  private final AgendaTopicRepository topics;

  AgendaTopicController(AgendaTopicRegistration registration, AgendaTopicRepository topics) {
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
    return topics.findAll();
  }

  @GetMapping("/{number}")
  AgendaTopic get(@PathVariable String number) {
    return topics.findByNumber(number).orElseThrow(() -> ApiException.notFound("议题不存在：" + number));
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
