package org.catalogchat.eval;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.testing.WordHashEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind test set run on its own ({@code eval --catalog C test.jsonl}, or a {@code *-blind.jsonl} set) prints its
 * totals only, as it does among all pairs: a developer iterating on one set must not see the test questions the bot
 * fails. Any other set shows them.
 */
class BlindTestOutputTest {
    /** A question the bot fails on purpose: it expects a figure the entry does not write (ExpectedIds refuses unknown ids). */
    private static final String FAILING = "{\"question\": \"Who released the zebra finch song corpus?\", \"language\": \"en\", "
            + "\"intent\": \"fact\", \"expect\": [\"birdcalls\"], \"facts\": [\"4242\"]}\n";

    @TempDir
    Path dir;

    @Test
    void aTestSetRunAloneHidesItsFailures() throws IOException {
        String out = evalOne("test.jsonl");
        assertTrue(out.contains("not shown: blind test set"), out);
        assertFalse(out.contains("zebra finch"), out);
    }

    @Test
    void aBlindSeedSetHidesItsFailures() throws IOException {
        String out = evalOne("fresh9-blind.jsonl");
        assertTrue(out.contains("not shown: blind test set"), out);
        assertFalse(out.contains("zebra finch"), out);
    }

    @Test
    void anyOtherSetRunAloneShowsItsFailures() throws IOException {
        String out = evalOne("dev.jsonl");
        assertTrue(out.contains("zebra finch"), out);
    }

    private String evalOne(String fileName) throws IOException {
        Path catalog = FixtureCatalog.of(entry("BirdCalls").description("BirdCalls 收录1000段鸟鸣录音。"))
                .writeTo(dir.resolve("catalog"));
        Path questions = Files.writeString(dir.resolve(fileName), FAILING);
        var out = new ByteArrayOutputStream();
        int code = EvalCommand.run(questions, 0.0, catalog, new WordHashEmbeddingModel(), UnaryOperator.identity(),
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }
}
