package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo spot checks for the embedded default: two planned, unannounced checks in this fortnight's
 * window (work discipline at the start of work; official vehicles over the weekend), waiting in
 * 纪律作风督导组's Tasklist — and invisible to the departments. Never active in production ({@code
 * rectify.demo.enabled=false}); idempotent.
 */
@Component
@ConditionalOnProperty(
    name = {"rectify.demo.enabled", "rectify.spot-check.demo.enabled"},
    havingValue = "true")
class SpotCheckDemo {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckDemo.class);

  /** Number, type, targets, focus. */
  private static final String[][] CHECKS = {
    {"DC-DEMO-01", "WORK_DISCIPLINE", "执法科、环卫科办公区（上班时段 8:30 前后）", "迟到早退、上班玩手机、上网购物"},
    {"DC-DEMO-02", "VEHICLES", "各科室公务用车停放点（周末）", "公车私用、未按规定地点停放"},
  };

  private final SpotCheckRegister register;
  private final RuntimeService runtimeService;

  SpotCheckDemo(SpotCheckRegister register, RuntimeService runtimeService) {
    this.register = register;
    this.runtimeService = runtimeService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  void load() {
    LocalDate today = SpotCheckVariables.today();
    for (String[] check : CHECKS) {
      if (register.checkExists(check[0])) {
        continue;
      }
      register.createCheck(check[0], "supervisionHead");
      Map<String, Object> variables = SpotCheckStart.processVariables(check[0]);
      variables.put(CHECK_TYPE, check[1]);
      variables.put(PLANNED_FROM, today.toString());
      variables.put(PLANNED_TO, today.plusDays(14).toString());
      variables.put(TARGETS, check[2]);
      variables.put(MEMBERS, "supervision1、supervisionHead");
      variables.put(FOCUS, check[3]);
      runtimeService.startProcessInstanceByKey(SpotCheckProcess.PROCESS_KEY, check[0], variables);
      LOG.info("Demo spot check {} planned", check[0]);
    }
  }
}
