package org.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end in Debian's headless Chromium: the dashboard shows the fixture events on the timeline,
 * the map and the meeting calendar; clicking an event opens its page with the evidence highlighted. Screenshots
 * go to {@code target/} as test artifacts. Without /usr/bin/chromium and /usr/bin/chromedriver the test is
 * skipped, except under {@code CI=true}, where it fails.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TACITUS_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("TACITUS_CHROMEDRIVER",
            "/usr/bin/chromedriver"));

    @TempDir
    static Path dir;
    static RunningServer s;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "no headless Chromium: install Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " — required under CI=true");
            }
            Assumptions.abort(why);
        }
        s = new RunningServer(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1500", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (s != null) {
            s.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void dashboardShowsTimelineMapAndCalendarAndAnEventShowsItsEvidence() throws Exception {
        browser.get("http://127.0.0.1:" + s.server.port() + "/");
        try {
            waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("the dashboard did not load: status '" + browser.findElement(By.id("status")).getText()
                    + "', console:\n" + consoleLog(java.util.logging.Level.ALL));
        }
        assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"),
                browser.findElement(By.id("status")).getText());

        // Timeline: one item per dated event.
        List<WebElement> items = waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#timeline .vis-item.vis-box"), 3));
        String timeline = items.stream().map(WebElement::getText).collect(Collectors.joining(" | "));
        assertTrue(timeline.contains("CONSULT: United States – Russia"), timeline);

        // Map: the world's shapes from world-atlas, and one marker per place (Geneva, Istanbul).
        waiting().until(d -> d.findElements(By.cssSelector("#map path.leaflet-interactive.event-marker")).size() == 2);
        waiting().until(d -> d.findElements(By.cssSelector("#map path:not(.event-marker)")).size() > 100);

        // Calendar: the month of the latest meeting (the grain deal), then back to January 2022's talks.
        waiting().until(ExpectedConditions.textToBe(By.id("cal-title"), "July 2022"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("cal-grid"), "data-month", "2022-07"));
        assertEquals("AGREE: Ukraine – Turkey",
                browser.findElement(By.cssSelector("#cal-grid td[data-day='2022-07-22'] .cal-entry")).getText());
        for (int i = 0; i < 6; i++) {
            browser.findElement(By.id("cal-prev")).click();
        }
        assertEquals("January 2022", browser.findElement(By.id("cal-title")).getText());
        waiting().until(ExpectedConditions.attributeToBe(By.id("cal-grid"), "data-month", "2022-01"));
        WebElement talks = browser.findElement(By.cssSelector("#cal-grid td[data-day='2022-01-10'] .cal-entry"));
        assertEquals("CONSULT: United States – Russia", talks.getText());
        screenshot("tacitus-ui-dashboard.png");

        // The event page: the sentence with trigger, sides, date and place marked; the article's quote.
        talks.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event .sentence mark")));
        assertEquals("hold security talks", mark("trigger"));
        assertEquals("US", mark("source"));
        assertEquals("Russian officials", mark("target"));
        assertEquals("Jan. 10", mark("date"));
        assertEquals("Geneva", mark("place"));
        assertTrue(browser.findElement(By.cssSelector("#event .sentence")).getText()
                .startsWith("US and Russian officials will hold security talks in Geneva on Jan. 10"));
        String quote = browser.findElement(By.cssSelector("#event .quote")).getText();
        assertTrue(quote.contains("We will not back down") && quote.contains("Sergei Lavrov"), quote);
        screenshot("tacitus-ui-event.png");

        // Back, then the search box.
        browser.findElement(By.cssSelector("a.back")).click();
        WebElement q = browser.findElement(By.cssSelector("#search input[name=q]"));
        q.sendKeys("grain");
        browser.findElement(By.cssSelector("#search button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li.hit")).isEmpty());

        // A filter narrows every view.
        browser.findElement(By.cssSelector("#filters input[name=country]")).sendKeys("TUR");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline .vis-item.vis-box"), 1));
        waiting().until(d -> d.findElements(By.cssSelector("#map path.event-marker")).size() == 1);
        assertEquals(1, browser.findElements(By.cssSelector("#events tbody tr")).size());

        String severe = consoleLog(java.util.logging.Level.SEVERE);
        assertTrue(severe.isEmpty(), "console errors:\n" + severe);
    }

    private static String consoleLog(java.util.logging.Level atLeast) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= atLeast.intValue())
                .map(Object::toString).collect(Collectors.joining("\n"));
    }

    private String mark(String kind) {
        return browser.findElement(By.cssSelector("#event .sentence mark.hl-" + kind)).getText();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of(System.getProperty("tacitus.artifacts", "target"));
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
