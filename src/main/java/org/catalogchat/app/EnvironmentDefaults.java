package org.catalogchat.app;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Environment-variable fallbacks for every option: {@code --max-body-bytes} reads
 * {@code CATALOG_CHAT_MAX_BODY_BYTES}, and {@code --port} also reads the platform's {@code PORT}. A flag wins over
 * the environment. The old unprefixed names (MAX_BODY_BYTES, API_KEY…) still work for one release, with a warning on
 * stderr, because an unrelated API_KEY in someone's shell would otherwise lock the API without a word.
 *
 * <p>Picocli's own {@code ${env:…}} reads {@code System.getenv()}; this provider reads the map it is given, so
 * tests run the real command line with their own environment.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    static final String PREFIX = "CATALOG_CHAT_";
    /** Read as it is, no prefix, no warning: hosting platforms set it. */
    static final String PLATFORM_PORT = "PORT";

    private final Map<String, String> env;
    private final PrintStream err;
    private final Set<String> warned = new HashSet<>();

    EnvironmentDefaults(Map<String, String> env, PrintStream err) {
        this.env = env;
        this.err = err;
    }

    /** {@code --max-body-bytes} → {@code MAX_BODY_BYTES}. */
    static String bareName(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "").toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The variables an option reads, first match wins, as the help and the docs show them. */
    static String variables(OptionSpec option) {
        String name = bareName(option);
        return name.equals(PLATFORM_PORT) ? PREFIX + name + ", " + PLATFORM_PORT : PREFIX + name;
    }

    static boolean configurable(ArgSpec arg) {
        return arg instanceof OptionSpec o && !o.usageHelp() && !o.versionHelp();
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!configurable(arg)) return null;
        OptionSpec option = (OptionSpec) arg;
        String name = bareName(option);
        String value = present(PREFIX + name);
        if (value == null && name.equals(PLATFORM_PORT)) value = present(PLATFORM_PORT);
        if (value == null && !name.equals(PLATFORM_PORT)) {
            value = present(name);
            if (value != null && warned.add(name)) {
                err.println("warning: environment variable " + name + " is read as " + option.longestName()
                        + " for this release only; rename it " + PREFIX + name);
            }
        }
        if (value == null) return null;
        boolean isSwitch = option.type() == boolean.class || option.type() == Boolean.class;
        // A switch set in the environment: 1, yes or true turn it on, as they always did.
        return isSwitch ? String.valueOf(value.equalsIgnoreCase("true") || value.equals("1")
                || value.equalsIgnoreCase("yes")) : value;
    }

    private String present(String variable) {
        String v = env.get(variable);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
