package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.ReleaseDate;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.ParseProblem;
import org.catalogchat.catalog.SizeFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The binary entries file gives back the very records and problems that were written. */
class StoredEntriesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/eval/opendata/catalog", "src/test/resources/eval/science/catalog"})
    void realCatalogsComeBackEqual(String folder) throws IOException {
        Catalog catalog = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(Path.of(folder));
        assertComesBackEqual(catalog);
    }

    private void assertComesBackEqual(Catalog catalog) throws IOException {
        Path f = tmp.resolve("catalog.bin");
        StoredEntries.write(f, catalog);
        Catalog back = StoredEntries.read(f);
        assertEquals(catalog.datasets(), back.datasets());
        assertEquals(catalog.problems(), back.problems());
    }

    @Test
    void awkwardValuesAndProblemsComeBackEqual() throws IOException {
        var datasets = new ArrayList<Dataset>();
        datasets.add(new Dataset("a", "名字 😀", List.of("别名", ""), LocalDate.of(1, 1, 1), List.of(), "javascript:x", "",
                new Dataset.Facets(Set.of("video", "text"), List.of(new SizeFigure("1.5万", 15_000, "张"))), null, 0));
        datasets.add(new Dataset("b", "B", List.of(), LocalDate.of(2026, 11, 25), List.of("Google", "谷歌"),
                "https://example.org/b", "x".repeat(70_000) + "\n第二句。", null, "cat.md", 42));
        var catalog = new Catalog(datasets, List.of(new ParseProblem("bad.md", 7, "no name")));
        assertComesBackEqual(catalog);
    }

    /** A publisher list ending in 等 says there are more publishers than it names; a reopened index must keep that. */
    @Test
    void aListEndingIn等ComesBackOpen() throws IOException {
        var open = new Dataset("c", "C", List.of(), ReleaseDate.of(LocalDate.of(2024, 1, 1)), List.of("北京大学", "香港大学"),
                "", "", null, "cat.md", 3, true);
        var closed = new Dataset("d", "D", List.of(), LocalDate.of(2024, 1, 1), List.of("北京大学"), "", "", null, "cat.md", 9);
        assertComesBackEqual(new Catalog(List.of(open, closed), List.of()));
        Path f = tmp.resolve("open.bin");
        StoredEntries.write(f, new Catalog(List.of(open, closed), List.of()));
        Catalog back = StoredEntries.read(f);
        assertEquals(List.of(true, false), back.datasets().stream().map(Dataset::morePublishers).toList());
        assertEquals(List.of("北京大学", "香港大学"), back.datasets().get(0).publishers());
    }

    @Test
    void aFileCutShortIsRefusedNotMisread() throws IOException {
        Catalog catalog = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(Path.of("seeds"));
        Path f = tmp.resolve("catalog.bin");
        StoredEntries.write(f, catalog);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length - 3));
        assertThrows(RuntimeException.class, () -> StoredEntries.read(f));
        Files.write(f, Arrays.copyOf(all, all.length + 1));
        assertThrows(IOException.class, () -> StoredEntries.read(f));
    }
}
