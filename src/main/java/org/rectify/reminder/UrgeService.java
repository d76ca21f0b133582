package org.rectify.reminder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: a leader, the party secretary or rectOffice urges the owners of any open task. At most once
 * per {@code rectify.reminder.urge-interval} per task (an atomic gate row, so two clicks or two
 * nodes cannot both pass); recorded as a task comment (Tasklist history) and in {@code
 * rem_urge_log}; the mail is sent by the small process {@code reminder-urge} so it retries and
 * never gets lost. The urging person needs no permission on the task itself.
 */
@Service
class UrgeService {

  static final String URGE_PROCESS = "reminder-urge";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The result returned to the caller. */
  record Urge(
      String taskId, String taskName, String urgedBy, Date urgedAt, Date nextUrgeAllowedAt) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final OrganizationDirectory organization;
  private final ReminderProperties properties;

  UrgeService(
      JdbcTemplate jdbc,
      IdentityService identityService,
      TaskService taskService,
      RuntimeService runtimeService,
      ProcessEngineConfiguration engineConfiguration,
      OrganizationDirectory organization,
      ReminderProperties properties) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
    this.organization = organization;
    this.properties = properties;
  }

  @Transactional
  Urge urge(String taskId, String note) {
    Authentication user = requireUrger();
    TaskEntity task =
        engineConfiguration
            .getCommandExecutorTxRequired()
            .execute(context -> context.getTaskManager().findTaskById(taskId));
    if (task == null) {
      throw ApiException.notFound("任务不存在或已办结：" + taskId);
    }
    Date now = ClockUtil.getCurrentTime();
    passGate(taskId, user.getUserId(), now);
    String urgerName = organization.displayNameOf(user.getUserId());
    String text =
        "【催办】"
            + urgerName
            + " 于 "
            + TIME.format(now.toInstant().atZone(properties.getZone()))
            + " 催办此任务"
            + (note == null || note.isBlank() ? "" : "：" + note.strip());
    taskService.createComment(taskId, task.getProcessInstanceId(), text);
    jdbc.update(
        "insert into rem_urge_log (task_id, process_instance_id, urged_by, urged_at, message) "
            + "values (?, ?, ?, ?, ?)",
        taskId,
        task.getProcessInstanceId(),
        user.getUserId(),
        new Timestamp(now.getTime()),
        note);
    startUrgeMail(
        taskId,
        businessKeyOf(task),
        user.getUserId(),
        urgerName + (note == null || note.isBlank() ? " 催办此任务" : "：" + note.strip()),
        now);
    return new Urge(
        taskId,
        task.getName(),
        user.getUserId(),
        now,
        Date.from(now.toInstant().plus(properties.getUrgeInterval())));
  }

  /** One recorded urge, newest first in {@link #history}. */
  record UrgeEntry(String urgedBy, String urgedByName, Date urgedAt, String message) {}

  List<UrgeEntry> history(String taskId) {
    requireUrger();
    return jdbc.query(
        "select urged_by, urged_at, message from rem_urge_log where task_id = ? "
            + "order by urged_at desc, id desc",
        (row, i) ->
            new UrgeEntry(
                row.getString("urged_by"),
                organization.displayNameOf(row.getString("urged_by")),
                row.getTimestamp("urged_at"),
                row.getString("message")),
        taskId);
  }

  /**
   * Where the rate limit stands for a task: the interval, the last urge and when the next one is
   * possible ({@code nextUrgeAllowedAt} null: now). Shown next to the 催办 button in Tasklist.
   */
  record UrgeStatus(
      String taskId,
      String intervalText,
      Date lastUrgedAt,
      String lastUrgedBy,
      String lastUrgedByName,
      Date nextUrgeAllowedAt) {}

  UrgeStatus status(String taskId) {
    requireUrger();
    Duration interval = properties.getUrgeInterval();
    List<Map<String, Object>> last =
        jdbc.queryForList(
            "select last_urged_at, last_urged_by from rem_urge_gate where task_id = ?", taskId);
    if (last.isEmpty()) {
      return new UrgeStatus(taskId, humanize(interval), null, null, null, null);
    }
    Date lastAt = new Date(((Timestamp) last.get(0).get("LAST_URGED_AT")).getTime());
    String lastBy = (String) last.get(0).get("LAST_URGED_BY");
    Date next = Date.from(lastAt.toInstant().plus(interval));
    return new UrgeStatus(
        taskId,
        humanize(interval),
        lastAt,
        lastBy,
        organization.displayNameOf(lastBy),
        next.after(ClockUtil.getCurrentTime()) ? next : null);
  }

  private Authentication requireUrger() {
    Authentication user = identityService.getCurrentAuthentication();
    // who may urge is the access matrix's (AccessMatrix.URGERS, enforced before the request gets
    // here)
    if (user == null) {
      throw ApiException.forbidden("未登录");
    }
    return user;
  }

  private void passGate(String taskId, String userId, Date now) {
    Duration interval = properties.getUrgeInterval();
    Timestamp nowTs = new Timestamp(now.getTime());
    Timestamp threshold = new Timestamp(now.getTime() - interval.toMillis());
    int opened =
        jdbc.update(
            "update rem_urge_gate set last_urged_at = ?, last_urged_by = ? "
                + "where task_id = ? and last_urged_at <= ?",
            nowTs,
            userId,
            taskId,
            threshold);
    if (opened == 1) {
      return;
    }
    List<Map<String, Object>> last =
        jdbc.queryForList(
            "select last_urged_at, last_urged_by from rem_urge_gate where task_id = ?", taskId);
    if (last.isEmpty()) {
      try {
        jdbc.update(
            "insert into rem_urge_gate (task_id, last_urged_at, last_urged_by) values (?, ?, ?)",
            taskId,
            nowTs,
            userId);
        return;
      } catch (DuplicateKeyException concurrent) {
        throw tooSoon(now, userId, now, interval);
      }
    }
    Timestamp lastAt = (Timestamp) last.get(0).get("LAST_URGED_AT");
    throw tooSoon(lastAt, (String) last.get(0).get("LAST_URGED_BY"), now, interval);
  }

  private ApiException tooSoon(Date lastAt, String lastBy, Date now, Duration interval) {
    Date next = Date.from(lastAt.toInstant().plus(interval));
    String message =
        "该任务已于 "
            + TIME.format(lastAt.toInstant().atZone(properties.getZone()))
            + " 由 "
            + organization.displayNameOf(lastBy)
            + " 催办，同一任务每 "
            + humanize(interval)
            + "最多催办一次，请于 "
            + TIME.format(next.toInstant().atZone(properties.getZone()))
            + " 之后再催办";
    return new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        message,
        List.of(
            "taskId：距下次可催办还有 " + Math.max(1, (next.getTime() - now.getTime()) / 60000) + " 分钟"));
  }

  /**
   * The urged task's business number (measure code, contract number …), so that Cockpit lists the
   * urge under the number a clerk searches for, not under an engine id; the task id without one.
   */
  private String businessKeyOf(TaskEntity task) {
    String businessKey =
        task.getProcessInstanceId() == null
            ? null
            : engineConfiguration
                .getCommandExecutorTxRequired()
                .execute(
                    context -> {
                      var instance =
                          context
                              .getExecutionManager()
                              .findExecutionById(task.getProcessInstanceId());
                      return instance == null ? null : instance.getBusinessKey();
                    });
    return businessKey == null || businessKey.isBlank() ? task.getId() : businessKey;
  }

  private void startUrgeMail(
      String taskId, String businessKey, String urgedBy, String note, Date now) {
    engineConfiguration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              context.disableAuthorizationCheck();
              try {
                return runtimeService
                    .createProcessInstanceByKey(URGE_PROCESS)
                    .businessKey(businessKey)
                    .setVariable(UrgeMailDelegate.URGED_TASK_ID, taskId)
                    .setVariable(UrgeMailDelegate.URGED_BY, urgedBy)
                    .setVariable(UrgeMailDelegate.URGE_NOTE, note)
                    .setVariable(UrgeMailDelegate.URGED_AT, now)
                    .execute();
              } finally {
                context.enableAuthorizationCheck();
              }
            });
  }

  private static String humanize(Duration interval) {
    if (interval.toMinutes() % 60 != 0) {
      return interval.toMinutes() + " 分钟";
    }
    return interval.toHours() + " 小时";
  }
}
