package org.catalogchat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line flags with environment-variable fallbacks: {@code --max-body-bytes 1024} or
 * {@code MAX_BODY_BYTES=1024}. Only declared flags are accepted, so a typo is an error, not a silent default.
 *
 * <pre>{@code
 * Options o = Options.parse(args, Options.DECLARED, System.getenv());
 * int port = o.intValue("port", 7070);
 * }</pre>
 */
public final class Options {
    /** A declared flag: its name (without dashes), a value placeholder ("" for a switch), and its meaning. */
    public record Flag(String name, String value, String help) {
        public String env() {
            return name.toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    private final Map<String, String> values;
    private final List<String> positional;
    private final Map<String, String> env;

    private Options(Map<String, String> values, List<String> positional, Map<String, String> env) {
        this.values = values;
        this.positional = positional;
        this.env = env;
    }

    /** @throws IllegalArgumentException for an undeclared flag or a flag without its value */
    public static Options parse(String[] args, List<Flag> declared, Map<String, String> env) {
        var values = new LinkedHashMap<String, String>();
        var positional = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                for (int j = i + 1; j < args.length; j++) positional.add(args[j]);
                break;
            }
            if (!a.startsWith("--") || a.length() == 2) {
                positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            String key = name;
            Flag flag = declared.stream().filter(f -> f.name().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown option --" + key + " (see --help)"));
            if (flag.value().isEmpty()) {
                values.put(name, value == null ? "true" : value);
            } else {
                if (value == null) {
                    if (i + 1 >= args.length) throw new IllegalArgumentException("--" + name + " needs a value: " + flag.value());
                    value = args[++i];
                }
                values.put(name, value);
            }
        }
        return new Options(values, positional, env);
    }

    public List<String> positional() {
        return positional;
    }

    /** The flag's value, else its environment variable, else empty. */
    public Optional<String> value(String name) {
        String v = values.get(name);
        if (v == null) v = env.get(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        return Optional.ofNullable(v).filter(s -> !s.isBlank());
    }

    public boolean flag(String name) {
        return value(name).map(v -> v.equals("true") || v.equals("1") || v.equals("yes")).orElse(false);
    }

    public String string(String name, String fallback) {
        return value(name).orElse(fallback);
    }

    public long longValue(String name, long fallback, long min, long max) {
        Optional<String> v = value(name);
        if (v.isEmpty()) return fallback;
        try {
            long n = Long.parseLong(v.get().trim());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number from " + min + " to " + max
                    + ", not '" + v.get() + "'");
        }
    }

    public int intValue(String name, int fallback, int min, int max) {
        return (int) longValue(name, fallback, min, max);
    }
}
