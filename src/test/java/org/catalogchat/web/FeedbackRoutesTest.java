package org.catalogchat.web;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.core.ChatService;

/** {@code POST /api/feedback} and {@code GET /admin/feedback} over real HTTP. */
class FeedbackRoutesTest {
    /** Feedback names its sources by id: these are the ids there are. */
    private static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("TaiSu（太素）").released("2022-02-10").publisher("中国科学院")
                    .description("TaiSu（太素）是一个亿级大规模中文视觉语言预训练数据集。"),
            entry("LAION-5B").released("2022-03-31").publisher("LAION").description("LAION 5B 是一个大规模图文数据集。"),
            entry("OBIMD").released("2024-07-04").publisher("安阳师范学院").description("甲骨文多模态数据集。"));

    private static ChatService chat(Path catalogDir) {
        return WebServers.chat(CATALOG.engine(catalogDir));
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static HttpResponse<String> post(Javalin app, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(WebServers.base(app) + "/api/feedback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> export(Javalin app, String token) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(WebServers.base(app) + "/admin/feedback"));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String code(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error").get("code").asText();
    }

    @Test
    void feedbackIsAcceptedCheckedAndExportedBehindTheAdminToken() throws Exception {
        Javalin app = WebServers.startWithFeedback(chat(dir.resolve("catalog")), 0, dir.resolve("f.db"), "tok");
        try {
            var ok = post(app, "{\"rating\":\"up\",\"question\":\"Who released TaiSu?\",\"answer\":\"**TaiSu** …\","
                    + "\"sources\":[\"taisu\"],\"comment\":\" clear \"}");
            assertEquals(202, ok.statusCode(), ok.body());
            assertEquals(400, post(app, "{\"rating\":\"meh\",\"question\":\"q\"}").statusCode());
            assertEquals("invalid_rating", code(post(app, "{\"question\":\"q\"}")));
            assertEquals("missing_question", code(post(app, "{\"rating\":\"down\"}")));
            assertEquals("invalid_sources", code(post(app, "{\"rating\":\"down\",\"question\":\"q\",\"sources\":\"taisu\"}")));
            assertEquals("comment_too_long", code(post(app, "{\"rating\":\"down\",\"question\":\"q\",\"comment\":\""
                    + "x".repeat(FeedbackRoutes.MAX_COMMENT_CHARS + 1) + "\"}")));

            assertEquals(401, export(app, null).statusCode());
            assertEquals(401, export(app, "wrong").statusCode());
            var r = export(app, "tok");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
            var lines = r.body().lines().toList();
            assertEquals(1, lines.size(), r.body());
            var row = JSON.readTree(lines.get(0));
            assertEquals("clear", row.get("comment").asText());
            assertEquals("taisu", row.get("sources").get(0).asText());
        } finally {
            WebServers.stopWithFeedback(app);
        }
        Javalin noAdmin = WebServers.startWithFeedback(chat(dir.resolve("catalog2")), 0, dir.resolve("g.db"), null);
        try {
            var r = export(noAdmin, "anything");
            assertEquals(403, r.statusCode());
            assertEquals("admin_disabled", code(r));
        } finally {
            WebServers.stopWithFeedback(noAdmin);
        }
    }
}
