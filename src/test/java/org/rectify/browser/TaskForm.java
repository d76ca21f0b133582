package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The task a journey step works on, as a user sees it in Tasklist: found in a filter by its name
 * and business number, its Camunda Form filled by the labels a user reads (never by key or
 * placeholder), completed with 完成. A form that shows 表单错误 or a refusal in English fails the step.
 */
final class TaskForm {

  /** What an untranslated engine or validation message looks like. */
  static final Pattern ENGLISH_REFUSAL =
      Pattern.compile("ENGINE-\\d+|Exception|must not|is required");

  private static final By ERROR_NOTICE = By.cssSelector(".notifications .alert-danger");

  private final BrowserSession browser;
  private final String step;

  TaskForm(BrowserSession browser, String step) {
    this.browser = browser;
    this.step = step;
  }

  /**
   * Opens the filter and the task in its list; the list is refreshed by opening the filter again
   * until the task shows.
   */
  void openFromList(String filter, String taskName, String businessNumber) {
    By task =
        By.xpath(
            "//li[contains(@class,'task')][contains(normalize-space(.),'"
                + businessNumber
                + "')]//h4/a[normalize-space()='"
                + taskName
                + "']");
    boolean opened = false;
    for (int attempt = 0; attempt < 5 && !opened; attempt++) {
      browser.waitForClickable(JourneyTestSupport.filterLink(filter)).click();
      try {
        WebElement found =
            new WebDriverWait(browser.driver(), Duration.ofSeconds(8))
                .ignoring(StaleElementReferenceException.class)
                .until(
                    ignored ->
                        browser.all(task).stream()
                            .filter(WebElement::isDisplayed)
                            .findFirst()
                            .orElse(null));
        centre(found).click();
        opened = true;
      } catch (TimeoutException notYetListed) {
        opened = false;
      } catch (StaleElementReferenceException listRefreshed) {
        // the list was rendered again between finding the task and clicking it: find it again
        opened = false;
      }
    }
    if (!opened) {
      fail("%s: %s of %s not in %s", step, taskName, businessNumber, filter);
    }
  }

  /** The form is shown (or its error is), then checked for errors and English. */
  void awaitRendered() {
    browser.waitUntil(
        () -> {
          assertNoRefusal();
          return browser.all(By.cssSelector(".fjs-form .fjs-form-field")).isEmpty()
              ? null
              : Boolean.TRUE;
        });
    assertNoRefusal();
  }

  /** The department's task is taken by this user (认领), as Tasklist requires before completing. */
  void claim() {
    browser.waitForClickable(By.cssSelector("button.claim")).click();
    browser.waitFor(By.cssSelector("button.unclaim"));
    awaitRendered();
  }

  /** Types into the text field, text area or number field whose label starts with {@code label}. */
  void type(String label, String text) {
    By locator =
        By.xpath(
            BrowserTestSupport.labelled(label)
                + "/following::*[self::input or self::textarea][not(@readonly) and not(@disabled)][1]");
    for (int attempt = 1; ; attempt++) {
      WebElement field = element(locator);
      // what the process already holds (e.g. last report's figures) is selected and typed over
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      field.sendKeys(text);
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
            .ignoring(StaleElementReferenceException.class)
            .until(ignored -> text.equals(field.getDomProperty("value")));
        return;
      } catch (TimeoutException lost) {
        // under load the form re-rendered the field while it was typed into: type it again
        if (attempt == 3) {
          throw lost;
        }
      }
    }
  }

  /**
   * Picks {@code option} in the form-js select that follows the label starting with {@code label}:
   * opened (again, if a click only closed it), the option chosen on mousedown as form-js does.
   */
  void select(String label, String option) {
    By display =
        By.xpath(
            BrowserTestSupport.labelled(label)
                + "/following::div[contains(@class,'fjs-select-display')][1]");
    By item =
        By.xpath(
            "//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(),'"
                + option
                + "')]");
    WebElement found = null;
    for (int attempt = 0; attempt < 4 && found == null; attempt++) {
      element(display).click();
      try {
        found =
            new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                .until(ignored -> browser.all(item).stream().findFirst().orElse(null));
      } catch (TimeoutException closedInstead) {
        found = null;
      }
    }
    if (found == null) {
      fail("%s: no option %s in %s", step, option, label);
    }
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}))", found);
    browser.waitForText(display, option);
  }

  /**
   * Types the date into the date picker whose label starts with {@code label} as a Chinese user
   * writes it (2027-03-07; form-js-zh.js sets that format) and confirms it with Enter.
   */
  void date(String label, LocalDate date) {
    WebElement field =
        element(By.xpath(BrowserTestSupport.labelled(label) + "/following::input[1]"));
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    String typed = date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd"));
    field.sendKeys(typed, Keys.ENTER);
    // read back as typed: the picker took it as year-month-day and shows it that way
    browser.waitUntil(() -> typed.equals(field.getAttribute("value")) ? Boolean.TRUE : null);
    assertThat(field.getAttribute("placeholder")).isEqualTo("年-月-日");
  }

  /** Selects the radio option whose label contains {@code option}, clicking until it holds. */
  void choose(String option) {
    By radio =
        By.xpath("//label[contains(normalize-space(),'" + option + "')]//input[@type='radio']");
    browser.waitUntil(
        () -> {
          WebElement input = element(radio);
          if (!input.isSelected()) {
            input.click();
          }
          return element(radio).isSelected() ? Boolean.TRUE : null;
        });
  }

  /** Ticks the checkbox whose label contains {@code label}. */
  void tick(String label) {
    By box =
        By.xpath(
            "//div[contains(@class,'fjs-form-field-checkbox')][.//label[contains(normalize-space(),'"
                + label
                + "')]]//input[@type='checkbox']");
    browser.waitUntil(
        () -> {
          WebElement input = element(box);
          if (!input.isSelected()) {
            input.click();
          }
          return element(box).isSelected() ? Boolean.TRUE : null;
        });
  }

  /**
   * The display-only field whose label starts with {@code label} shows {@code text} (what the
   * process tells this user, e.g. the reason a draft came back).
   */
  void assertShows(String label, String text) {
    WebElement field =
        element(
            By.xpath(
                BrowserTestSupport.labelled(label)
                    + "/following::*[self::input or self::textarea][1]"));
    try {
      browser.waitUntil(
          () -> {
            String value = field.getDomProperty("value");
            return value != null && value.contains(text) ? Boolean.TRUE : null;
          });
    } catch (TimeoutException notShown) {
      fail("%s: %s shows \"%s\", not %s", step, label, field.getDomProperty("value"), text);
    }
  }

  /**
   * What the (read-only) text field or text area whose label starts with {@code label} shows, once
   * it shows something.
   */
  String shown(String label) {
    WebElement field =
        element(
            By.xpath(
                BrowserTestSupport.labelled(label)
                    + "/following::*[self::input or self::textarea][1]"));
    return browser.waitUntil(
        () -> {
          String value = field.getDomProperty("value");
          return value == null || value.isBlank() ? null : value;
        });
  }

  /**
   * Clicks 完成 as a user does: scrolls the task pane until the button is clear (nothing else at its
   * centre) and has stopped moving (the pane still grows for a moment after the form, e.g. the 催办
   * row of a leader's task; a click aimed at where the button was lands on the form), then clicks
   * it.
   */
  void complete() {
    WebElement button = element(By.xpath("//button[normalize-space()='完成']"));
    org.openqa.selenium.JavascriptExecutor js =
        (org.openqa.selenium.JavascriptExecutor) browser.driver();
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(15))
          .until(
              driver ->
                  Boolean.TRUE.equals(
                      js.executeScript(
                          "const b = arguments[0]; b.scrollIntoView({block: 'center'});"
                              + " const r = b.getBoundingClientRect();"
                              + " const at = Math.round(r.top) + ',' + Math.round(r.left);"
                              + " const still = b.dataset.rectifyAt === at; b.dataset.rectifyAt = at;"
                              + " const hit = document.elementFromPoint(r.left + r.width / 2,"
                              + " r.top + r.height / 2);"
                              + " return still && (hit === b || b.contains(hit));",
                          button)));
      button.click();
    } catch (org.openqa.selenium.TimeoutException | ElementClickInterceptedException covered) {
      // Tasklist's task pane can leave the button's lower half under the footer bar, where a
      // user clicks its visible upper part; WebDriver's click aims at the middle and is
      // intercepted, so the button's own click is dispatched (the form's submit runs as on a click)
      js.executeScript("arguments[0].click();", button);
    }
  }

  /** Fails on 表单错误, an error notice or English engine text anywhere on the page. */
  void assertNoRefusal() {
    String text = browser.waitFor(By.tagName("body")).getText();
    if (text.contains("表单错误")) {
      fail("%s: the form shows 表单错误: %s", step, text);
    }
    if (ENGLISH_REFUSAL.matcher(text).find()) {
      fail("%s: English refusal on the page: %s", step, text);
    }
    for (WebElement notice : browser.all(ERROR_NOTICE)) {
      if (notice.isDisplayed() && !notice.getText().isBlank()) {
        fail("%s: refused: %s", step, notice.getText());
      }
    }
  }

  private WebElement element(By locator) {
    return centre(browser.waitForClickable(locator));
  }

  /** Long forms: brought to the middle of the window before use, as a user scrolls. */
  private WebElement centre(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }
}
