package org.catalogchat.eval;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question expecting an id no entry has can never be answered right, so its set is refused before it runs. */
class ExpectedIdsTest {
    @TempDir
    Path dir;

    private Catalog catalog() {
        return FixtureCatalog.of(entry("NTU RGB+D"), entry("Tokyo 24/7"), entry("FewRel 2.0")).catalog(dir);
    }

    private static EvalCase expecting(String... ids) {
        return new EvalCase("which one?", "en", "list", List.of(ids), "contains", List.of());
    }

    @Test
    void idsWrittenByTheParsersRulePass() {
        assertDoesNotThrow(() -> ExpectedIds.requireKnown(
                List.of(expecting("ntu-rgb-d", "tokyo-24-7"), expecting("fewrel-2-0")), catalog(), Path.of("set.jsonl")));
    }

    @Test
    void anIdWithPunctuationDroppedIsRefusedWithTheIdItMeant() {
        var e = assertThrows(IllegalArgumentException.class, () -> ExpectedIds.requireKnown(
                List.of(expecting("ntu-rgb-d"), expecting("ntu-rgbd", "fewrel-2.0")), catalog(), Path.of("set.jsonl")));
        assertTrue(e.getMessage().contains("set.jsonl"), e.getMessage());
        assertTrue(e.getMessage().contains("'ntu-rgbd' (did you mean 'ntu-rgb-d'?)"), e.getMessage());
        assertTrue(e.getMessage().contains("'fewrel-2.0' (did you mean 'fewrel-2-0'?)"), e.getMessage());
    }

    @Test
    void anIdOfNoEntryAtAllIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> ExpectedIds.requireKnown(
                List.of(expecting("imagenet")), catalog(), Path.of("set.jsonl")));
        assertTrue(e.getMessage().contains("'imagenet'") && !e.getMessage().contains("did you mean"), e.getMessage());
    }
}
