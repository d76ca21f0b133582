package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.rectify.agenda.AmountText;

/**
 * Imports every form of {@code forms/} with the form-js that Tasklist 7.24 itself runs — the
 * webapp's own bundle ({@code webjars/camunda/lib/deps.js}), the module Tasklist's form directive
 * takes its {@code Form} from, and the same {@code importSchema} call — in headless Chromium. An
 * import error (Tasklist shows 表单错误 and keeps 完成 disabled, as with two components sharing the id
 * {@code Text_1}) or a warning fails the build, naming the form.
 *
 * <p>No application start is needed: the webjar's files come from the test class path and are
 * served on a loopback port of this test's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class TasklistFormImportTest {

  private static final String WEBJAR = "META-INF/resources/webjars/camunda/";
  private static final Path FORMS = Path.of("forms");

  /** Where Tasklist's form directive takes the form-js {@code Form} from: {@code n(57661).Form}. */
  private static final Pattern FORM_MODULE =
      Pattern.compile("=[A-Za-z_$][\\w$]*\\((\\d+)\\)\\.Form[,;)]");

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="zh-CN"><head><meta charset="utf-8"><title>form-js import check</title></head>
      <body><div id="forms"></div>
      <script src="lib/runtime.js"></script>
      <script src="lib/deps.js"></script>
      <script>
        self.webpackChunkcamunda_bpm_webapp.push([[990001], {}, function (require) {
          window.rectifyRequire = require;
        }]);
      </script>
      <script src="rectify/form-js-zh.js"></script>
      </body></html>
      """;

  /** Imports each schema as Tasklist does; reports the error and warnings per form. */
  private static final String IMPORT_ALL =
      """
      const [moduleId, schemas, done] = arguments;
      const Form = window.rectifyRequire(Number(moduleId)).Form;
      (async () => {
        const results = {};
        for (const [name, text] of Object.entries(schemas)) {
          const container = document.createElement('div');
          document.getElementById('forms').appendChild(container);
          const form = new Form({ container });
          try {
            const imported = await form.importSchema(JSON.parse(text), {});
            results[name] = { error: null, warnings: (imported.warnings || []).map(String) };
          } catch (e) {
            results[name] = { error: String((e && e.message) || e),
                              warnings: ((e && e.warnings) || []).map(String) };
          }
          form.destroy();
        }
        return results;
      })().then(done, e => done({ '(page)': { error: String(e), warnings: [] } }));
      """;

  private HttpServer server;
  private BrowserSession browser;

  @BeforeAll
  void serveWebjarAndStartBrowser() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/check.html",
        exchange -> send(exchange, PAGE.getBytes(StandardCharsets.UTF_8), "text/html"));
    server.createContext(
        "/rectify/",
        exchange ->
            send(
                exchange,
                classpath(WEBJAR + "app" + exchange.getRequestURI().getPath()),
                "application/javascript"));
    server.createContext(
        "/lib/",
        exchange ->
            send(
                exchange,
                classpath(WEBJAR + exchange.getRequestURI().getPath().substring(1)),
                "application/javascript"));
    server.start();
    browser = BrowserSession.start("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void everyFormImportsWithoutErrorOrWarningInTasklistsOwnFormJs() throws IOException {
    Map<String, String> schemas = forms();
    assertThat(schemas).as("forms/ holds the product's Camunda Forms").hasSizeGreaterThan(40);

    Map<String, Map<String, Object>> results = importWithTasklistsFormJs(schemas);

    assertThat(results).as("every form was imported").containsOnlyKeys(schemas.keySet());
    Map<String, Object> problems = new LinkedHashMap<>();
    results.forEach(
        (form, result) -> {
          if (result.get("error") != null || !((List<?>) result.get("warnings")).isEmpty()) {
            problems.put(form, result);
          }
        });
    assertThat(problems).as("forms that Tasklist cannot open (表单错误) or warns about").isEmpty();
  }

  /** Shows that the check sees what Tasklist shows: a repeated component id is an import error. */
  @Test
  void aRepeatedComponentIdIsReportedAsTasklistReportsIt() {
    String broken =
        """
        {"id": "broken", "type": "default", "schemaVersion": 16, "components": [
          {"type": "text", "text": "一", "id": "Text_1"},
          {"type": "text", "text": "二", "id": "Text_1"}]}
        """;
    Map<String, Map<String, Object>> results =
        importWithTasklistsFormJs(Map.of("broken.form", broken));

    assertThat(results.get("broken.form").get("error"))
        .isEqualTo("form field with id <Text_1> already exists");
  }

  /**
   * The widgets as a clerk sees them in Tasklist, with Rectify's {@code form-js-zh.js} loaded as
   * Tasklist loads it: a select reads 请选择, the date picker names months and weekdays in Chinese and
   * starts its weeks on Monday, shows and reads dates as 2026-06-15, an amount in a heading has
   * thousands separators.
   */
  @Test
  void widgetsReadChineseWithTasklistsLocalizationScript() throws IOException {
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    render(Files.readString(FORMS.resolve("agenda-start.form")), Map.of());

    assertThat(
            page.executeScript("return document.querySelector('.fjs-select-display').textContent"))
        .isEqualTo("请选择");
    assertThat((String) page.executeScript("return document.body.innerText"))
        .doesNotContain("Select");

    @SuppressWarnings("unchecked")
    Map<String, Object> picker =
        (Map<String, Object>)
            page.executeScript(
                """
                const input = [...document.querySelectorAll('.fjs-form input')]
                    .find(i => i._flatpickr);
                const picker = input._flatpickr;
                picker.open();
                picker.jumpToDate(new Date(2026, 5, 15));   // June 2026: the 1st is a Monday
                const calendar = picker.calendarContainer;
                const firstDay = calendar.querySelector('.flatpickr-day');
                const weekdays = [...calendar.querySelectorAll('.flatpickr-weekday')]
                    .map(w => w.textContent.trim());
                const month = calendar.querySelector('.flatpickr-monthDropdown-months')
                    .selectedOptions[0].textContent;
                picker.setDate(new Date(2026, 5, 15), true);   // picked
                const shown = input.value;
                picker.setDate('2027-03-07', true);            // typed as a Chinese user types it
                const read = picker.selectedDates[0];
                return {
                  shown,
                  typed: [read.getFullYear(), read.getMonth() + 1, read.getDate()].join('-'),
                  placeholder: input.getAttribute('placeholder'),
                  weekdays,
                  month,
                  firstDay: firstDay.textContent,
                  firstDayOutsideMonth: firstDay.classList.contains('prevMonthDay')
                };
                """);
    assertThat(picker.get("weekdays")).isEqualTo(List.of("周一", "周二", "周三", "周四", "周五", "周六", "周日"));
    assertThat(picker.get("month")).isEqualTo("六月");
    assertThat(picker.get("placeholder")).isEqualTo("年-月-日");
    assertThat(picker.get("shown"))
        .as("a picked date reads year-month-day")
        .isEqualTo("2026-06-15");
    assertThat(picker.get("typed")).as("a typed date is read year-month-day").isEqualTo("2027-3-7");
    assertThat(picker.get("firstDay")).isEqualTo("1");
    assertThat(picker.get("firstDayOutsideMonth")).isEqualTo(false);

    render(
        Files.readString(FORMS.resolve("agenda-decision.form")),
        Map.of("businessNumber", "YT-2026-0001", AmountText.VARIABLE, AmountText.of(45000.0)));
    assertThat((String) page.executeScript("return document.querySelector('.fjs-form').innerText"))
        .contains("金额：45,000 元（4.5 万元）")
        .doesNotContain("45000");
  }

  /** Renders one form in a fresh page as Tasklist does, with the given variables. */
  private void render(String schema, Map<String, Object> variables) {
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    browser.open("/check.html");
    browser.waitUntil(
        () -> page.executeScript("return typeof window.rectifyRequire === 'function'"));
    page.executeAsyncScript(
        """
        const [moduleId, schema, data, done] = arguments;
        const Form = window.rectifyRequire(Number(moduleId)).Form;
        const container = document.getElementById('forms');
        new Form({ container }).importSchema(JSON.parse(schema), data)
            .then(() => setTimeout(() => done(true), 200), e => done(String(e)));
        """,
        formModuleOfTasklist(),
        schema,
        variables);
  }

  /** Form name → {@code {error, warnings}} as Tasklist's form-js reports the import. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> importWithTasklistsFormJs(Map<String, String> schemas) {
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    browser.open("/check.html");
    browser.waitUntil(
        () -> page.executeScript("return typeof window.rectifyRequire === 'function'"));
    return (Map<String, Map<String, Object>>)
        page.executeAsyncScript(IMPORT_ALL, formModuleOfTasklist(), schemas);
  }

  private static Map<String, String> forms() throws IOException {
    Map<String, String> schemas = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        schemas.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return schemas;
  }

  private static String formModuleOfTasklist() {
    String bootstrap =
        new String(
            classpath(WEBJAR + "app/tasklist/camunda-tasklist-bootstrap.js"),
            StandardCharsets.UTF_8);
    Matcher matcher = FORM_MODULE.matcher(bootstrap);
    assertThat(matcher.find()).as("Tasklist's bootstrap takes Form from a module").isTrue();
    String id = matcher.group(1);
    assertThat(matcher.find()).as("exactly one Form module in Tasklist").isFalse();
    return id;
  }

  private static byte[] classpath(String resource) {
    try (InputStream in =
        TasklistFormImportTest.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  private static void send(HttpExchange exchange, byte[] body, String contentType)
      throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", contentType + ";charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
