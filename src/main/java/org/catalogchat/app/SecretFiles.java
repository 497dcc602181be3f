package org.catalogchat.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A secret given as a file ({@code --api-key-file /run/secrets/api_key}) rather than on the command line, where
 * {@code ps} shows it to every user of the machine. The file holds the secret alone; one trailing line break is
 * ignored. Giving both the secret and its file is a usage error.
 */
final class SecretFiles {
    private static final long MAX_BYTES = 64 * 1024;

    private SecretFiles() {
    }

    /** {@code value}, else the contents of {@code file}, else null. */
    static String secret(CommandSpec spec, String flag, String value, Path file) {
        if (file == null) return value;
        if (value != null && !value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "give " + flag + " or " + flag + "-file, not both");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ParameterException(spec.commandLine(), flag + "-file " + file + " is larger than 64 KB");
            }
            String s = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\\r?\\n$", "");
            if (s.isBlank()) throw new ParameterException(spec.commandLine(), flag + "-file " + file + " is empty");
            return s;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + flag + "-file " + file + ": " + e.getMessage());
        }
    }
}
