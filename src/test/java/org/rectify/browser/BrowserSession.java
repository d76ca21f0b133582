package org.rectify.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no Selenium Manager download), set up
 * like a Chinese office PC: browser language zh-CN, time zone Asia/Shanghai. Saves screenshots
 * under {@code target/screenshots/}. Without Chromium the browser tests fail with an instruction
 * instead of being skipped: CI installs it.
 */
final class BrowserSession implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);

  /**
   * Generous: waits end as soon as the page is ready, and a loaded CI machine needs long for the
   * first load.
   */
  private static final Duration TIMEOUT = Duration.ofSeconds(45);

  private final ChromeDriverService service;
  private final WebDriver driver;
  private final Path profile;
  private final String baseUrl;

  private BrowserSession(
      ChromeDriverService service, WebDriver driver, Path profile, String baseUrl) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
  }

  static BrowserSession start(String baseUrl) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "Browser tests need Debian's Chromium and chromedriver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "). Install them with .ci/install-browser (apt-get install -y chromium chromium-driver fonts-noto-cjk).");
    }
    Path profile = Files.createTempDirectory("rectify-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--lang=zh-CN",
        "--window-size=1440,960");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of("TZ", "Asia/Shanghai", "LANGUAGE", "zh_CN", "LANG", "zh_CN.UTF-8"))
            .build();
    return new BrowserSession(service, new ChromeDriver(service, options), profile, baseUrl);
  }

  WebDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, TIMEOUT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void waitForText(By locator, String text) {
    new WebDriverWait(driver, TIMEOUT)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  WebElement waitForClickable(By locator) {
    return new WebDriverWait(driver, TIMEOUT)
        .until(ExpectedConditions.elementToBeClickable(locator));
  }

  /**
   * Waits until the supplier returns something (e.g. the engine has recorded what the browser did).
   */
  <T> T waitUntil(Supplier<T> condition) {
    return new WebDriverWait(driver, TIMEOUT).until(ignored -> condition.get());
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  /**
   * Logs in on the login page of the app that is open (Tasklist, Cockpit, Admin share the same
   * form).
   */
  void logIn(String user, String password) {
    WebElement form = waitFor(By.cssSelector("form[name=signinForm]"));
    WebElement name = form.findElement(By.cssSelector("input[type=text]"));
    WebElement secret = form.findElement(By.cssSelector("input[type=password]"));
    // the page's autofocus can pull the caret back to the user name while the password is typed
    // (seen under load: "office1demo" as user name): type again until both fields hold their value
    for (int attempt = 0; attempt < 3; attempt++) {
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      if (user.equals(name.getAttribute("value"))
          && password.equals(secret.getAttribute("value"))) {
        break;
      }
    }
    form.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(driver, TIMEOUT)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("form[name=signinForm]")));
  }

  /** Starts over without a session: cookies of the current site deleted, then an empty page. */
  void reset() {
    if (driver.getCurrentUrl().startsWith(baseUrl)) {
      driver.manage().deleteAllCookies();
    }
    driver.get("about:blank");
  }

  /** Moves the mouse to the element, so no tooltip hides part of the next screenshot. */
  void hover(By locator) {
    new Actions(driver).moveToElement(waitFor(locator)).perform();
  }

  void screenshot(String name) {
    screenshot(SCREENSHOTS.resolve(name + ".png"));
  }

  /** Saves the page as {@code target} (its folder created on demand). */
  void screenshot(Path target) {
    try {
      Files.createDirectories(target.getParent());
      File file = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.warn("Screenshot {} not saved: {}", target, e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.debug("Chromium profile {} not removed: {}", directory, e.getMessage());
    }
  }
}
