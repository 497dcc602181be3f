package org.catalogchat.ops;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.testing.WordHashEmbeddingModel;
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
            c -> Engine.of(c, Glossary.bundled(), new WordHashEmbeddingModel());
    /** Three entries; the first alone is a smaller catalog that is still clean. */
    private static final FixtureCatalog.Entry FIRST = entry("Infinity-MM").released("2024-10-25")
            .publisher("北京智源人工智能研究院").description("Infinity-MM 是一个千万级多模态指令数据集，数据规模达4300万条。");
    private static final FixtureCatalog CATALOG = FixtureCatalog.of(FIRST,
            entry("PCLMM").released("2024-09-08").publisher("大连理工大学").description("PCLMM 是一个中文视频数据集，包含715个视频。"),
            entry("ARIO (All Robots In One)").released("2024-08-20").publisher("鹏城实验室")
                    .description("ARIO 是一个具身智能机器人数据集，包含三百万个样本。"));

    /** The serving engine over the three entries, written to its own folder beside the one a test reloads. */
    private static Engine serving(Path dir) {
        return CATALOG.engine(dir.resolve("serving"));
    }

    @Test
    void aCleanReloadSwapsAndKeepsTheConfiguredAnswerer(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("catalog");
        CATALOG.writeTo(catalog);
        var ops = new Operations(OpsSettings.DEFAULT, e -> e.withAnswerer(q -> e.grounded().answer(q).withAnsweredBy("custom")));
        var chat = new ChatService(ops.prepare(serving(dir)), new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        var reloader = new CatalogReloader(catalog, LOAD, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());

        FixtureCatalog.of(FIRST).writeTo(catalog);
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
        Engine before = ops.prepare(serving(dir));
        var chat = new ChatService(before, new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        var missing = new CatalogReloader(dir.resolve("gone"), LOAD, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());
        var a = missing.reload("test");
        assertFalse(a.ok());
        assertTrue(a.message().contains("does not exist"), a.message());
        assertSame(before, chat.engine());

        Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(dir.resolve("catalog/b.md"), "### \n\n- 发布时间：2024-01-01\n"); // a heading with no name
        var broken = new CatalogReloader(dir.resolve("catalog"), LOAD, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());
        var b = broken.reload("test");
        assertFalse(b.ok());
        assertEquals(1, b.problems().size(), b.message());
        assertTrue(b.problems().get(0).file().endsWith("b.md"));
        assertEquals(1, b.problems().get(0).line());
        assertSame(before, chat.engine());
        Files.writeString(dir.resolve("catalog/b.md"), "# Only a title\n\nNo entries here.\n");
        var empty = broken.reload("test");
        assertFalse(empty.ok());
        assertTrue(empty.message().contains("no datasets"), empty.message());
        assertSame(before, chat.engine());
        var status = broken.status(false);
        assertEquals(3, status.datasets(), "still the three entries it served before");
        assertEquals(3, status.reloadsFailed());
    }

    @Test
    void anEntryKeptWithoutADateDoesNotBlockAReload(@TempDir Path dir) throws Exception {
        var ops = new Operations(OpsSettings.DEFAULT, e -> e);
        var chat = new ChatService(ops.prepare(serving(dir)), new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(dir.resolve("catalog/c.md"), "### Undated\n\n- 发布机构：某大学\n- 数据集说明：没有写发布时间的条目。\n\n"
                + "### Dated\n\n- 发布时间：2021\n- 发布机构：某公司\n- 数据集说明：只写了年份的条目。\n");
        var reloader = new CatalogReloader(dir.resolve("catalog"), LOAD, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());
        var a = reloader.reload("test");
        assertTrue(a.ok(), a.message());
        assertEquals(2, chat.engine().catalog().size());
        assertEquals(1, a.problems().size(), a.message());
        assertTrue(a.problems().get(0).entryKept() && a.message().contains("kept without a readable date"), a.message());
    }

    @Test
    void aRequestedReloadRunsInTheBackgroundAndTheStatusSaysReloading(@TempDir Path dir) throws Exception {
        Path catalog = CATALOG.writeTo(dir.resolve("catalog"));
        var ops = new Operations(OpsSettings.DEFAULT, e -> e);
        var chat = new ChatService(ops.prepare(serving(dir)), new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        var release = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Function<Path, Catalog> slow = p -> {
            try {
                release.await(); // a catalog that takes as long as the test says
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LOAD.apply(p);
        };
        var reloader = new CatalogReloader(catalog, slow, INDEX, ops::prepare, chat, ops.metrics(), Clock.systemUTC());
        var first = reloader.requestReload("admin");
        var second = reloader.requestReload("admin");
        assertFalse(first.isDone(), "the request returns before the reload is done");
        assertTrue(reloader.status(false).reloading());
        release.countDown();
        assertTrue(first.get(60, java.util.concurrent.TimeUnit.SECONDS).ok());
        assertTrue(second.get(60, java.util.concurrent.TimeUnit.SECONDS).ok());
        assertFalse(reloader.status(false).reloading(), "settled once the last requested reload is done");
    }
}
