package org.catalogchat.retrieval;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import org.catalogchat.core.Engine;
import java.nio.file.Path;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.testing.WordHashEmbeddingModel;
import org.catalogchat.answer.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEmbeddingModelTest {
    @Test
    void aRepeatedTextIsEmbeddedOnceAndBatchesPassThrough() {
        var counting = new CountingEmbeddingModel(null);
        var cached = new CachingEmbeddingModel(counting, 10);
        var a = cached.embed("remote sensing").content();
        var b = cached.embed(TextSegment.from("remote sensing")).content();
        assertSame(a, b);
        assertEquals(1, counting.texts.get());
        cached.embedAll(List.of(TextSegment.from("x"), TextSegment.from("y")));
        assertEquals(3, counting.texts.get());
        assertEquals(1, cached.cache().estimatedSize(), "catalog batches do not fill the question cache");
    }

    @Test
    void theCacheIsBounded() {
        var counting = new CountingEmbeddingModel(null);
        var cached = new CachingEmbeddingModel(counting, 3);
        for (String s : List.of("a", "b", "c", "d", "e")) cached.embed(s);
        assertEquals(3, cached.cache().estimatedSize());
        assertEquals(2, cached.cache().stats().evictionCount());
        cached.embed("e");
        assertEquals(5, counting.texts.get(), "the newest is still cached");
    }

    @Test
    void answeringAQuestionEmbedsItOnceEvenWithSuggestions(@TempDir Path dir) {
        var counting = new CountingEmbeddingModel(new WordHashEmbeddingModel());
        var catalog = FixtureCatalog.of(
                entry("MMEarth").released("2024-07-29").publisher("哥本哈根大学").description("MMEarth 是一个遥感多模态预训练数据集。"),
                entry("MMRS").released("2024-03-01").publisher("某大学").description("MMRS 是一个多模态遥感指令跟随数据集。"),
                entry("LAION-5B").released("2022-03-31").publisher("LAION").description("LAION 5B 是一个大规模图文数据集。"))
                .catalog(dir);
        Engine engine = Engine.of(catalog, Glossary.bundled(), counting);
        counting.texts.set(0);
        counting.calls.set(0);
        // A not-found question: the answerer searches for the answer and again for its suggestions.
        engine.answerer().answer(Question.of("datasets about underwater volcano acoustics in 1850"));
        engine.answerer().answer(Question.of("有哪些遥感数据集？"));
        assertTrue(counting.calls.get() <= 2, "embed calls for two questions: " + counting.calls.get());
        int before = counting.calls.get();
        engine.answerer().answer(Question.of("有哪些遥感数据集？"));
        assertEquals(before, counting.calls.get(), "a repeated question is not embedded again");
    }
}
