package org.rectify.bench;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alternative task visibility model, switched on for the rounds of the {@code
 * definition-grants} variant on the same database: no per-task grants (the rows the engine writes
 * for a task's candidate group and assignee are moved to a side table), instead each department
 * group that is a candidate group of open work gets one definition-level grant ({@code READ_TASK},
 * {@code TASK_WORK}) on the process definition key of that work. The Tasklist filter stays what it
 * is (candidate group = the user's groups), so it shows the same tasks; what changes is what the
 * engine lets through when a clerk drops the filter. Reverting moves the task grants back and drops
 * the definition grants.
 */
final class DefinitionGrants {

  private static final String SIDE_TABLE = "bench_moved_task_grants";
  private static final String ID_PREFIX = "bench-definition-grant-";
  private static final int PERMISSIONS =
      ProcessDefinitionPermissions.READ_TASK.getValue()
          | ProcessDefinitionPermissions.TASK_WORK.getValue();
  private static final int TASK = Resources.TASK.resourceType();
  private static final int PROCESS_DEFINITION = Resources.PROCESS_DEFINITION.resourceType();

  private final JdbcClient jdbc;
  private int movedTaskGrants;
  private int definitionGrants;

  DefinitionGrants(JdbcClient jdbc) {
    this.jdbc = jdbc;
    jdbc.sql("create table if not exists " + SIDE_TABLE + " (like act_ru_authorization)").update();
    // a run that died inside this variant's rounds (kept database) left its moved rows behind: put
    // them back before anything is measured
    revert();
  }

  void apply() {
    // every per-task grant (resource TASK with a task id; '*' grants of Cockpit readers stay)
    movedTaskGrants =
        jdbc.sql(
                "insert into "
                    + SIDE_TABLE
                    + " select * from act_ru_authorization where resource_type_ = :task"
                    + " and resource_id_ <> '*'")
            .param("task", TASK)
            .update();
    jdbc.sql(
            "delete from act_ru_authorization where resource_type_ = :task and resource_id_ <> '*'")
        .param("task", TASK)
        .update();
    // one grant per (department group, definition key) of the open work; a group that already
    // holds a grant on that definition keeps it as it is (here only the rectification office:
    // READ + CREATE_INSTANCE on measure-lifecycle; it reads every task through its Cockpit grant)
    definitionGrants =
        jdbc.sql(
                "insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_,"
                    + " resource_type_, resource_id_, perms_)"
                    + " select :prefix || row_number() over (order by w.group_id_, w.key_), 1, 1,"
                    + " w.group_id_, null, :definition, w.key_, :perms from (select distinct"
                    + " l.group_id_, d.key_ from act_ru_identitylink l join act_ru_task t on t.id_ ="
                    + " l.task_id_ join act_re_procdef d on d.id_ = t.proc_def_id_ where l.type_ ="
                    + " 'candidate' and l.group_id_ in (select id from org_department)) w"
                    + " where not exists (select 1 from act_ru_authorization a where a.type_ = 1"
                    + " and a.group_id_ = w.group_id_ and a.resource_type_ = :definition"
                    + " and a.resource_id_ = w.key_)")
            .param("prefix", ID_PREFIX)
            .param("definition", PROCESS_DEFINITION)
            .param("perms", PERMISSIONS)
            .update();
    jdbc.sql("analyze act_ru_authorization").update();
  }

  void revert() {
    jdbc.sql("delete from act_ru_authorization where id_ like :prefix")
        .param("prefix", ID_PREFIX + "%")
        .update();
    int restored =
        jdbc.sql("insert into act_ru_authorization select * from " + SIDE_TABLE).update();
    jdbc.sql("truncate " + SIDE_TABLE).update();
    if (restored > 0) {
      jdbc.sql("analyze act_ru_authorization").update();
    }
  }

  /** Per-task grant rows moved aside in the last {@link #apply()}. */
  int movedTaskGrants() {
    return movedTaskGrants;
  }

  /** Definition-level grant rows written in the last {@link #apply()}. */
  int definitionGrants() {
    return definitionGrants;
  }
}
