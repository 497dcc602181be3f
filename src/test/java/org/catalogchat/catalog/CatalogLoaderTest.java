package org.catalogchat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or careless catalog folder cannot do to the loader: links out, forged log lines, floods. */
class CatalogLoaderTest {
    private static final String ENTRY = """
            ### %s

            - 发布时间：2024-05-01
            - 发布机构：Some Lab
            - 地址： [数据集地址](https://example.org/%s)
            - 数据集说明：An ordinary dataset of images.

            """;

    @TempDir
    Path dir;

    private final CatalogLoader loader = new CatalogLoader(new CatalogParser(Glossary.bundled()));

    @Test
    void aLinkLeadingOutOfTheFolderIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".md");
        try {
            Files.writeString(outside, ENTRY.formatted("Secret-Set", "secret"), StandardCharsets.UTF_8);
            Path folder = Files.createDirectory(dir.resolve("catalog"));
            Files.writeString(folder.resolve("a.md"), ENTRY.formatted("Open-Set", "open"), StandardCharsets.UTF_8);
            Files.createSymbolicLink(folder.resolve("b.md"), outside);
            Catalog c = loader.load(folder);
            assertEquals(List.of("Open-Set"), c.datasets().stream().map(Dataset::name).toList());
            assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("link leading out of the catalog folder")),
                    c.problems().toString());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aFileNameCannotForgeLogLines() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("catalog"));
        String name = "x\n2026-11-25 INFO forged line \u001b[31mred.md";
        Files.writeString(folder.resolve(name), "### No-Date-Set\n\n- 发布机构：Lab\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ok.md"), ENTRY.formatted("Open-Set", "open"), StandardCharsets.UTF_8);
        Catalog c = loader.load(folder);
        assertFalse(c.problems().isEmpty());
        for (ParseProblem p : c.problems()) {
            String logged = p.toString();
            assertFalse(logged.contains("\n") || logged.contains("\u001b") || logged.contains("\r"), logged);
            assertTrue(logged.contains("\\n2026-11-25 INFO forged line \\u001b[31mred.md"), "shown escaped: " + logged);
        }
    }

    @Test
    void problemsAreCappedAtAHundred() throws Exception {
        var sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) sb.append("### Broken ").append(i).append("\n\n- 发布机构：Lab\n\n");
        Files.writeString(dir.resolve("many.md"), sb, StandardCharsets.UTF_8);
        Catalog c = loader.load(dir.resolve("many.md"));
        assertEquals(CatalogLoader.MAX_PROBLEMS + 1, c.problems().size());
        assertTrue(c.problems().get(CatalogLoader.MAX_PROBLEMS).message().contains("and 4900 more problems"),
                c.problems().get(CatalogLoader.MAX_PROBLEMS).message());
    }

    @Test
    void anEntryOverTheSizeLimitIsSkippedWithAProblem() throws Exception {
        String huge = ENTRY.formatted("Huge-Set", "huge").replace("An ordinary dataset of images.",
                "words ".repeat(CatalogLoader.MAX_ENTRY_CHARS / 5));
        Files.writeString(dir.resolve("c.md"), ENTRY.formatted("Small-Set", "small") + huge
                + ENTRY.formatted("Later-Set", "later"), StandardCharsets.UTF_8);
        Catalog c = loader.load(dir.resolve("c.md"));
        assertEquals(List.of("Small-Set", "Later-Set"), c.datasets().stream().map(Dataset::name).toList());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("over the limit") && p.line() == 8),
                c.problems().toString());
        assertEquals(15, c.datasets().get(1).line(), "later entries keep their line numbers");
    }
}
