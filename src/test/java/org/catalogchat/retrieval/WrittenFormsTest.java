package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.Test;

/** A form's occurrences over the whole catalog: kept once read, by ordinal in ascending order whatever the doc order. */
class WrittenFormsTest {
    private static final Glossary GLOSSARY = Glossary.bundled();
    private static final List<String> FORMS = List.of("视频", "图像", "数据集", "video", "dataset", "remote sensing", "中文", "3D");

    @Test
    void occurrencesAreKeptAndFollowTheOrdinalsNotTheDocuments() throws Exception {
        Catalog catalog = new CatalogLoader(new CatalogParser(GLOSSARY)).load(Path.of("seeds"));
        List<String> ids = catalog.datasets().stream().map(Dataset::id).toList();
        var reversed = new ArrayList<>(ids);
        Collections.reverse(reversed); // ordinal n−1−i for the i-th entry document
        try (var lexical = new LexicalIndex(catalog, GLOSSARY)) {
            WrittenForms inOrder = lexical.writtenForms(ids).orElseThrow();
            WrittenForms backwards = lexical.writtenForms(reversed).orElseThrow();
            int rows = 0;
            for (String f : FORMS) {
                WrittenForms.Occurrences a = inOrder.occurrences(f);
                assertSame(a, inOrder.occurrences(f), "kept, not read again: " + f);
                WrittenForms.Occurrences b = backwards.occurrences(f);
                assertEquals(a.entries(), b.entries(), f);
                for (int i = 1; i < b.entries(); i++) assertTrue(b.entry(i - 1) < b.entry(i), "ascending ordinals: " + f);
                BitSet writing = inOrder.writing(f);
                for (int i = 0; i < a.entries(); i++) {
                    int o = a.entry(i);
                    assertTrue(writing.get(o), f + " located where the index does not find it written");
                    int j = b.indexOf(ids.size() - 1 - o);
                    assertTrue(j >= 0, f);
                    assertEquals(a.to(i) - a.from(i), b.to(j) - b.from(j), f);
                    for (int k = 0; k < a.to(i) - a.from(i); k++) assertEquals(a.packed(a.from(i) + k), b.packed(b.from(j) + k), f);
                    rows++;
                }
                for (int o = 0; o < ids.size(); o++) assertEquals(a.unlocated(o), b.unlocated(ids.size() - 1 - o), f);
            }
            assertTrue(rows > 30, "only " + rows + " entries write the forms: the comparison proves little");
        }
    }
}
