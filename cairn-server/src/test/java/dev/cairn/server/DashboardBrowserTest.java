package dev.cairn.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.store.Dialect;
import dev.cairn.store.TestDatabases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's way through the dashboard in Debian's Chromium (headless, driven by Debian's chromedriver through
 * Selenium): portfolio, a click to the repository, a click to a scan, with the values each page shows. Selenium is
 * pointed at both binaries, so it never looks for or downloads a browser or a driver.
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @TempDir
    Path profile;

    /** Selenium warns through java.util.logging that it has no DevTools binding for this Chromium; the test needs none. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private WebDriver browser;
    private ChromeDriverService driverService;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log")).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--window-size=1280,1000", "--user-data-dir=" + profile.resolve("chromium"));
        browser = new ChromeDriver(driverService, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (driverService != null) {
            driverService.stop();
        }
    }

    @Test
    void portfolioThenRepositoryThenScanShowTheRecordedValues() throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(Dialect.SQLITE))) {
            DashboardPagesTest.record(s);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

            browser.get(s.url("/"));
            assertThat(browser.getTitle()).isEqualTo("cairn: portfolio");
            List<WebElement> rows = browser.findElements(By.cssSelector("#portfolio tbody tr"));
            assertThat(rows).extracting(r -> r.findElement(By.tagName("th")).getText())
                    .containsExactly("billing", DashboardPagesTest.HOSTILE, DashboardPagesTest.SHOP);
            WebElement shop = rows.get(2);
            assertThat(shop.findElement(By.cssSelector("td[data-aspect=technology] .score")).getText()).isEqualTo("67");
            assertThat(shop.findElement(By.cssSelector("td[data-aspect=technology] .delta")).getText()).isEqualTo("+7");
            assertThat(shop.findElement(By.cssSelector("td[data-aspect=process] .score")).getText()).isEqualTo("80");
            assertThat(browser.findElements(By.tagName("img"))).isEmpty();

            shop.findElement(By.linkText(DashboardPagesTest.SHOP)).click();
            wait.until(ExpectedConditions.titleIs("cairn: " + DashboardPagesTest.SHOP));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(DashboardPagesTest.SHOP);
            assertThat(browser.findElements(By.cssSelector("#findings-table tr[data-check]")))
                    .extracting(r -> r.getAttribute("data-check")).containsExactly("K8S-003", "K8S-012");
            assertThat(browser.findElements(By.cssSelector("#scan-table tbody th"))).extracting(WebElement::getText)
                    .containsExactly("scan 2", "scan 1");

            browser.findElement(By.linkText("scan 1")).click();
            wait.until(ExpectedConditions.titleIs("cairn: scan 1 of " + DashboardPagesTest.SHOP));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Scan 1: " + DashboardPagesTest.SHOP);
            assertThat(browser.findElements(By.cssSelector("#aspects-table tbody tr"))).extracting(WebElement::getText)
                    .containsExactly("Process attained 86/100 75%", "Technology in progress 60/100 75%");
            assertThat(browser.findElements(By.cssSelector("#findings-table tr[data-check]")))
                    .extracting(r -> r.getAttribute("data-check")).containsExactly("K8S-003", "DKR-001");
            // the findings filter ran: the policy's hash let the report's script in, and it showed its controls
            WebElement filters = browser.findElement(By.id("finding-filters"));
            assertThat(filters.isDisplayed()).isTrue();
            filters.findElement(By.cssSelector("input[name=severity][value=high]")).click();
            assertThat(browser.findElements(By.cssSelector("#findings-table tr[data-check]")).stream()
                    .filter(WebElement::isDisplayed).map(r -> r.getAttribute("data-check")).toList())
                    .containsExactly("DKR-001");
        }
    }
}
