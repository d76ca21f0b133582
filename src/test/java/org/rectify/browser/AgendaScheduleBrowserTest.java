package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.rectify.HttpTestClient;
import org.rectify.agenda.AgendaTopicDriver;
import org.rectify.meeting.MeetingRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 安排上会 in Tasklist as the office uses it: the form shows the topic's decision deadline and marks
 * the planned meeting after it; choosing that meeting is refused in Chinese and the task stays;
 * ticking 确认晚于决策期限上会 puts the topic on it. (Whether the "no meeting early enough" alert shows
 * depends on the other planned meetings of the shared test database; its rule is tested in
 * AgendaPrereviewProcessTest.)
 */
class AgendaScheduleBrowserTest extends BrowserTestSupport {

  @Autowired private ProcessEngine engine;
  @LocalServerPort private int port;

  @Test
  @Order(1)
  void theOfficeSeesTheDeadlineAndTakesALateMeetingOnlyKnowingly() throws Exception {
    HttpTestClient http = new HttpTestClient(port);
    LocalDate deadline = MeetingRegister.today().plusDays(30);
    LocalDate late = MeetingRegister.today().plusDays(45);
    HttpResponse<String> meeting =
        http.post(
            "/api/meetings",
            """
        {"meetingType": "BUREAU_AFFAIRS", "meetingDate": "%s", "title": "局务会（浏览器测试）",
         "chair": "partySecretary1", "status": "PLANNED"}"""
                .formatted(late),
            "office1",
            "demo");
    assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
    AgendaTopicDriver topics = new AgendaTopicDriver(engine, http);
    ProcessInstance pi = topics.readyForScheduling(false, deadline);
    Task schedule = topics.openTask(pi);
    engine.getTaskService().claim(schedule.getId(), "office1");

    browser.open(TASKLIST + "#/?task=" + schedule.getId());
    browser.logIn("office1", "demo");
    browser.waitForText(By.cssSelector(".fjs-form"), "决策期限：" + deadline + "（申请的办理时限）");
    choose("会议", late + " 局务会（浏览器测试）");
    browser.waitForText(By.cssSelector(".fjs-form"), "（晚于决策期限 " + deadline + "）");
    browser.screenshot("22-agenda-schedule-deadline");
    complete();
    browser.waitForText(By.tagName("body"), "晚于本议题的决策期限 " + deadline);
    assertThat(engine.getTaskService().createTaskQuery().taskId(schedule.getId()).count())
        .isEqualTo(1);

    // Tasklist's red notification covers the lower form: tick the box as a click on its label would
    WebElement acknowledge = centred(By.xpath(labelled("确认晚于决策期限上会")));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", acknowledge);
    complete();
    browser.waitUntil(
        () ->
            engine.getTaskService().createTaskQuery().taskId(schedule.getId()).count() == 0
                ? Boolean.TRUE
                : null);
    assertThat(topics.openTask(pi).getTaskDefinitionKey()).isEqualTo("UserTask_RecordDecision");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "meetingDate"))
        .isEqualTo(late.toString());
  }

  private void complete() {
    WebElement button = centred(By.xpath("//button[normalize-space()='完成']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", button);
  }

  private WebElement centred(By locator) {
    WebElement element = browser.waitForClickable(locator);
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return browser.waitForClickable(locator);
  }
}
