package org.catalogchat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.catalogchat.core.TestEngines;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Question;
import org.catalogchat.answer.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven through
 * Selenium. Skips only where no browser is installed. Screenshots land in {@code target/screenshots/}; with
 * {@code -Ddocs.write=true} the desktop ones are also copied to {@code docs/} for the README (a plain test run
 * never rewrites tracked files).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MEDTRINITY_URL = "https://www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08";
    private static final String MMEARTH_URL = "https://www.selectdataset.com/dataset/e92969bbb9e8b862bc25850053ab56f6";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private ChromeDriver driver;
    private Path profile;
    private Path catalogDir;
    private Javalin seeds;
    private Javalin evil;
    private Javalin scripted;
    private final CountDownLatch[] gates = {new CountDownLatch(1), new CountDownLatch(1)};
    /** "stoppable" questions wait here after their first blocks; the latch below counts the work being ended. */
    private final CountDownLatch stopGate = new CountDownLatch(1);
    private final CountDownLatch workEnded = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicInteger piecesAfterStop = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser here (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver");
        seeds = WebServers.start(TestEngines.chat());
        catalogDir = Files.createTempDirectory("catalog-chat-xss-");
        evil = WebServers.start(WebServers.chat(TestEngines.load(WebServers.xssCatalog(catalogDir))));
        scripted = WebServers.start(WebServers.chat(TestEngines.seeds().withAnswerer(new ScriptedAnswerer())));

        profile = Files.createTempDirectory("catalog-chat-chromium-");
        driver = newDriver(profile, "en-US");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    private static ChromeDriver newDriver(Path profile, String language) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=" + language, "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--hide-scrollbars", "--force-color-profile=srgb", "--font-render-hinting=none");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is named outright, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) driver.quit();
        for (Javalin app : new Javalin[]{seeds, evil, scripted}) if (app != null) app.stop();
        for (Path dir : new Path[]{profile, catalogDir}) deleteTree(dir);
    }

    @BeforeEach
    void desktop() {
        if (driver == null) return;
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        scheme("light");
        driver.manage().window().setSize(DESKTOP);
    }

    // ------------------------------------------------------------------ helpers

    /** Light or dark, with reduced motion so that no scroll or animation is caught halfway. */
    private void scheme(String colors) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colors),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    private JavascriptExecutor js() {
        return driver;
    }

    /** Opens the page in a fresh tab state (no conversation yet). */
    private void open(Javalin app) {
        driver.get(WebServers.base(app) + "/");
        js().executeScript("sessionStorage.clear();");
        driver.navigate().refresh();
        waitUntil(() -> "true".equals(driver.findElement(By.tagName("html")).getAttribute("data-ready")), "page ready");
        waitUntil(() -> !driver.findElements(By.cssSelector("#dataset-list li")).isEmpty(), "dataset list loaded");
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    private List<WebElement> turns() {
        return driver.findElements(By.cssSelector("#log article.turn"));
    }

    /** Types a question and presses Enter; returns the finished turn. */
    private WebElement ask(String question) {
        int before = turns().size();
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        return finishedTurn(before + 1);
    }

    private WebElement finishedTurn(int count) {
        waitUntil(() -> turns().size() == count, count + " turns");
        WebElement turn = turns().get(count - 1);
        waitUntil(() -> List.of("done", "error").contains(turn.getAttribute("data-state")), "answer finished");
        return turn;
    }

    private static List<String> sourceLinks(WebElement turn) {
        return turn.findElements(By.cssSelector(".source-card a.source-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    /** The README's pictures: refreshed only on request, so a plain test run never rewrites tracked files. */
    private static void copyToDocs(String screenshot, String docName) throws IOException {
        if (!Boolean.getBoolean("docs.write")) return;
        Files.createDirectories(Path.of("docs"));
        Files.copy(SCREENSHOTS.resolve(screenshot), Path.of("docs", docName), StandardCopyOption.REPLACE_EXISTING);
    }

    private void screenshot(String name) throws IOException {
        js().executeScript("if (document.activeElement) document.activeElement.blur();");
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private double top(WebElement e) {
        return ((Number) js().executeScript("return arguments[0].getBoundingClientRect().top;", e)).doubleValue();
    }

    /** The latest turn's top is near the top of the window and its answer starts above the question box. */
    private void assertInView(WebElement turn, double maxTop, String what) {
        double top = top(turn);
        double answerTop = top(turn.findElement(By.cssSelector(".answer")));
        double composer = top(driver.findElement(By.id("ask-form")));
        assertTrue(top >= -1 && top <= maxTop, what + ": turn top at " + top + " px");
        assertTrue(answerTop < composer - 40, what + ": answer top " + answerTop + " px, question box at " + composer);
    }

    /** axe-core (vendored in src/test/resources/axe) over the whole page: no violation of any rule it checks. */
    private void assertAxeClean(String when) throws IOException {
        if (Boolean.FALSE.equals(js().executeScript("return typeof window.axe === 'object';"))) {
            String axe;
            try (var in = getClass().getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            js().executeScript(axe);
        }
        Object result = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations.map(v =>"
                + " ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))),"
                + " e => done('axe failed: ' + e));");
        assertEquals("[]", String.valueOf(result), "axe-core violations " + when);
    }

    /** A WCAG contrast ratio between two CSS colours, computed by the page. */
    private double focusRingContrast() {
        return ((Number) js().executeScript("""
                const lum = (c) => { const [r, g, b] = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(v => {
                    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                const el = document.getElementById('new-chat');
                el.focus({focusVisible: true});
                const ring = getComputedStyle(el).outlineColor;
                let bg = 'rgba(0, 0, 0, 0)', n = el.parentElement;
                while (n && /rgba\\(0, 0, 0, 0\\)|transparent/.test(bg)) { bg = getComputedStyle(n).backgroundColor; n = n.parentElement; }
                const [a, b] = [lum(ring), lum(bg)].sort((x, y) => y - x);
                return (a + 0.05) / (b + 0.05);""")).doubleValue();
    }

    // ------------------------------------------------------------------ tests

    @Test
    void thePageOpensWithExamplesInBothLanguagesAndTheDatasetList() {
        open(seeds);
        driver.manage().logs().get(LogType.BROWSER); // start the console log afresh
        assertTrue(driver.getTitle().contains("Catalog chat"));
        List<String> examples = driver.findElements(By.cssSelector("#welcome button.example")).stream()
                .map(WebElement::getText).toList();
        assertTrue(examples.contains("Who released MedTrinity-25M?"), examples.toString());
        assertTrue(examples.contains("有哪些遥感数据集？"), examples.toString());
        assertEquals(33, driver.findElements(By.cssSelector("#dataset-list li")).size());
        assertEquals("33 datasets", driver.findElement(By.id("dataset-count")).getText());
        assertEquals("polite", driver.findElement(By.id("announcer")).getAttribute("aria-live"));
        assertEquals(List.of(), severeConsoleMessages(), "console errors (a CSP violation shows here)");
    }

    @Test
    void anEnglishQuestionStreamsAnAnswerWithACitationCard() {
        open(seeds);
        WebElement turn = ask("Who released MedTrinity-25M?");
        assertEquals("done", turn.getAttribute("data-state"));
        assertTrue(Integer.parseInt(turn.getAttribute("data-deltas")) > 1, "the answer arrived in pieces");
        String answer = turn.findElement(By.cssSelector(".answer-body")).getText();
        assertTrue(answer.contains("Huazhong University of Science and Technology"), answer);
        assertNotNull(turn.findElement(By.cssSelector(".answer-body strong")), "Markdown rendered by the server");
        assertEquals(List.of(MEDTRINITY_URL), sourceLinks(turn));
        WebElement card = turn.findElement(By.cssSelector(".source-card"));
        assertTrue(card.getText().contains("MedTrinity-25M"), card.getText());
        assertTrue(card.getText().contains("2024-08-06"), card.getText());
        assertTrue(card.getText().contains("Huazhong University of Science and Technology"), "English publishers: " + card.getText());
        assertFalse(card.getText().contains("华中科技大学"), card.getText());
        WebElement link = card.findElement(By.cssSelector("a.source-link"));
        assertEquals("_blank", link.getAttribute("target"));
        assertEquals("noopener noreferrer", link.getAttribute("rel"));
        assertEquals(List.of(), severeConsoleMessages(), "console errors");
    }

    @Test
    void aChineseQuestionStreamsAChineseAnswerCitingEachRemoteSensingSet() {
        open(seeds);
        WebElement turn = ask("有哪些遥感数据集？");
        assertEquals("done", turn.getAttribute("data-state"));
        assertTrue(Integer.parseInt(turn.getAttribute("data-deltas")) > 1);
        String text = turn.findElement(By.cssSelector(".answer-body")).getText();
        assertTrue(text.contains("遥感") && text.contains("数据集"), "a Chinese answer about remote sensing: " + text);
        List<String> links = sourceLinks(turn);
        assertEquals(3, links.size(), links.toString());
        assertTrue(links.contains(MMEARTH_URL), links.toString());
        assertEquals("来源", turn.findElement(By.cssSelector(".sources h3")).getText());
    }

    @Test
    void aFollowUpKeepsTheConversationOfThisTab() {
        open(seeds);
        ask("Who released MedTrinity-25M?");
        Object id = js().executeScript("return sessionStorage.getItem('catalog-chat.conversationId');");
        assertNotNull(id, "the conversation id is kept per tab");
        WebElement followUp = ask("When was it released?");
        String answer = followUp.findElement(By.cssSelector(".answer-body")).getText();
        assertTrue(answer.contains("2024-08-06"), answer);
        assertEquals(List.of(MEDTRINITY_URL), sourceLinks(followUp));
        assertEquals(id, js().executeScript("return sessionStorage.getItem('catalog-chat.conversationId');"));

        driver.navigate().refresh(); // the tab keeps its conversation
        waitUntil(() -> turns().size() == 2, "conversation restored after reload");
        assertTrue(driver.findElement(By.id("welcome")).getAttribute("hidden") != null);

        driver.findElement(By.id("new-chat")).click();
        assertEquals(0, turns().size());
        assertNull(js().executeScript("return sessionStorage.getItem('catalog-chat.conversationId');"));
        assertFalse(driver.findElement(By.id("welcome")).getAttribute("hidden") != null);
    }

    @Test
    void aFollowUpIsAnsweredAfterTheServerRestarts() {
        Javalin before = WebServers.start(TestEngines.chat());
        int port = before.port();
        Javalin after = null;
        try {
            open(before);
            ask("Who released MedTrinity-25M?");
            before.stop();
            after = WebServers.start(TestEngines.chat(), port); // a new process: it has never heard of this tab
            WebElement followUp = ask("When was it released?");
            assertEquals("done", followUp.getAttribute("data-state"));
            String answer = followUp.findElement(By.cssSelector(".answer-body")).getText();
            assertTrue(answer.contains("2024-08-06"), answer);
            assertEquals(List.of(MEDTRINITY_URL), sourceLinks(followUp));

            driver.navigate().refresh(); // the restored tab carries the conversation too
            waitUntil(() -> turns().size() == 2, "conversation restored");
            WebElement again = ask("Who released it?");
            assertEquals(List.of(MEDTRINITY_URL), sourceLinks(again));
        } finally {
            before.stop();
            if (after != null) after.stop();
        }
    }

    @Test
    void eachNewAnswerComesIntoViewOnADesktopAndAPhone() {
        for (int[] size : new int[][]{{1280, 800}, {360, 740}}) {
            String where = size[0] + "x" + size[1];
            viewport(size[0], size[1], size[0] < 500);
            open(seeds);
            WebElement first = ask("Who released MedTrinity-25M?");
            assertInView(first, 200, where + " first answer");
            for (String q : List.of("有哪些遥感数据集？", "When was it released?", "Compare LAION-5B and TaiSu", "Who released TaiSu?")) {
                WebElement turn = ask(q);
                assertInView(turn, 40, where + " " + q);
            }
            // Scrolled back up: a button brings the latest answer back.
            WebElement jump = driver.findElement(By.id("jump-latest"));
            assertFalse(jump.isDisplayed(), where + ": no jump button while the latest answer is in view");
            js().executeScript("window.scrollTo(0, 0);");
            waitUntil(jump::isDisplayed, where + ": jump button shown");
            jump.click();
            waitUntil(() -> !jump.isDisplayed(), where + ": jump button gone");
            assertInView(turns().get(turns().size() - 1), 40, where + " after jumping");
        }
    }

    @Test
    void stopEndsTheAnswerKeepsWhatWasShownAndTheServerStopsWorking() {
        open(scripted);
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys("stoppable question", Keys.ENTER);
        waitUntil(() -> turns().size() == 1, "turn shown");
        WebElement turn = turns().get(0);
        WebElement stop = driver.findElement(By.id("stop"));
        waitUntil(() -> "1".equals(turn.getAttribute("data-blocks")), "first block rendered while streaming");
        // The finished block is formatted; the one still streaming is plain text after it.
        assertEquals("bold", turn.findElement(By.cssSelector(".answer-body .rendered strong")).getText());
        waitUntil(() -> turn.findElement(By.cssSelector(".answer-body .raw")).getText().strip().equals("Second block still"), "raw tail");
        assertTrue(stop.isDisplayed(), "Stop is offered while an answer streams");
        stop.click();
        waitUntil(() -> "stopped".equals(turn.getAttribute("data-state")), "stopped");
        assertTrue(turn.getText().contains("First block with bold text."), turn.getText());
        assertTrue(turn.getText().contains("Second block still"), "what was shown stays: " + turn.getText());
        assertTrue(turn.findElement(By.cssSelector(".stopped-note")).getText().startsWith("Stopped"));
        assertFalse(stop.isDisplayed());
        assertNull(driver.findElement(By.id("send")).getAttribute("disabled"), "a new question can be asked");
        stopGate.countDown(); // the answerer goes on producing text: the server must end it
        try {
            assertTrue(workEnded.await(20, TimeUnit.SECONDS), "the server ended the stopped answer's work");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertTrue(piecesAfterStop.get() < 500, "stopped early: " + piecesAfterStop.get() + " pieces");
        assertFalse(turn.getText().contains("more"), "nothing arrives after Stop");
    }

    @Test
    void citationsLinkToTheirCardsWithAPreviewAndLongListsFold() {
        open(seeds);
        WebElement turn = ask("有哪些遥感数据集？");
        List<WebElement> cites = turn.findElements(By.cssSelector(".answer-body a.cite"));
        assertEquals(3, cites.size(), "one link per [n]");
        WebElement third = cites.get(2);
        assertEquals("[3]", third.getText().substring(0, 3));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(third).perform();
        WebElement preview = third.findElement(By.cssSelector(".cite-preview"));
        waitUntil(preview::isDisplayed, "preview on hover");
        assertTrue(preview.getText().contains("MMRS"), preview.getText());
        third.click();
        String target = third.getAttribute("href").replaceAll(".*#", "");
        waitUntil(() -> target.equals(driver.switchTo().activeElement().getAttribute("id")), "focus on the card");
        WebElement card = driver.findElement(By.id(target));
        assertTrue(card.getText().contains("MMRS"), card.getText());
        double cardTop = top(card);
        assertTrue(cardTop >= 0 && cardTop < 700, "the card is in view: " + cardTop);

        WebElement all = ask("list all datasets");
        WebElement folded = all.findElement(By.cssSelector("details.sources"));
        assertNull(folded.getAttribute("open"), "33 sources start folded");
        assertEquals("33 sources", folded.findElement(By.tagName("summary")).getText());
        WebElement cite = all.findElements(By.cssSelector(".answer-body a.cite")).get(4);
        cite.click();
        waitUntil(() -> folded.getAttribute("open") != null, "a citation opens the folded list");

        WebElement compare = ask("Compare LAION-5B and TaiSu");
        List<WebElement> rows = compare.findElements(By.cssSelector("table.compare tbody tr"));
        assertEquals(2, rows.size());
        assertEquals(List.of("Dataset", "Released", "Publishers", "Size"), compare.findElements(By.cssSelector("table.compare thead th"))
                .stream().map(WebElement::getText).toList());
        assertTrue(rows.get(0).getText().contains("LAION"), rows.get(0).getText());
    }

    @Test
    void theDatasetSearchUnderstandsEnglishAndTheFiltersLiveInTheAddress() {
        open(seeds);
        WebElement search = driver.findElement(By.id("filter-q"));
        search.sendKeys("remote sensing");
        waitUntil(() -> driver.findElements(By.cssSelector("#dataset-list li")).size() == 3, "3 remote sensing sets");
        assertTrue(driver.findElement(By.id("dataset-list")).getText().contains("MMEarth"));
        waitUntil(() -> driver.getCurrentUrl().contains("find=remote"), "the search is in the address: " + driver.getCurrentUrl());
        search.clear();
        search.sendKeys("Tsinghua");
        waitUntil(() -> driver.getCurrentUrl().contains("find=Tsinghua"), "Tsinghua in the address");
        waitUntil(() -> !driver.findElements(By.cssSelector("#dataset-list li")).isEmpty()
                && driver.findElements(By.cssSelector("#dataset-list li")).size() < 33, "Tsinghua's datasets");

        List<String> publishers = new Select(driver.findElement(By.id("filter-publisher"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertEquals(publishers.size(), new java.util.HashSet<>(publishers).size(), "no publisher twice: " + publishers);
        assertEquals(1, publishers.stream().filter(p -> p.startsWith("University of California ·")).count(), publishers.toString());
        List<String> topics = new Select(driver.findElement(By.id("filter-topic"))).getOptions().stream()
                .skip(1).map(WebElement::getText).toList();
        List<Integer> counts = topics.stream().map(x -> Integer.parseInt(x.replaceAll(".*\\((\\d+)\\)$", "$1"))).toList();
        assertTrue(counts.stream().allMatch(n -> n > 0), topics.toString());
        assertEquals(counts.stream().sorted(Comparator.reverseOrder()).toList(), counts, "most datasets first: " + topics);

        new Select(driver.findElement(By.id("filter-year"))).selectByValue("2024");
        waitUntil(() -> driver.getCurrentUrl().contains("year=2024"), "year in the address");
        driver.navigate().refresh();
        waitUntil(() -> "true".equals(driver.findElement(By.tagName("html")).getAttribute("data-ready")), "ready");
        waitUntil(() -> "2024".equals(new Select(driver.findElement(By.id("filter-year"))).getFirstSelectedOption().getAttribute("value"))
                && "Tsinghua".equals(driver.findElement(By.id("filter-q")).getAttribute("value")), "filters restored from the address");

        // ?q= asks; each answer offers its own link.
        driver.get(WebServers.base(seeds) + "/?q=" + java.net.URLEncoder.encode("Who released TaiSu?", java.nio.charset.StandardCharsets.UTF_8));
        WebElement asked = finishedTurn(1);
        assertEquals("Who released TaiSu?", asked.findElement(By.cssSelector(".question-text")).getText());
        assertFalse(driver.getCurrentUrl().contains("q="), "a reload does not ask again");
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", WebServers.base(seeds),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        asked.findElement(By.cssSelector("button.copy-link")).click();
        Object clip = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertEquals(WebServers.base(seeds) + "/?q=Who+released+TaiSu%3F", String.valueOf(clip));
        js().executeScript("sessionStorage.clear();");
    }

    @Test
    void feedbackIsStoredWithTheAnswerAndSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory("catalog-chat-feedback-");
        Path db = dir.resolve("feedback.db");
        Javalin first = WebServers.startWithFeedback(TestEngines.chat(), 0, db, "admin-secret");
        int port = first.port();
        Javalin second = null;
        try {
            open(first);
            WebElement turn = ask("Who released MedTrinity-25M?");
            turn.findElement(By.cssSelector("button.thumb[data-rating=down]")).click();
            WebElement comment = turn.findElement(By.cssSelector("textarea.feedback-comment"));
            assertEquals(comment, driver.switchTo().activeElement(), "the comment box takes the focus");
            comment.sendKeys("The size is missing");
            turn.findElement(By.cssSelector(".feedback-form button[type=submit]")).click();
            waitUntil(() -> "down".equals(turn.getAttribute("data-feedback")), "feedback sent");
            assertTrue(turn.findElement(By.cssSelector(".feedback-note")).getText().startsWith("Thanks"));

            WebServers.stopWithFeedback(first);
            second = WebServers.startWithFeedback(TestEngines.chat(), port, db, "admin-secret");
            var http = java.net.http.HttpClient.newHttpClient();
            var denied = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(WebServers.base(second) + "/admin/feedback"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(401, denied.statusCode(), denied.body());
            var export = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(WebServers.base(second) + "/admin/feedback"))
                    .header("Authorization", "Bearer admin-secret").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, export.statusCode(), export.body());
            List<String> lines = export.body().lines().toList();
            assertEquals(1, lines.size(), export.body());
            var row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
            assertEquals("down", row.get("rating").asText());
            assertEquals("The size is missing", row.get("comment").asText());
            assertEquals("Who released MedTrinity-25M?", row.get("question").asText());
            assertTrue(row.get("answer").asText().startsWith("**MedTrinity-25M**"), row.toString());
            assertEquals("medtrinity-25m", row.get("sources").get(0).asText());
            assertEquals(12, row.get("catalogVersion").asText().length());
        } finally {
            WebServers.stopWithFeedback(first);
            if (second != null) WebServers.stopWithFeedback(second);
            deleteTree(dir);
        }
    }

    @Test
    void tryAgainReplacesTheFailedTurnAndTheDatasetListRetriesByItself() {
        open(scripted);
        WebElement failed = ask("fail please");
        assertEquals("error", failed.getAttribute("data-state"));
        failed.findElement(By.cssSelector(".error button")).click();
        waitUntil(() -> "error".equals(turns().get(0).getAttribute("data-state"))
                && !turns().get(0).equals(failed), "asked again in place");
        assertEquals(1, turns().size(), "Try again replaces the failed turn");

        var calls = new java.util.concurrent.atomic.AtomicInteger();
        Javalin flaky = Javalin.create(config -> {
            ChatPage.servePage(config);
            config.routes.get("/api/datasets", ctx -> {
                if (calls.incrementAndGet() <= 1) {
                    ctx.status(503).json(HttpServer.error("unavailable", "starting up"));
                } else {
                    ctx.json(Map.of("count", 1, "datasets", List.of(Map.of("id", "x", "name", "Only-Set", "released", "2024-01-01",
                            "publishers", List.of())), "topics", List.of(), "publishers", List.of()));
                }
            });
        }).start("127.0.0.1", 0);
        try {
            driver.get(WebServers.base(flaky) + "/");
            waitUntil(() -> driver.findElements(By.cssSelector("#dataset-count button.list-retry")).size() == 1, "retry offered");
            assertTrue(driver.findElement(By.id("dataset-count")).getText().contains("starting up"));
            waitUntil(() -> driver.findElement(By.id("dataset-list")).getText().contains("Only-Set"), "the list retried by itself");
        } finally {
            flaky.stop();
        }
    }

    @Test
    void focusRingContrastAnsweredByInPlainWordsAndAxeCleanInBothThemes() throws Exception {
        open(seeds);
        for (String colors : List.of("light", "dark")) {
            scheme(colors);
            assertTrue(focusRingContrast() >= 3.0, colors + " focus ring contrast " + focusRingContrast());
        }
        scheme("light");
        assertAxeClean("on first load, light");
        scheme("dark");
        assertAxeClean("on first load, dark");
        scheme("light");
        WebElement turn = ask("Who released MedTrinity-25M?");
        assertEquals("Answered from the catalog entries", turn.findElement(By.cssSelector(".meta")).getText());
        ask("有哪些遥感数据集？");
        ask("Compare LAION-5B and TaiSu");
        ask("list all datasets");
        turns().get(0).findElement(By.cssSelector("button.thumb[data-rating=up]")).click();
        assertAxeClean("after answers, light");
        scheme("dark");
        assertAxeClean("after answers, dark");
    }

    @Test
    void theKeyboardAloneCanAskAndShiftEnterStartsANewLine() {
        open(seeds);
        assertEquals("question", driver.switchTo().activeElement().getAttribute("id"), "the question box has the focus on load");
        // Start keyboard navigation from the top of the document, as a fresh visit without autofocus would.
        js().executeScript("const root = document.documentElement; root.tabIndex = -1; root.focus(); root.removeAttribute('tabindex');");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("skip-link", skip.getAttribute("class"));
        skip.sendKeys(Keys.ENTER);
        assertEquals("question", driver.switchTo().activeElement().getAttribute("id"));

        WebElement box = driver.switchTo().activeElement();
        box.sendKeys("Who released");
        box.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        box.sendKeys("MedTrinity-25M?");
        assertEquals("Who released\nMedTrinity-25M?", box.getAttribute("value"));
        assertEquals(0, turns().size(), "Shift+Enter does not send");
        box.sendKeys(Keys.ENTER);
        WebElement turn = finishedTurn(1);
        assertEquals("Who released\nMedTrinity-25M?", turn.findElement(By.cssSelector(".question-text")).getText());
        assertEquals(List.of(MEDTRINITY_URL), sourceLinks(turn));
        assertEquals("", box.getAttribute("value"));

        // An example question, activated from the keyboard.
        driver.findElement(By.id("new-chat")).click();
        WebElement example = driver.findElements(By.cssSelector("#examples-zh button.example")).get(0);
        example.sendKeys(Keys.ENTER);
        WebElement zh = finishedTurn(1);
        assertEquals("有哪些遥感数据集？", zh.findElement(By.cssSelector(".question-text")).getText());
        assertTrue(sourceLinks(zh).contains(MMEARTH_URL));
    }

    @Test
    void theDatasetListFiltersAndAChosenDatasetIsAskedAbout() {
        open(seeds);
        new Select(driver.findElement(By.id("filter-topic"))).selectByValue("remote-sensing");
        waitUntil(() -> driver.findElements(By.cssSelector("#dataset-list li")).size() == 3, "3 remote sensing sets");
        new Select(driver.findElement(By.id("filter-year"))).selectByValue("2024");
        waitUntil(() -> driver.findElement(By.id("dataset-count")).getText().equals("3 datasets"), "2024 filter");
        new Select(driver.findElement(By.id("filter-publisher"))).selectByValue("哥本哈根大学");
        waitUntil(() -> driver.findElements(By.cssSelector("#dataset-list li")).size() == 1, "publisher filter");
        WebElement only = driver.findElement(By.cssSelector("#dataset-list button.dataset-item"));
        assertTrue(only.getText().startsWith("MMEarth"), only.getText());
        only.click();
        WebElement turn = finishedTurn(1);
        assertTrue(turn.findElement(By.cssSelector(".question-text")).getText().startsWith("Tell me about MMEarth"));
        assertEquals(List.of(MMEARTH_URL), sourceLinks(turn));

        driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        waitUntil(() -> driver.findElements(By.cssSelector("#dataset-list li")).size() == 33, "filters cleared");
        WebElement search = driver.findElement(By.id("filter-q"));
        search.sendKeys("LAION");
        waitUntil(() -> driver.findElements(By.cssSelector("#dataset-list li")).size() < 33, "text filter");
        assertTrue(driver.findElements(By.cssSelector("#dataset-list .dataset-name")).stream()
                .anyMatch(e -> e.getText().equals("LAION-5B")));
    }

    @Test
    void nearMissesAreShownApartFromSources() {
        open(seeds);
        WebElement turn = ask("Who released MedTrinty?");
        List<String> suggestions = turn.findElements(By.cssSelector(".suggestions button.suggestion")).stream()
                .map(WebElement::getText).toList();
        assertTrue(suggestions.contains("MedTrinity-25M"), suggestions.toString());
        assertEquals(0, turn.findElements(By.cssSelector(".source-card")).size(), "a near miss is not a source");
        turn.findElement(By.cssSelector(".suggestions button.suggestion")).click();
        WebElement next = finishedTurn(2);
        assertEquals(List.of(MEDTRINITY_URL), sourceLinks(next));
    }

    @Test
    void theCopyButtonCopiesTheAnswer() {
        open(seeds);
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", WebServers.base(seeds),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement turn = ask("Who released MedTrinity-25M?");
        WebElement copy = turn.findElement(By.cssSelector("button.copy"));
        assertEquals("Copy answer", copy.getText());
        copy.click();
        waitUntil(() -> copy.getText().equals("Copied"), "copied");
        Object clip = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertTrue(String.valueOf(clip).startsWith("**MedTrinity-25M** was released by"), String.valueOf(clip));
    }

    @Test
    void catalogAndQuestionPayloadsStayInert() {
        open(evil);
        js().executeScript("window.xssFlag = undefined;");
        // The catalog's payloads in the dataset list, as text.
        String list = driver.findElement(By.id("dataset-list")).getText();
        assertTrue(list.contains("<script>window.xssFlag='alias'</script>"), list);
        assertTrue(list.contains("<img src=x onerror=window.xssFlag='publisher'>"), list);

        WebElement q = ask(WebServers.XSS_QUESTION);
        assertEquals(WebServers.XSS_QUESTION, q.findElement(By.cssSelector(".question-text")).getText());
        driver.findElement(By.cssSelector("#dataset-list button.dataset-item")).click();
        WebElement about = finishedTurn(2);
        assertEquals("done", about.getAttribute("data-state"));
        WebElement card = about.findElement(By.cssSelector(".source-card"));
        assertTrue(card.getText().contains("<script>window.xssFlag='alias'</script>"), card.getText());
        assertTrue(card.getText().contains("no valid link"), "a javascript: URL is not a link: " + card.getText());
        ask("Who released XSS-Set?");
        ask("Which medical datasets are there?");

        // Click every link and button-free text the answers hold: nothing may run.
        for (WebElement a : driver.findElements(By.cssSelector("#log a"))) {
            String href = a.getAttribute("href");
            assertTrue(href != null && (href.startsWith("https://") || href.startsWith("http://")), "link " + href);
        }
        Number scriptLinks = (Number) js().executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                + ".filter(a => !/^https?:$/.test(new URL(a.href, location.href).protocol)).length;");
        assertEquals(0, scriptLinks.intValue());
        assertEquals(0, driver.findElements(By.cssSelector("a[href^='javascript' i]")).size());
        assertEquals(0, driver.findElements(By.cssSelector("#log img, #log script, #dataset-list img, #dataset-list script")).size());
        for (WebElement span : driver.findElements(By.cssSelector("#log .no-link"))) {
            js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", span);
        }
        assertEquals(1, driver.findElements(By.tagName("script")).size(), "only app.js");
        assertNull(js().executeScript("return window.xssFlag;"), "a payload ran");
        assertTrue(driver.findElement(By.id("log")).getText().contains("<script>"), "payloads are shown as text");
    }

    @Test
    void thinkingThenStreamedTextThenTheRenderedAnswer() {
        open(scripted);
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys("slow question", Keys.ENTER);
        waitUntil(() -> turns().size() == 1, "turn shown");
        WebElement turn = turns().get(0);
        assertEquals("thinking", turn.getAttribute("data-state"));
        assertEquals("true", turn.getAttribute("aria-busy"));
        assertEquals("Thinking…", turn.findElement(By.cssSelector(".thinking")).getText());
        assertTrue(driver.findElement(By.id("send")).getAttribute("disabled") != null, "one question at a time");
        gates[0].countDown();
        waitUntil(() -> "streaming".equals(turn.getAttribute("data-state")), "streaming");
        // While streaming, the Markdown shows as plain text.
        assertEquals("Streaming **partial** text", turn.findElement(By.cssSelector(".answer-body .raw")).getText());
        assertEquals(0, turn.findElements(By.cssSelector(".answer-body strong")).size());
        gates[1].countDown();
        waitUntil(() -> "done".equals(turn.getAttribute("data-state")), "done");
        assertEquals("partial", turn.findElement(By.cssSelector(".answer-body strong")).getText());
        assertEquals(List.of(MEDTRINITY_URL), sourceLinks(turn));
        assertEquals("false", turn.getAttribute("aria-busy"));
    }

    @Test
    void serverFailuresAndDroppedConnectionsShowAClearError() throws Exception {
        open(scripted);
        WebElement failed = ask("fail please");
        assertEquals("error", failed.getAttribute("data-state"));
        WebElement alert = failed.findElement(By.cssSelector(".error[role=alert]"));
        assertTrue(alert.getText().contains("The server could not answer"), alert.getText());
        assertTrue(alert.findElement(By.tagName("button")).getText().contains("Try again"));

        // A server that goes away between page load and question.
        Javalin doomed = WebServers.start(TestEngines.chat());
        try {
            open(doomed);
        } finally {
            doomed.stop();
        }
        WebElement gone = ask("Who released MedTrinity-25M?");
        assertEquals("error", gone.getAttribute("data-state"));
        assertTrue(gone.getText().contains("Could not reach the server"), gone.getText());

        // A stream that ends before its last event.
        Javalin cut = Javalin.create(config -> {
            ChatPage.servePage(config);
            config.routes.get("/api/datasets", ctx -> ctx.json(Map.of("count", 0, "datasets", List.of(), "topics", List.of())));
            config.routes.post(StreamRoutes.PATH, ctx -> {
                ctx.res().setContentType("text/event-stream");
                var out = ctx.res().getOutputStream();
                out.write("event: delta\ndata: {\"text\":\"Half an ans\"}\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
            });
        }).start("127.0.0.1", 0);
        try {
            driver.get(WebServers.base(cut) + "/");
            waitUntil(() -> "true".equals(driver.findElement(By.tagName("html")).getAttribute("data-ready")), "ready");
            WebElement dropped = ask("anything");
            assertEquals("error", dropped.getAttribute("data-state"));
            assertTrue(dropped.getText().contains("Half an ans"), "what arrived stays visible");
            assertTrue(dropped.getText().contains("The connection dropped before the answer was complete"), dropped.getText());
        } finally {
            cut.stop();
        }
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidthInLightAndDark() throws Exception {
        open(seeds);
        ask("Who released MedTrinity-25M?");
        ask("有哪些遥感数据集？");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 1060, "deviceScaleFactor", 1, "mobile", false));
        js().executeScript("window.scrollTo(0, 0);");
        screenshot("chat-desktop.png");
        scheme("dark");
        screenshot("chat-desktop-dark.png");
        copyToDocs("chat-desktop.png", "screenshot.png");
        copyToDocs("chat-desktop-dark.png", "screenshot-dark.png");

        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        driver.navigate().refresh(); // the conversation comes back from this tab's storage
        waitUntil(() -> turns().size() == 2, "conversation restored");
        assertEquals(360L, js().executeScript("return window.innerWidth;"));
        Number overflow = (Number) js().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling at 360 px: " + overflow);
        assertEquals("false", driver.findElement(By.id("browse-toggle")).getAttribute("aria-expanded"),
                "the dataset list starts folded on a phone");
        js().executeScript("window.scrollTo(0, 0);");
        screenshot("chat-360-dark.png");
        scheme("light");
        js().executeScript("document.querySelectorAll('#log article')[1].scrollIntoView();");
        screenshot("chat-360.png");
        copyToDocs("chat-360.png", "screenshot-phone.png");
        WebElement box = driver.findElement(By.id("question"));
        assertTrue(box.getSize().getWidth() > 200, "the question box keeps its width: " + box.getSize());
        driver.findElement(By.id("browse-toggle")).click();
        js().executeScript("document.getElementById('browse').scrollIntoView();");
        screenshot("chat-360-datasets.png");
        overflow = (Number) js().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling with the dataset list open: " + overflow);
    }

    @Test
    void aChineseBrowserGetsChineseLabelsAndAsksInChinese() throws Exception {
        Path zhProfile = Files.createTempDirectory("catalog-chat-chromium-zh-");
        ChromeDriver zh = newDriver(zhProfile, "zh-CN");
        try {
            zh.get(WebServers.base(seeds) + "/");
            new WebDriverWait(zh, Duration.ofSeconds(30)).until(d ->
                    !d.findElements(By.cssSelector("#dataset-list li")).isEmpty());
            assertEquals("zh", zh.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("浏览数据集", zh.findElement(By.id("browse-heading")).getText());
            assertEquals("发送", zh.findElement(By.id("send")).getText());
            assertEquals("共 33 个数据集", zh.findElement(By.id("dataset-count")).getText());
            zh.findElements(By.cssSelector("#dataset-list button.dataset-item")).stream()
                    .filter(b -> b.getText().startsWith("MedTrinity-25M")).findFirst().orElseThrow().click();
            WebElement turn = new WebDriverWait(zh, Duration.ofSeconds(30)).until(d -> d.findElements(
                    By.cssSelector("#log article.turn[data-state=done]")).stream().findFirst().orElse(null));
            assertEquals("介绍一下 MedTrinity-25M", turn.findElement(By.cssSelector(".question-text")).getText());
            assertTrue(turn.findElement(By.cssSelector(".answer-body")).getText().contains("发布机构"));
            assertEquals(List.of(MEDTRINITY_URL), sourceLinks(turn));
        } finally {
            zh.quit();
            deleteTree(zhProfile);
        }
    }

    /**
     * Questions starting "slow" wait at two gates the test opens (thinking, then streaming); "fail" streams a
     * little, then fails; anything else gets a short answer.
     */
    private final class ScriptedAnswerer implements Answerer {
        @Override
        public Answer answer(Question question) {
            return answer(question, piece -> { });
        }

        @Override
        public Answer answer(Question question, Consumer<String> onDelta) {
            String text = question.text();
            try {
                if (text.startsWith("slow")) {
                    gates[0].await(20, TimeUnit.SECONDS);
                    onDelta.accept("Streaming ");
                    onDelta.accept("**partial** text");
                    gates[1].await(20, TimeUnit.SECONDS);
                    var source = Source.of(TestEngines.seeds().catalog().byId("medtrinity-25m").orElseThrow(), 1.0);
                    return new Answer("Streaming **partial** text", List.of(source), List.of(), Intent.FACT, Language.EN, "llm");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (text.startsWith("stoppable")) {
                onDelta.accept("First block with **bold** text.\n\n");
                onDelta.accept("Second block still ");
                try {
                    stopGate.await(20, TimeUnit.SECONDS);
                    for (int i = 0; i < 500; i++) {
                        Thread.sleep(10);
                        onDelta.accept("more ");
                        piecesAfterStop.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    workEnded.countDown(); // the server interrupted this answer's work: its client had gone
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (RuntimeException e) {
                    workEnded.countDown(); // the server refused more text: its client had gone
                    throw e;
                }
                return new Answer("never shown", List.of(), List.of(), Intent.FACT, Language.EN, "llm");
            }
            if (text.startsWith("fail")) {
                onDelta.accept("Half ");
                throw new IllegalStateException("scripted failure");
            }
            onDelta.accept("Fine.");
            return new Answer("Fine.", List.of(), List.of(), Intent.FACT, Language.EN, "llm");
        }
    }
}
