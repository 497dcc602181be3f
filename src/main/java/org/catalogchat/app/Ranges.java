package org.catalogchat.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks for whole-number options, failing as a usage error (exit 2) that names the flag. */
final class Ranges {
    private Ranges() {
    }

    static long check(CommandSpec spec, String flag, Long value, long fallback, long min, long max) {
        if (value == null) return fallback;
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(),
                    flag + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
        }
        return value;
    }

    static int check(CommandSpec spec, String flag, Integer value, int fallback, int min, int max) {
        return (int) check(spec, flag, value == null ? null : value.longValue(), fallback, min, max);
    }

    /** A settings record's own check (a URL, an origin), reported as a usage error too. */
    static <T> T settings(CommandSpec spec, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
