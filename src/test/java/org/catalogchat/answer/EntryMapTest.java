package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.Test;

/** EntryMap answers, and iterates, as the LinkedHashMap it replaces. */
class EntryMapTest {
    @Test
    void behavesAsALinkedHashMapOverCatalogEntries() {
        var all = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(Path.of("seeds")).datasets();
        var shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        Map<Dataset, Double> expected = new LinkedHashMap<>();
        var actual = new EntryMap<Double>(4);
        for (int i = 0; i < shuffled.size(); i += 2) {
            expected.put(shuffled.get(i), (double) i);
            actual.put(shuffled.get(i), (double) i);
        }
        expected.put(shuffled.get(4), -1.0); // a replaced value keeps its place
        actual.put(shuffled.get(4), -1.0);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
        assertEquals(expected, actual);
        assertEquals(expected.size(), actual.size());
        for (Dataset d : all) {
            assertEquals(expected.get(d), actual.get(d));
            assertEquals(expected.containsKey(d), actual.containsKey(d));
            assertEquals(expected.getOrDefault(d, 0.0), actual.getOrDefault(d, 0.0));
            // An equal record that is another object (a catalog parsed again) is the same key.
            Dataset copy = new Dataset(d.id(), d.name(), d.aliases(), d.released(), d.publishers(), d.url(),
                    d.description(), d.facets(), d.file(), d.line(), d.morePublishers());
            assertEquals(expected.get(d), actual.get(copy));
            // Another record under the same id is not.
            Dataset other = new Dataset(d.id(), d.name() + " 2", d.aliases(), d.released(), d.publishers(), d.url(),
                    d.description(), d.facets(), d.file(), d.line(), d.morePublishers());
            assertNull(actual.get(other));
            assertFalse(actual.containsKey(other));
        }
        assertTrue(actual.size() > 10);
        assertFalse(actual.containsKey("not a dataset"));
    }

    /** EntryScores answers, and iterates, as an EntryMap filled in catalog order (what it replaces). */
    @Test
    void entryScoresBehaveAsAnEntryMapFilledInCatalogOrder() {
        var catalog = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(Path.of("seeds"));
        var all = catalog.datasets();
        var texts = new EntryTexts(catalog);
        var bits = new java.util.BitSet();
        double[] values = new double[all.size()];
        var expected = new EntryMap<Double>(4);
        var constant = new EntryMap<Double>(4);
        for (int i = 0; i < all.size(); i += 3) {
            bits.set(i);
            values[i] = i / 7.0;
            expected.put(all.get(i), i / 7.0);
            constant.put(all.get(i), 1.0);
        }
        var set = texts.entries((java.util.BitSet) bits.clone());
        Map<Dataset, Double> actual = EntryScores.of(texts, bits, values);
        Map<Dataset, Double> equally = EntryScores.constant(texts, set, 1.0);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
        assertEquals(List.copyOf(constant.entrySet()), List.copyOf(equally.entrySet()));
        assertEquals(expected, actual);
        assertEquals(constant, equally);
        assertEquals(expected.size(), actual.size());
        for (Dataset d : all) {
            assertEquals(expected.get(d), actual.get(d));
            assertEquals(expected.containsKey(d), actual.containsKey(d));
            assertEquals(expected.getOrDefault(d, 0.0), actual.getOrDefault(d, 0.0));
            assertEquals(constant.get(d), equally.get(d));
            Dataset copy = new Dataset(d.id(), d.name(), d.aliases(), d.released(), d.publishers(), d.url(),
                    d.description(), d.facets(), d.file(), d.line(), d.morePublishers());
            assertEquals(expected.get(d), actual.get(copy));
            Dataset other = new Dataset(d.id(), d.name() + " 2", d.aliases(), d.released(), d.publishers(), d.url(),
                    d.description(), d.facets(), d.file(), d.line(), d.morePublishers());
            assertNull(actual.get(other));
            assertFalse(equally.containsKey(other));
        }
        assertTrue(actual.size() > 5);
        assertNull(actual.get("not a dataset"));
    }
}
