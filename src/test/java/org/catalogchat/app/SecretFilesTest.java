package org.catalogchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Secrets may come from files, so they stay out of {@code ps}; through the real command line. */
class SecretFilesTest {
    @TempDir
    Path dir;

    @Test
    void aSecretFileIsReadWithoutItsLineBreak() throws Exception {
        Path f = Files.writeString(dir.resolve("key"), "s3cret\n", StandardCharsets.UTF_8);
        var spec = CommandLine.Model.CommandSpec.create();
        new CommandLine(spec);
        assertEquals("s3cret", SecretFiles.secret(spec, "--api-key", null, f));
        assertEquals("inline", SecretFiles.secret(spec, "--api-key", "inline", null));
    }

    @Test
    void secretFileMistakesAreUsageErrors() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "\n", StandardCharsets.UTF_8);
        Path key = Files.writeString(dir.resolve("key"), "k", StandardCharsets.UTF_8);
        for (String[] c : new String[][]{
                {"--api-key-file", dir.resolve("missing").toString(), "cannot read --api-key-file"},
                {"--admin-token-file", empty.toString(), "--admin-token-file " + empty + " is empty"},
                {"--slack-signing-secret-file", dir.resolve("nope").toString(), "cannot read --slack-signing-secret-file"},
                {"--mattermost-token-file", empty.toString(), "is empty"},
                {"--teams-hmac-secret-file", empty.toString(), "is empty"}}) {
            MainTest.Run r = MainTest.run(Map.of(), "serve", c[0], c[1]);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(c[2]), r.err());
        }
        MainTest.Run both = MainTest.run(Map.of(), "serve", "--api-key", "x", "--api-key-file", key.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("give --api-key or --api-key-file, not both"), both.err());
        MainTest.Run env = MainTest.run(Map.of("CATALOG_CHAT_API_KEY_FILE", empty.toString()), "serve");
        assertEquals(2, env.code(), "the file may come from the environment too: " + env.err());
    }
}
