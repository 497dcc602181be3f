package org.catalogchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
            for (String s : new String[] {"serve", "ask", "eval", "help", "--port", "--catalog",
                    "CATALOG_CHAT_PORT, PORT", "--max-body-bytes", "CATALOG_CHAT_MAX_BODY_BYTES", "--no-watch"}) {
                assertTrue(r.out().contains(s), s + " in\n" + r.out());
            }
        }
    }

    @Test
    void aStartBuildsOnlyTheCommandItRunsAndHelpBuildsThemAll() {
        var nowhere = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(java.util.Set.of("help", "serve"),
                Main.commandLine(nowhere, nowhere, Map.of(), "serve").getSubcommands().keySet());
        assertEquals(java.util.Set.of("help", "serve", "ask", "index", "eval"),
                Main.commandLine(nowhere, nowhere, Map.of(), "help").getSubcommands().keySet());
        assertEquals(java.util.Set.of("help", "serve", "ask", "index", "eval"),
                Main.commandLine(nowhere, nowhere, Map.of(), "serv").getSubcommands().keySet(), "a typo gets suggestions");
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        Run ask = run(Map.of(), "ask", "--help");
        assertEquals(0, ask.code());
        assertTrue(ask.out().contains("--llm-base-url") && ask.out().contains("QUESTION"), ask.out());
        assertFalse(ask.out().contains("  --port"), "ask serves nothing");
        Run eval = run(Map.of(), "help", "eval");
        assertTrue(eval.out().contains("--min-accuracy") && eval.out().contains("CATALOG_CHAT_MIN_ACCURACY"), eval.out());
        Run serve = run(Map.of(), "serve", "-h");
        assertTrue(serve.out().contains("--rate-limit") && serve.out().contains("--slack-signing-secret"), serve.out());
    }

    @Test
    void badUsageIsAClearErrorNotAStackTrace() {
        assertError(run(Map.of(), "--bogus"), "--bogus");
        assertError(run(Map.of(), "frobnicate"), "unknown command 'frobnicate'");
        assertError(run(Map.of(), "ask"), "ask needs a question");
        assertError(run(Map.of(), "eval", "/no/such/set.jsonl"), "no such evaluation file");
        assertError(run(Map.of(), "bench"), "unknown command 'bench'");
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
