package org.catalogchat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void generatedEntriesLoadWithTheRealParserWithoutProblems() throws Exception {
        int n = CatalogGenerator.ENTRIES_PER_FILE + 250; // spans two files
        var files = new CatalogGenerator(7).write(dir, n);
        assertEquals(2, files.size());
        Catalog c = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(dir);
        assertEquals(n, c.size());
        assertEquals(0, c.problems().size(), () -> c.problems().subList(0, Math.min(5, c.problems().size())).toString());
        var names = new HashSet<String>();
        for (Dataset d : c.datasets()) {
            assertTrue(names.add(d.name()), "duplicate name " + d.name());
            assertFalse(d.publishers().isEmpty(), d.name());
            assertTrue(d.url().startsWith("https://www.selectdataset.com/dataset/"), d.url());
            assertFalse(d.facets().topics().isEmpty(), "glossary topics found in " + d.name());
            assertTrue(d.facets().largestCount() > 0, "size figure parsed in " + d.name());
        }
        Dataset bilingual = c.datasets().get(0);
        assertTrue(bilingual.aliases().stream().anyMatch(a -> a.matches("[A-Za-z]+-\\d+[KM]")), bilingual.aliases().toString());
    }

    @Test
    void theSameSeedWritesTheSameCatalog() throws Exception {
        new CatalogGenerator(3).write(dir.resolve("a"), 50);
        new CatalogGenerator(3).write(dir.resolve("b"), 50);
        assertEquals(Files.readString(dir.resolve("a/catalog-0001.md")), Files.readString(dir.resolve("b/catalog-0001.md")));
    }
}
