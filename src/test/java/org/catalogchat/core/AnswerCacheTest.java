package org.catalogchat.core;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.nio.file.Path;
import org.catalogchat.answer.Conversations;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.testing.WordHashEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer cache; what is asked does not matter, only that the questions differ, so a small catalog will do. */
class AnswerCacheTest {
    private static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("LAION-5B").released("2022-03-31").publisher("LAION").description("LAION 5B 是一个大规模图文数据集。"),
            entry("MMEarth").released("2024-07-29").publisher("哥本哈根大学").description("MMEarth 是一个遥感多模态预训练数据集。"),
            entry("MMRS").released("2024-03-01").publisher("某大学").description("MMRS 是一个多模态遥感指令跟随数据集。"));

    @TempDir
    static Path dir;
    private static Engine engine;

    @BeforeAll
    static void load() {
        engine = CATALOG.engine(dir);
    }

    private static ChatService chat(int size) {
        return new ChatService(engine, new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()), size);
    }

    @Test
    void aRepeatedFirstQuestionIsServedFromTheCache() {
        ChatService chat = chat(16);
        var first = chat.ask("有哪些遥感数据集？", null).answer();
        var second = chat.ask("有哪些遥感数据集？", null).answer();
        assertSame(first, second);
        assertEquals(1, chat.answerCache().stats().hitCount());
        assertEquals(1, chat.answerCache().stats().missCount());
    }

    @Test
    void theCacheIsBounded() {
        ChatService chat = chat(2);
        chat.ask("Who released LAION-5B?", null);
        chat.ask("有哪些遥感数据集？", null);
        chat.ask("How many datasets are there?", null);
        assertEquals(2, chat.answerCache().estimatedSize());
    }

    @Test
    void followUpsWithHistoryAreNotCached() {
        ChatService chat = chat(16);
        String id = chat.ask("Tell me about LAION-5B", null).conversationId();
        chat.ask("Who released it?", id);
        assertEquals(1, chat.answerCache().estimatedSize(), "only the first turn is cacheable");
    }

    @Test
    void swappingTheEngineEmptiesTheCache() {
        ChatService chat = chat(16);
        var before = chat.ask("有哪些遥感数据集？", null).answer();
        assertEquals(1, chat.answerCache().estimatedSize());
        chat.swap(Engine.of(engine.catalog(), engine.glossary(), new WordHashEmbeddingModel()));
        assertEquals(0, chat.answerCache().estimatedSize());
        var after = chat.ask("有哪些遥感数据集？", null).answer();
        assertNotSame(before, after);
        assertEquals(before.markdown(), after.markdown());
        assertEquals(2, chat.answerCache().stats().missCount(), "asked again after the swap");
    }
}
