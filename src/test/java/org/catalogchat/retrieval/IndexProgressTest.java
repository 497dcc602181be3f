package org.catalogchat.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndexProgressTest {
    @Test
    void theBarShowsHowFarTheBuildIsAndEndsOnItsOwnLine() {
        var bytes = new ByteArrayOutputStream();
        var terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        var p = IndexProgress.forConsole(true, terminal);
        p.start(400);
        p.advance(100);
        String bar = p.bar(System.nanoTime());
        assertTrue(bar.startsWith("embedding [#######        "), bar);
        assertTrue(bar.contains("100/400 chunks"), bar);
        assertTrue(bar.matches(".*ETA -?\\d+ s"), bar);
        p.advance(300);
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.endsWith("400/400 chunks  " + out.substring(out.lastIndexOf("chunks  ") + 8)), out);
        assertTrue(out.contains("[" + "#".repeat(30) + "]"), out);
        assertEquals('\n', out.charAt(out.length() - 1));
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        var bytes = new ByteArrayOutputStream();
        var p = IndexProgress.forConsole(false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.start(10);
        p.advance(10);
        p.finish();
        assertEquals(0, bytes.size(), "log lines only, never a bar in a log file");
    }
}
