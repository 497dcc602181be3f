package org.catalogchat.retrieval;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.TestEngines;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryMeaningsTest {
    @TempDir
    Path dir;

    private EntryMeanings meanings(Catalog catalog) {
        return EntryMeanings.of(catalog, CatalogVocabularies.restrict(Glossary.bundled(), catalog), TestEngines.model()).orElseThrow();
    }

    @Test
    void aChineseDescriptionIsReadInEnglishAndFoundByAnEnglishQuestion() {
        Catalog c = FixtureCatalog.of(
                entry("Tailor").description("Tailor 是大规模服装图像数据集，标注了服装类别和属性。"),
                entry("Kicker").description("Kicker 包含500场完整足球比赛视频。"),
                entry("Ledger").description("Ledger 记录了信用卡交易，用于欺诈检测。")).catalog(dir);
        EntryMeanings m = meanings(c);
        assertTrue(m.gloss("服装图像").contains("image"), m.gloss("服装图像"));
        assertTrue(m.gloss("Kicker 足球").startsWith("Kicker"), "Latin words stay as written: " + m.gloss("Kicker 足球"));
        assertEquals("Tailor", m.best("clothing pictures", c.datasets()).orElseThrow().dataset().name());
        assertEquals("Kicker", m.best("soccer", c.datasets()).orElseThrow().dataset().name());
        assertEquals("Ledger", m.best("信用卡欺诈", c.datasets()).orElseThrow().dataset().name(), "a Chinese question is glossed too");
        double near = m.similarity("soccer games", c.datasets().get(1)).orElseThrow();
        double far = m.similarity("soccer games", c.datasets().get(2)).orElseThrow();
        assertTrue(near > far, near + " vs " + far);
    }

    @Test
    void onlyTheEntriesAskedAboutAreCompared() {
        Catalog c = FixtureCatalog.of(
                entry("Tailor").description("Tailor 是大规模服装图像数据集。"),
                entry("Kicker").description("Kicker 包含500场完整足球比赛视频。")).catalog(dir);
        EntryMeanings m = meanings(c);
        var kickerOnly = java.util.List.of(c.datasets().get(1));
        assertEquals("Kicker", m.best("clothing pictures", kickerOnly).orElseThrow().dataset().name());
        assertTrue(m.best("clothing pictures", java.util.List.of()).isEmpty());
    }

    @Test
    void aCatalogWithoutADictionaryOrWithAnotherModelHasNoMeanings() {
        Catalog small = FixtureCatalog.of(entry("Kicker").description("足球比赛视频。")).catalog(dir.resolve("small"));
        assertTrue(EntryMeanings.of(small, java.util.Optional.empty(), TestEngines.model()).isEmpty());
        // The answerer's threshold is MiniLM's: another model's similarities would mean something else.
        var vocabulary = CatalogVocabularies.restrict(Glossary.bundled(), small);
        assertTrue(EntryMeanings.of(small, vocabulary, new org.catalogchat.testing.WordHashEmbeddingModel()).isEmpty());
        assertTrue(EntryMeanings.of(small, vocabulary, TestEngines.model()).isPresent());
    }

    @Test
    void aTextAskedAboutAgainIsNotEmbeddedAgain() {
        Catalog c = FixtureCatalog.of(
                entry("Tailor").description("Tailor 是大规模服装图像数据集。"),
                entry("Kicker").description("Kicker 包含500场完整足球比赛视频。")).catalog(dir);
        var counting = new CountingEmbeddingModel(TestEngines.model(), MiniLm.NAME);
        EntryMeanings m = EntryMeanings.of(c, CatalogVocabularies.restrict(Glossary.bundled(), c), counting).orElseThrow();
        double first = m.similarity("soccer games", c.datasets().get(1)).orElseThrow();
        int afterFirst = counting.texts.get(); // the question and Kicker's meaning
        assertEquals(first, m.similarity("soccer games", c.datasets().get(1)).orElseThrow(), 1e-12);
        m.similarity("soccer games", c.datasets().get(0));
        // the answerer compares one topic with several entries in a row: only Tailor's meaning is new
        assertEquals(afterFirst + 1, counting.texts.get());
    }
}
