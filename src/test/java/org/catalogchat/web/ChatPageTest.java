package org.catalogchat.web;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's files over HTTP, and the server's half of the XSS defence (the browser's half is in the browser test). */
class ChatPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;
    private static String base;

    @TempDir
    static Path catalogDir;

    /** The page and its files do not depend on the catalog: one entry is enough. */
    @BeforeAll
    static void start() {
        app = WebServers.start(WebServers.chat(FixtureCatalog.of(entry("Plain-Set")).engine(catalogDir)));
        base = WebServers.base(app);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> get(String base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyFileOfThePageIsServed() throws Exception {
        try (var listing = java.nio.file.Files.list(Path.of("src/main/resources/public"))) {
            for (Path file : listing.toList()) {
                String name = file.getFileName().toString();
                assertTrue(PageFiles.TYPES.containsKey(name), name + " is in /public but not in PageFiles.TYPES");
                assertEquals(200, get(base, "/" + name).statusCode(), name);
            }
        }
    }

    @Test
    void thePageIsServedAtTheRootWithItsFilesAndAStrictPolicy() throws Exception {
        HttpResponse<String> page = get(base, "/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertEquals(ChatPage.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        String html = page.body();
        for (String needle : new String[]{"<textarea id=\"question\"", "<label for=\"question\"", "aria-live=\"polite\"",
                "id=\"dataset-list\"", "<label for=\"filter-year\"", "<label for=\"filter-publisher\"",
                "<label for=\"filter-topic\"", "src=\"/app.js\"", "href=\"/app.css\""}) {
            assertTrue(html.contains(needle), needle);
        }
        assertTrue(get(base, "/app.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(get(base, "/app.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(200, get(base, "/favicon.svg").statusCode());
        assertEquals(404, get(base, "/no-such-file.js").statusCode());
        String etag = page.headers().firstValue("ETag").orElseThrow();
        var again = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "a browser revalidating the no-cache page gets no body");
        assertEquals(ChatPage.CONTENT_SECURITY_POLICY, again.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void thePageLoadsNothingFromElsewhere() throws Exception {
        String html = get(base, "/").body();
        String js = get(base, "/app.js").body();
        String css = get(base, "/app.css").body();
        Matcher external = Pattern.compile("(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html);
        assertFalse(external.find(), "external reference in index.html");
        assertFalse(Pattern.compile("https?://").matcher(js).find(), "a URL in app.js");
        assertFalse(css.contains("url(") || css.contains("@import"), "app.css fetches something");
        assertFalse(js.contains(".innerHTML") && !js.contains("template.innerHTML"), "innerHTML outside the inert template");
        assertEquals(1, js.split("\\.innerHTML", -1).length - 1, "only the template parse uses innerHTML");
        assertFalse(js.contains("insertAdjacentHTML") || js.contains("outerHTML") || js.contains("document.write")
                || js.contains("eval("), "no other way to insert markup");
    }

    @Test
    void catalogAndQuestionPayloadsComeBackEscapedWithoutScriptLinks(@TempDir Path dir) throws Exception {
        Javalin evil = WebServers.start(WebServers.chat(FixtureCatalog.load(WebServers.xssCatalog(dir))));
        try {
            String evilBase = WebServers.base(evil);
            for (String q : new String[]{WebServers.XSS_QUESTION, "Tell me about XSS-Set", "Who released XSS-Set?",
                    "Which medical datasets are there?"}) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(evilBase + StreamRoutes.PATH))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(JSON.createObjectNode().put("question", q))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                SseEvents e = SseEvents.parse(r.body());
                assertEquals("done", e.last().name(), r.body());
                assertSafe(e.last().data().get("answerHtml").asText(), q);
            }
            JsonNode datasets = JSON.readTree(get(evilBase, "/api/datasets").body());
            assertEquals(2, datasets.get("count").asInt());
            JsonNode xss = datasets.get("datasets").get(0);
            assertTrue(xss.get("aliases").toString().contains("<script>"), "the payload is kept as data: " + xss);
            assertEquals("", xss.get("url").asText(), "a URL that is not http(s) is dropped from every output");
        } finally {
            evil.stop();
        }
    }

    /** No live tag, no handler attribute, and every link target http(s) or empty. */
    static void assertSafe(String html, String question) {
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), question + " → " + html);
        assertFalse(lower.contains("<img"), question + " → " + html);
        assertFalse(Pattern.compile("<[^>]*\\son\\w+\\s*=").matcher(lower).find(), question + " → " + html);
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            String target = href.group(1);
            assertTrue(target.isEmpty() || target.startsWith("https://") || target.startsWith("http://"),
                    "link target " + target + " in " + html);
        }
    }
}
