package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/spot-checks}: supervision (or a leader) starts a covert check; the list is as
 * confidential as the plans ({@link SpotCheckReaders}: supervision, the Party secretary, the leader
 * in charge of supervision, and each other leader only the checks whose findings concern his
 * departments); the statistics are counts without names, for every logged-in user.
 */
@RestController
@RequestMapping("/api/spot-checks")
class SpotCheckController {

  /** A new check; number optional (generated as DC&lt;year&gt;-NNN). */
  record NewCheck(
      String number,
      String checkType,
      String plannedFrom,
      String plannedTo,
      String targets,
      String members,
      String focus) {}

  /** The started check. */
  record StartedCheck(String number, String processInstanceId) {}

  private final SpotCheckRegister register;
  private final SpotCheckQueries queries;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final SpotCheckRecord record;
  private final SpotCheckReaders readers;

  SpotCheckController(
      SpotCheckRegister register,
      SpotCheckQueries queries,
      RuntimeService runtimeService,
      CurrentUser currentUser,
      SpotCheckRecord record,
      SpotCheckReaders readers) {
    this.register = register;
    this.queries = queries;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.record = record;
    this.readers = readers;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  StartedCheck start(@RequestBody NewCheck check) {
    List<String> problems = new ArrayList<>();
    String number =
        check.number() == null || check.number().isBlank() ? null : check.number().trim();
    if (number != null && !number.matches("[A-Za-z0-9\\-]{1,40}")) {
      problems.add("number：只能包含字母、数字和连字符，最长 40 位");
    } else if (number != null && register.checkExists(number)) {
      problems.add("number：暗访编号“" + number + "”已存在");
    }
    if (!"WORK_DISCIPLINE".equals(check.checkType()) && !"VEHICLES".equals(check.checkType())) {
      problems.add("checkType：必须为 WORK_DISCIPLINE（工作纪律）或 VEHICLES（公务用车）");
    }
    LocalDate from = date(check.plannedFrom(), "plannedFrom", problems);
    LocalDate to = date(check.plannedTo(), "plannedTo", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add("plannedTo：计划结束日期不能早于开始日期");
    } else if (to != null && to.isBefore(SpotCheckVariables.today())) {
      problems.add("plannedTo：计划结束日期不能早于今天");
    }
    if (check.targets() == null || check.targets().isBlank() || check.targets().length() > 1000) {
      problems.add("targets：必填，最长 1000 字");
    }
    if (check.members() != null && check.members().length() > 500) {
      problems.add("members：最长 500 字");
    }
    if (check.focus() != null && check.focus().length() > 1000) {
      problems.add("focus：最长 1000 字");
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("暗访计划不完整或有误", problems.toArray(String[]::new));
    }
    String checkNumber =
        number != null ? number : register.nextCheckNumber(SpotCheckVariables.today().getYear());
    register.createCheck(checkNumber, currentUser.id());
    Map<String, Object> variables = SpotCheckStart.processVariables(checkNumber);
    variables.put(CHECK_TYPE, check.checkType());
    variables.put(PLANNED_FROM, from.toString());
    variables.put(PLANNED_TO, to.toString());
    variables.put(TARGETS, check.targets().trim());
    variables.put(MEMBERS, check.members());
    variables.put(FOCUS, check.focus());
    String instanceId =
        runtimeService
            .startProcessInstanceByKey(SpotCheckProcess.PROCESS_KEY, checkNumber, variables)
            .getId();
    return new StartedCheck(checkNumber, instanceId);
  }

  @GetMapping
  List<SpotCheckQueries.CheckSummary> list() {
    Predicate<String> readable = readers.listFilter("暗访检查");
    return queries.checks().stream().filter(c -> readable.test(c.number())).toList();
  }

  /**
   * One check's record, running or finished, as far as it concerns the reader (403 for anyone
   * else).
   */
  @GetMapping("/{number}")
  SpotCheckRecord.View record(@PathVariable String number) {
    return record.read(number);
  }

  @GetMapping("/statistics")
  SpotCheckQueries.Statistics statistics(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    List<String> problems = new ArrayList<>();
    LocalDate start = date(from, "from", problems);
    LocalDate end = date(to, "to", problems);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("to：结束日期不能早于开始日期");
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("统计期间有误", problems.toArray(String[]::new));
    }
    return queries.statistics(start, end);
  }

  private static LocalDate date(String value, String field, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(field + "：必填，格式 yyyy-MM-dd");
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(field + "：日期格式应为 yyyy-MM-dd");
      return null;
    }
  }
}
