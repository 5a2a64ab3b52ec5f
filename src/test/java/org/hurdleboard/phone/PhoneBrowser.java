package org.hurdleboard.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One phone's browser for the tests: Debian's chromium, headless, as a 390x844 phone, driven by
 * Selenium through Debian's chromedriver. Both paths are given, so Selenium Manager never runs and
 * nothing is downloaded; chromium is started with everything that would call Google's hosts off.
 * Only loopback addresses are opened. The workshop's end-to-end test reuses it with the real box.
 */
public final class PhoneBrowser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;

    private PhoneBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or fails with what to install: CI installs chromium, so a missing one is a fault, not a skip. */
    public static PhoneBrowser start() {
        return start(CHROMIUM, CHROMEDRIVER);
    }

    static PhoneBrowser start(Path chromium, Path chromedriver) {
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The phone page's browser tests need Debian's chromium and chromedriver at "
                    + chromium + " and " + chromedriver + ": run `apt-get install -y chromium chromium-driver`"
                    + " (.ci/run installs them).");
        }
        try {
            Path profile = Files.createTempDirectory("hb-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                    "--user-data-dir=" + profile, "--lang=en-GB");
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            return new PhoneBrowser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(URI page) {
        if (!page.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("the browser tests open loopback addresses only: " + page);
        }
        driver.get(page.toString());
    }

    /** Opens the ballot page and waits until its cards (or its closed message) are drawn. */
    public void openBallot(URI ballotLink) {
        open(ballotLink);
        waitUntil(() -> !driver.findElements(By.cssSelector("li.card")).isEmpty() || status().contains("closed")
                || status().contains("cau"));
    }

    public void reload() {
        driver.navigate().refresh();
        waitUntil(() -> !driver.findElements(By.cssSelector("li.card")).isEmpty());
    }

    /** A new phone: the cookies of the last one are gone. */
    public void forget() {
        driver.manage().deleteAllCookies();
    }

    public void plus(int card) {
        tap(card(card).findElement(By.cssSelector("button.plus")));
    }

    public void minus(int card) {
        tap(card(card).findElement(By.cssSelector("button.minus")));
    }

    public void tick(int card) {
        tap(card(card).findElement(By.cssSelector("button.tick")));
    }

    /** As a person does: scroll the button into the middle of the screen (clear of the Send bar), then tap it. */
    public void tap(WebElement button) {
        script("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    public boolean canAdd(int card) {
        return !"true".equals(card(card).findElement(By.cssSelector("button.plus")).getAttribute("aria-disabled"));
    }

    public boolean ticked(int card) {
        return "true".equals(card(card).findElement(By.cssSelector("button.tick")).getAttribute("aria-pressed"));
    }

    public String dotsOn(int card) {
        return card(card).findElement(By.cssSelector(".mine .sr")).getAttribute("textContent");
    }

    public WebElement card(int number) {
        return driver.findElement(By.cssSelector("li.card[data-card='" + number + "']"));
    }

    public void send() {
        driver.findElement(By.id("send")).click();
    }

    /** Presses Send and waits for the page to say what happened. */
    public String sendAndWait(String expected) {
        send();
        waitForStatus(expected);
        return status();
    }

    public WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    /** The path of the page the browser shows now. */
    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    public String dotsLeft() {
        return driver.findElement(By.id("left")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void switchLanguage() {
        driver.findElement(By.id("language")).click();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public void waitForStatus(String expected) {
        waitUntil(() -> status().contains(expected));
    }

    public void waitForText(String expected) {
        waitUntil(() -> text().contains(expected));
    }

    /**
     * Polls until the condition holds. An element found a moment before the page moved on (a room
     * code's answer loads the ballot) is stale: the next poll finds the new one.
     */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The person's text size at {@code percent}% (what a phone's accessibility setting does to rem-sized text). */
    public void textSize(int percent) {
        script("document.documentElement.style.fontSize = arguments[0] + '%';"
                + "window.dispatchEvent(new Event('resize'));", percent);
    }

    /**
     * What is cut or out of reach: a page wider than the screen, a button outside it or smaller
     * than 44x44 px, or a bar fixed on the screen that covers more than a third of it.
     */
    @SuppressWarnings("unchecked")
    public List<String> layoutProblems() {
        return (List<String>) script("var out = [], w = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth > w) { out.push('the page scrolls sideways: '"
                + " + document.documentElement.scrollWidth + ' > ' + w); }"
                + "var b = document.querySelectorAll('button, input');"
                + "for (var i = 0; i < b.length; i++) { var r = b[i].getBoundingClientRect();"
                + "  if (r.left < 0 || r.right > w) { out.push((b[i].id || b[i].className) + ' is outside the screen'); }"
                + "  if (r.width < 44 || r.height < 44) { out.push((b[i].id || b[i].className) + ' is ' + r.width + 'x' + r.height); } }"
                + "var all = document.querySelectorAll('body *');"
                + "for (var j = 0; j < all.length; j++) { if (getComputedStyle(all[j]).position === 'fixed'"
                + "  && all[j].getBoundingClientRect().height > window.innerHeight / 3) {"
                + "  out.push((all[j].id || all[j].className) + ' covers ' + all[j].getBoundingClientRect().height + 'px'); } }"
                + "return out;");
    }

    /** axe-core's WCAG 2.2 A and AA findings on the page as it is now, one line each; empty when clean. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityProblems() {
        script(axe());
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                        + ".then(function (r) { done(r.violations.map(function (v) {"
                        + "  return {id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); }).join(', ')}; })); },"
                        + " function (e) { done([{id: 'axe failed', help: String(e), nodes: ''}]); });");
        return violations.stream().map(v -> v.get("id") + ": " + v.get("help") + " at " + v.get("nodes")).toList();
    }

    /** The screen as the phone shows it, from the top of the page. */
    public void screenshot(Path png) {
        script("window.scrollTo(0, 0);");
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axe() {
        try (InputStream in = PhoneBrowser.class.getResourceAsStream("axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
