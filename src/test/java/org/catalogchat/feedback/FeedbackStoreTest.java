package org.catalogchat.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackStoreTest {
    @TempDir
    Path dir;

    private static Feedback feedback(String rating, String comment) {
        return new Feedback(Instant.parse("2026-11-25T10:00:00Z"), rating, comment, "Who released TaiSu?",
                "**TaiSu** was released by …", List.of("taisu"), "0123456789ab", "c-1");
    }

    @Test
    void feedbackIsKeptInTheFileAcrossAReopen() throws Exception {
        Path db = dir.resolve("nested").resolve("feedback.db");
        try (FeedbackStore store = FeedbackStore.open(db)) {
            assertTrue(store.submit(feedback("up", "")));
            assertTrue(store.submit(feedback("down", "wrong year, \"quoted\"\nand a new line")));
        }
        assertTrue(Files.size(db) > 0);
        try (FeedbackStore again = FeedbackStore.open(db)) {
            List<Feedback> all = again.all();
            assertEquals(2, all.size());
            assertEquals(feedback("down", "wrong year, \"quoted\"\nand a new line"), all.get(1));

            var out = new StringWriter();
            again.exportJsonLines(out);
            List<String> lines = out.toString().lines().toList();
            assertEquals(2, lines.size(), "one JSON object per line, line breaks escaped");
            var row = new ObjectMapper().readTree(lines.get(1));
            assertEquals("down", row.get("rating").asText());
            assertEquals("taisu", row.get("sources").get(0).asText());
            assertEquals("0123456789ab", row.get("catalogVersion").asText());
            assertEquals("2026-11-25T10:00:00Z", row.get("at").asText());
            assertEquals(2, row.get("id").asInt());
        }
    }

    @Test
    void aClosedStoreRefusesRatherThanLosingSilently() {
        FeedbackStore store = FeedbackStore.open(dir.resolve("f.db"));
        store.close();
        assertFalse(store.submit(feedback("up", "")));
    }

    @Test
    void onlyUpOrDown() {
        assertThrows(IllegalArgumentException.class, () -> feedback("meh", ""));
    }

    @Test
    void theDefaultFileSitsBesideTheCatalog() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("catalog"));
        assertEquals(folder.resolve(FeedbackStore.FOLDER_FILE).toAbsolutePath(), FeedbackStore.besideCatalog(folder));
        Path file = Files.writeString(dir.resolve("datasets.md"), "");
        assertEquals(dir.resolve("datasets.md.feedback.db").toAbsolutePath(), FeedbackStore.besideCatalog(file));
    }

    @Test
    void theCatalogVersionFollowsItsContent() {
        var a = new Catalog(List.of(dataset("A dataset")), List.of());
        var same = new Catalog(List.of(dataset("A dataset")), List.of());
        var other = new Catalog(List.of(dataset("Another dataset")), List.of());
        var versions = new CatalogVersion();
        assertEquals(12, versions.of(a).length());
        assertEquals(versions.of(a), versions.of(same));
        assertNotEquals(versions.of(a), versions.of(other));
    }

    private static Dataset dataset(String description) {
        return new Dataset("x", "X", List.of(), java.time.LocalDate.of(2024, 1, 1), List.of("P"), "https://example.org/x",
                description, null, "x.md", 1);
    }
}
