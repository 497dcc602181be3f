package org.catalogchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void askPrintsTheAnswerAndItsSources() {
        Run r = run(Map.of(), "ask", "Who released MedTrinity-25M?");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Stanford University"), r.out());
        assertTrue(r.out().contains("https://www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08"), r.out());
    }

    @Test
    void askNotFoundShowsSuggestionsApart() {
        Run r = run(Map.of(), "ask", "Is there a protein-folding dataset?");
        assertTrue(r.out().contains("Not in the catalog"), r.out());
        assertTrue(r.out().contains("Did you mean"), r.out());
    }

    @Test
    void helpListsEveryCommandAndOption() {
        Run r = run(Map.of(), "--help");
        assertEquals(0, r.code());
        for (String s : new String[]{"serve", "ask", "eval", "--port", "--catalog", "PORT", "--max-body-bytes"}) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void badUsageIsAClearErrorNotAStackTrace() {
        assertEquals(2, run(Map.of(), "--bogus").code());
        assertEquals(2, run(Map.of(), "frobnicate").code());
        assertEquals(2, run(Map.of(), "ask").code());
        Run badPort = run(Map.of("PORT", "seventy"), "serve");
        assertEquals(2, badPort.code());
        assertTrue(badPort.err().contains("--port"), badPort.err());
        Run badCatalog = run(Map.of(), "ask", "--catalog", "/no/such/place", "hi");
        assertEquals(2, badCatalog.code());
        assertTrue(badCatalog.err().contains("does not exist"), badCatalog.err());
    }
}
