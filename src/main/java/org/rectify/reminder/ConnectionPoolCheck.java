package org.rectify.reminder;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the database pool cannot serve the job executor: every reminder job holds
 * two connections at once (its own, and the sent-reminder ledger row's own short transaction), so
 * with fewer than two per job thread plus a few for the web requests the flush of a morning's
 * reminders would queue for connections (30 s time-out, then retries and incidents). Named in the
 * message: both settings and the smallest valid pool.
 */
@Component
class ConnectionPoolCheck implements InitializingBean {

  /** Connections left to Tasklist, Cockpit and the API while every job thread holds two. */
  static final int WEB_SHARE = 4;

  private final DataSource dataSource;
  private final CamundaBpmProperties camunda;

  ConnectionPoolCheck(DataSource dataSource, CamundaBpmProperties camunda) {
    this.dataSource = dataSource;
    this.camunda = camunda;
  }

  @Override
  public void afterPropertiesSet() {
    if (camunda.getJobExecution().isEnabled() && dataSource instanceof HikariDataSource hikari) {
      check(hikari.getMaximumPoolSize(), camunda.getJobExecution().getMaxPoolSize());
    }
  }

  static void check(int poolSize, int jobThreads) {
    int needed = 2 * jobThreads + WEB_SHARE;
    if (poolSize < needed) {
      throw new IllegalStateException(
          "数据库连接池过小：spring.datasource.hikari.maximum-pool-size（RECTIFY_DB_POOL_SIZE）= "
              + poolSize
              + "，而作业执行器有 "
              + jobThreads
              + " 个线程（camunda.bpm.job-execution.max-pool-size），每个提醒作业同时占用"
              + " 2 个连接，另需留给网页请求 "
              + WEB_SHARE
              + " 个：请至少设为 "
              + needed
              + "，或减少作业线程");
    }
  }
}
