package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Tasklist's navbar at the screen width offices use (1440 px): for the roles with the most entries
 * (整改办 and 系统管理员: 办公室工作 and 合同与会议 beside Camunda's own), every entry is on the one header line and
 * inside the window — none wraps under the header or off the screen.
 */
class NavbarLayoutBrowserTest extends BrowserTestSupport {

  @Test
  void everyNavbarEntryFitsOnOneLineFor整改办() {
    assertNavbarFits("rectOffice1");
  }

  @Test
  void everyNavbarEntryFitsOnOneLineForTheAdministrator() {
    assertNavbarFits("admin");
  }

  @SuppressWarnings("unchecked")
  private void assertNavbarFits(String user) {
    browser.open(TASKLIST);
    browser.logIn(user, user.equals("admin") ? "admin" : "demo");
    browser.waitFor(By.cssSelector(".rectify-office-button[data-loaded]"));
    browser.waitFor(By.cssSelector(".rectify-contracts-menu .rectify-office-button"));
    List<Map<String, Object>> entries =
        (List<Map<String, Object>>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const header = document.querySelector('[cam-widget-header] .navbar')"
                        + " || document.querySelector('[cam-widget-header]');"
                        + "const box = header.getBoundingClientRect();"
                        + "return [...header.querySelectorAll('a, button')]"
                        + ".filter(e => e.offsetParent !== null && e.innerText.trim())"
                        + ".map(e => { const r = e.getBoundingClientRect();"
                        + " return {text: e.innerText.trim(), top: r.top, bottom: r.bottom,"
                        + " right: r.right, headerBottom: box.bottom, width: window.innerWidth}; });");
    browser.screenshot("navbar-" + user);
    assertThat(entries).extracting(e -> e.get("text")).contains("发起流程");
    assertThat(entries)
        .extracting(e -> (String) e.get("text"))
        .anyMatch(text -> text.startsWith("办公室工作"))
        .anyMatch(text -> text.startsWith("合同与会议"));
    for (Map<String, Object> entry : entries) {
      assertThat(number(entry, "bottom"))
          .as("%s: %s lies inside the header line", user, entry)
          .isLessThanOrEqualTo(number(entry, "headerBottom") + 1);
      assertThat(number(entry, "right"))
          .as("%s: %s lies inside the window", user, entry)
          .isLessThanOrEqualTo(number(entry, "width"));
    }
  }

  private static double number(Map<String, Object> entry, String key) {
    return ((Number) entry.get(key)).doubleValue();
  }
}
