package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.core.TestEngines;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reload outcomes without HTTP: swapped when clean, kept when not, and the configured answerer survives. */
class CatalogReloaderTest {
    private static final java.util.function.Function<Path, Catalog> LOAD =
            new CatalogLoader(new CatalogParser(Glossary.bundled()))::load;
    private static final java.util.function.Function<Catalog, Engine> INDEX =
            c -> Engine.of(c, Glossary.bundled(), TestEngines.model());

    @Test
    void aCleanReloadSwapsAndKeepsTheConfiguredAnswerer(@TempDir Path dir) throws Exception {
        String full = Files.readString(Path.of("seeds/multimodal-datasets.md"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.md"), full);
        var ops = new Operations(OpsSettings.DEFAULT, e -> e.withAnswerer(q -> e.grounded().answer(q).withAnsweredBy("custom")));
        var chat = new ChatService(ops.prepare(TestEngines.seeds()), new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        var reloader = new CatalogReloader(dir, LOAD, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());

        Files.writeString(dir.resolve("a.md"), full.substring(0, full.indexOf("\n### PCLMM")));
        var ok = reloader.reload("test");
        assertTrue(ok.ok(), ok.message());
        assertEquals(1, chat.engine().catalog().size());
        assertEquals("custom", chat.ask("Who released Infinity-MM?", null).answer().answeredBy(),
                "the LLM-style answerer is applied to the reloaded engine too");
        assertTrue(ops.metrics().scrape().contains("catalogchat_answers_total{answered_by=\"custom\",intent=\"fact\"} 1.0"));
    }

    @Test
    void aMissingCatalogOrOneWithProblemsKeepsTheOldOneServing(@TempDir Path dir) throws Exception {
        var ops = new Operations(OpsSettings.DEFAULT, e -> e);
        Engine before = ops.prepare(TestEngines.seeds());
        var chat = new ChatService(before, new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        var missing = new CatalogReloader(dir.resolve("gone"), LOAD, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());
        var a = missing.reload("test");
        assertFalse(a.ok());
        assertTrue(a.message().contains("does not exist"), a.message());
        assertSame(before, chat.engine());

        Files.writeString(dir.resolve("b.md"), "### Broken\n\n- 发布机构：nobody\n");
        var broken = new CatalogReloader(dir, LOAD, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());
        var b = broken.reload("test");
        assertFalse(b.ok());
        assertEquals(1, b.problems().size(), b.message());
        assertTrue(b.problems().get(0).file().endsWith("b.md"));
        assertEquals(1, b.problems().get(0).line());
        assertSame(before, chat.engine());
        Files.writeString(dir.resolve("b.md"), "# Only a title\n\nNo entries here.\n");
        var empty = broken.reload("test");
        assertFalse(empty.ok());
        assertTrue(empty.message().contains("no datasets"), empty.message());
        assertSame(before, chat.engine());
        var status = broken.status(false);
        assertEquals(33, status.datasets());
        assertEquals(3, status.reloadsFailed());
    }

    @Test
    void aRequestedReloadRunsInTheBackgroundAndTheStatusSaysReloading(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), Files.readString(Path.of("seeds/multimodal-datasets.md"), StandardCharsets.UTF_8));
        var ops = new Operations(OpsSettings.DEFAULT, e -> e);
        var chat = new ChatService(ops.prepare(TestEngines.seeds()), new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        var release = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Function<Path, Catalog> slow = p -> {
            try {
                release.await(); // a catalog that takes as long as the test says
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LOAD.apply(p);
        };
        var reloader = new CatalogReloader(dir, slow, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());
        var first = reloader.requestReload("admin");
        var second = reloader.requestReload("admin");
        assertFalse(first.isDone(), "the request returns before the reload is done");
        assertTrue(reloader.status(false).reloading());
        release.countDown();
        assertTrue(first.get(60, java.util.concurrent.TimeUnit.SECONDS).ok());
        assertTrue(second.get(60, java.util.concurrent.TimeUnit.SECONDS).ok());
        for (int i = 0; i < 100 && reloader.reloading(); i++) Thread.sleep(50);
        assertFalse(reloader.status(false).reloading());
    }
}
