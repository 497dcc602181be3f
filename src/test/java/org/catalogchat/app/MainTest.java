package org.catalogchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user types it: {@code Main.run} with its own arguments, streams and environment. */
class MainTest {
    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
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
        Run r = run(Map.of(), "ask", "Is", "there", "a", "protein-folding", "dataset?");
        assertTrue(r.out().contains("Not in the catalog"), r.out());
        assertTrue(r.out().contains("Did you mean"), r.out());
    }

    @Test
    void helpListsEveryCommandAndServesOptionsWithTheirVariables() {
        for (String[] args : new String[][] {{"--help"}, {"help"}}) {
            Run r = run(Map.of(), args);
            assertEquals(0, r.code());
            for (String s : new String[] {"serve", "ask", "eval", "bench", "generate", "help", "--port", "--catalog",
                    "CATALOG_CHAT_PORT, PORT", "--max-body-bytes", "CATALOG_CHAT_MAX_BODY_BYTES", "--no-watch"}) {
                assertTrue(r.out().contains(s), s + " in\n" + r.out());
            }
        }
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        Run ask = run(Map.of(), "ask", "--help");
        assertEquals(0, ask.code());
        assertTrue(ask.out().contains("--llm-base-url") && ask.out().contains("QUESTION"), ask.out());
        assertFalse(ask.out().contains("  --port"), "ask serves nothing");
        Run eval = run(Map.of(), "help", "eval");
        assertTrue(eval.out().contains("--min-accuracy") && eval.out().contains("CATALOG_CHAT_MIN_ACCURACY"), eval.out());
        Run generate = run(Map.of(), "generate", "-h");
        assertTrue(generate.out().contains("--entries") && generate.out().contains("--out"), generate.out());
    }

    @Test
    void badUsageIsAClearErrorNotAStackTrace() {
        assertError(run(Map.of(), "--bogus"), "--bogus");
        assertError(run(Map.of(), "frobnicate"), "unknown command 'frobnicate'");
        assertError(run(Map.of(), "ask"), "ask needs a question");
        assertError(run(Map.of(), "eval"), "eval needs a file");
        assertError(run(Map.of(), "generate", "--out", "/tmp/x"), "generate needs --entries");
        assertError(run(Map.of(), "ask", "--port", "1", "hi"), "--port");
        assertError(run(Map.of(), "ask", "--catalog", "/no/such/place", "hi"), "does not exist");
    }

    @Test
    void valuesOutOfRangeNameTheFlagAndItsRange() {
        assertError(run(Map.of(), "--port", "70000"), "--port must be a whole number from 0 to 65535, not '70000'");
        assertError(run(Map.of(), "serve", "--max-body-bytes", "10"), "--max-body-bytes must be a whole number from 256");
        assertError(run(Map.of(), "serve", "--max-threads", "2"), "--max-threads must be a whole number from 16");
        assertError(run(Map.of(), "serve", "--rate-limit", "-1"), "--rate-limit");
        assertError(run(Map.of(), "serve", "--conversation-turns", "0"), "--conversation-turns");
        assertError(run(Map.of(), "serve", "--slack-response-type", "loud"), "--slack-response-type must be");
        assertError(run(Map.of(), "serve", "--cors-origins", "evil"), "CORS origin must look like");
        assertError(run(Map.of(), "eval", "pom.xml", "--min-accuracy", "101"), "--min-accuracy must be");
        assertError(run(Map.of(), "generate", "--entries", "0", "--out", "/tmp/x"), "--entries must be");
        assertError(run(Map.of(), "serve", "--port", "seventy"), "--port");
    }

    @Test
    void environmentVariablesTakeThePrefixAndPortStaysPort() {
        assertError(run(Map.of("PORT", "seventy"), "serve"), "--port");
        assertError(run(Map.of("CATALOG_CHAT_PORT", "70000")), "--port must be");
        Run prefixed = run(Map.of("CATALOG_CHAT_MAX_BODY_BYTES", "10"), "serve");
        assertError(prefixed, "--max-body-bytes must be");
        assertFalse(prefixed.err().contains("warning"), prefixed.err());
    }

    @Test
    void oldUnprefixedVariablesStillWorkWithAWarning() {
        Run r = run(Map.of("RATE_LIMIT", "-5"), "serve");
        assertError(r, "--rate-limit must be");
        assertTrue(r.err().contains("warning: environment variable RATE_LIMIT")
                && r.err().contains("rename it CATALOG_CHAT_RATE_LIMIT"), r.err());
    }

    @Test
    void aFlagWinsOverTheEnvironment(@TempDir Path dir) throws Exception {
        Run fromEnv = run(Map.of("CATALOG_CHAT_ENTRIES", "4", "CATALOG_CHAT_OUT", dir.resolve("a").toString()),
                "generate");
        assertEquals(0, fromEnv.code(), fromEnv.err());
        assertTrue(fromEnv.out().startsWith("wrote 4 entries"), fromEnv.out());
        Run flag = run(Map.of("CATALOG_CHAT_ENTRIES", "4"), "generate", "--entries", "3", "--out",
                dir.resolve("b").toString());
        assertTrue(flag.out().startsWith("wrote 3 entries"), flag.out());
        assertTrue(Files.isDirectory(dir.resolve("b")));
    }

    @Test
    void switchesReadOneYesOrTrueFromTheEnvironment() {
        // --no-watch takes no value; its variable is a yes/no, and any other text is "no", never an error.
        for (String v : new String[] {"1", "yes", "true", "nonsense"}) {
            assertError(run(Map.of("CATALOG_CHAT_NO_WATCH", v), "serve", "--port", "-1"), "--port must be");
        }
    }

    private static void assertError(Run r, String message) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), "'" + message + "' in " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
