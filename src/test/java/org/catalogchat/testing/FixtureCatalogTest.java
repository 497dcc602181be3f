package org.catalogchat.testing;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.ReleaseDate;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture writes what the real parser reads, field for field; the fake model is deterministic. */
class FixtureCatalogTest {
    @TempDir
    Path dir;

    @Test
    void everyBuilderFieldSurvivesTheRealParser() {
        FixtureCatalog.of(
                entry("SpeechA").released("2020-01-01").publisher("微软亚洲研究院", "Some University")
                        .url("https://example.org/speecha").description("SpeechA 是一个中文语音识别数据集。").more("第二段。"),
                entry("TableD").aliases("表格D", "Table D")).writeTo(dir);
        Catalog c = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(dir);
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        assertEquals(2, c.size());
        Dataset speech = c.datasets().stream().filter(d -> d.name().equals("SpeechA")).findFirst().orElseThrow();
        assertEquals(ReleaseDate.of(LocalDate.of(2020, 1, 1)), speech.released());
        assertEquals(List.of("微软亚洲研究院", "Some University"), speech.publishers());
        assertEquals("https://example.org/speecha", speech.url());
        assertTrue(speech.description().contains("中文语音识别") && speech.description().contains("第二段"), speech.description());
        Dataset table = c.byId("tabled").orElseThrow();
        assertEquals(List.of("Fixture Lab"), table.publishers());
        assertTrue(table.aliases().containsAll(List.of("表格D", "Table D")), table.aliases().toString());
    }

    @Test
    void theWordHashModelIsDeterministicAndClosestForSharedWords() {
        var m = new WordHashEmbeddingModel();
        var a = m.embed(TextSegment.from("remote sensing images 遥感")).content();
        assertEquals(a, m.embed("remote sensing images 遥感").content());
        assertEquals(WordHashEmbeddingModel.DIMENSION, a.vector().length);
        double near = cosine(a.vector(), m.embed("satellite remote sensing").content().vector());
        double far = cosine(a.vector(), m.embed("speech audio hours").content().vector());
        assertTrue(near > far, near + " vs " + far);
        assertNotEquals(0, m.embed("？！").content().vector()[0], "a text without words still has a unit vector");
    }

    private static double cosine(float[] x, float[] y) {
        double dot = 0;
        for (int i = 0; i < x.length; i++) dot += x[i] * y[i];
        return dot;
    }
}
