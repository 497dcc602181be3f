package org.catalogchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/operations.md's option table is the command line's, so a new or renamed flag cannot go undocumented. */
class OptionsDocTest {
    private static final Path DOC = Path.of("docs/operations.md");
    private static final String BEGIN = "<!-- options:begin -->\n";
    private static final String END = "<!-- options:end -->";

    @Test
    void operationsDocListsEveryOptionWithItsVariable() throws Exception {
        var nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        String table = OptionList.markdown(Main.commandLine(nowhere, nowhere, Map.of()));
        assertTrue(table.contains("| `--api-key KEY` | `CATALOG_CHAT_API_KEY` | serve |"), table);
        assertTrue(table.contains("`CATALOG_CHAT_PORT`, `PORT`"), table);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(BEGIN) + BEGIN.length();
        int to = doc.indexOf(END);
        assertTrue(from >= BEGIN.length() && to >= from, "markers in " + DOC);
        if (Boolean.getBoolean("docs.write")) {
            Files.writeString(DOC, doc.substring(0, from) + table + doc.substring(to), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(table, doc.substring(from, to), DOC + " is stale: rerun this test with -Ddocs.write=true");
    }
}
