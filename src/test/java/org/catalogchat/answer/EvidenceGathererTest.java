package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.retrieval.LexicalIndex;
import org.junit.jupiter.api.Test;

/** A subject's selection is kept: asked again, the same map, equal (and in the same order) to a fresh one. */
class EvidenceGathererTest {
    private static final Glossary GLOSSARY = Glossary.bundled();

    @Test
    void aSubjectsSelectionIsKeptAndEqualsAFreshOne() throws Exception {
        Catalog catalog = new CatalogLoader(new CatalogParser(GLOSSARY)).load(Path.of("src/test/resources/eval/opendata/catalog"));
        try (var lexical = new LexicalIndex(catalog, GLOSSARY)) {
            var ids = catalog.datasets().stream().map(Dataset::id).toList();
            var gatherer = new EvidenceGatherer(catalog, GLOSSARY, new EntryTexts(catalog, lexical.writtenForms(ids)));
            int kept = 0;
            for (Glossary.Topic t : GLOSSARY.topics()) {
                for (Subject s : List.of(new Subject(t.key(), t.terms(), t.excluded()), new Subject(t.english(), List.of(t.english()), List.of()))) {
                    var first = gatherer.scored(s);
                    var again = gatherer.scored(s);
                    var fresh = new EvidenceGatherer(catalog, GLOSSARY, new EntryTexts(catalog, lexical.writtenForms(ids))).scored(s);
                    assertEquals(List.copyOf(fresh.entrySet()), List.copyOf(again.entrySet()), s.forms().toString());
                    if (!first.isEmpty()) {
                        assertSame(first, again, "kept: " + s.forms());
                        kept++;
                    }
                }
            }
            assertTrue(kept > 10, "only " + kept + " subjects selected anything");
        }
    }
}
