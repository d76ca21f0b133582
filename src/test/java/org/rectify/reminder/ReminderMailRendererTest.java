package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The mail templates render the same with Thymeleaf's evaluation context (shared property
 * accessors, the product) as with a plain one per rendering (Thymeleaf's default outside a web
 * view), and a rendering never sees another thread's mail although the accessors are shared.
 */
class ReminderMailRendererTest {

  private static GenericApplicationContext applicationContext;

  @BeforeAll
  static void applicationContext() {
    applicationContext = new GenericApplicationContext();
    applicationContext.refresh();
  }

  @AfterAll
  static void close() {
    applicationContext.close();
  }

  private static ReminderMailRenderer renderer(boolean cachePropertyAccess) {
    return new ReminderMailRenderer(true, cachePropertyAccess, applicationContext);
  }

  private static ReminderMail mail(String recipient, ReminderType type, String note) {
    return new ReminderMail(
        type,
        "已超期",
        recipient,
        "落实整改措施",
        "1-2-3",
        "清理超标车辆",
        "绿化科",
        "2026年12月1日",
        "红色 超期",
        "RED",
        3,
        "已超期 3 个工作日",
        "http://localhost:8080/camunda/app/tasklist/default/#/?task=t1",
        List.of("绿化科科长", "分管局领导 钱立新"),
        note);
  }

  @Test
  void reminderTemplatesRenderTheSameWithSharedAccessors() {
    ReminderMailRenderer shared = renderer(true);
    ReminderMailRenderer perRendering = renderer(false);
    for (ReminderType type :
        List.of(ReminderType.BEFORE_DUE, ReminderType.OVERDUE, ReminderType.URGE)) {
      ReminderMail mail = mail("王明", type, type == ReminderType.URGE ? "请本周内办结" : "");
      assertThat(shared.text(mail)).isEqualTo(perRendering.text(mail));
      assertThat(shared.html(mail)).isEqualTo(perRendering.html(mail));
    }
    String text = shared.text(mail("王明", ReminderType.URGE, "请本周内办结"));
    assertThat(text)
        .startsWith("王明 同志：")
        .contains(
            "事项：1-2-3 清理超标车辆",
            "责任科室：绿化科",
            "状态：红色 超期（已超期 3 个工作日）",
            "催办意见：请本周内办结",
            "1. 绿化科科长",
            "2. 分管局领导 钱立新");
    assertThat(shared.text(mail("王明", ReminderType.OVERDUE, ""))).doesNotContain("催办意见");
    assertThat(shared.html(mail("王明<b>", ReminderType.OVERDUE, "")))
        .contains("王明&lt;b&gt;")
        .doesNotContain("王明<b>");
  }

  @Test
  void digestTemplatesRenderTheSameWithSharedAccessors() {
    Map<String, Object> model =
        Map.of(
            "name",
            "李华",
            "date",
            "2026-12-01",
            "subject",
            "【每日汇总】",
            "rows",
            List.of(
                Map.of(
                    "task",
                    "落实整改措施",
                    "business",
                    "1-2-3 清理超标车辆",
                    "due",
                    "2026年12月1日",
                    "status",
                    "红色 超期",
                    "colour",
                    "RED",
                    "link",
                    "http://localhost/t1")));
    for (String template : List.of("digest.txt", "digest.html")) {
      String rendered = renderer(true).render(template, model);
      assertThat(rendered)
          .isEqualTo(renderer(false).render(template, model))
          .contains("李华", "1-2-3 清理超标车辆");
    }
  }

  @Test
  void concurrentRenderingsKeepTheirOwnMail() throws Exception {
    ReminderMailRenderer renderer = renderer(true);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String recipient = "收件人" + i;
        results.add(
            threads.submit(
                () -> {
                  String text = renderer.text(mail(recipient, ReminderType.OVERDUE, ""));
                  return text.startsWith(recipient + " 同志：")
                      && text.indexOf("收件人") == text.lastIndexOf("收件人");
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
