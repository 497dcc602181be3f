package org.catalogchat.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every catalog + question-set pair under an evaluation folder. Each sub-folder is one catalog: its own
 * {@code catalog/} folder when it has one (a second catalog), else the default catalog (the bundled seeds);
 * each {@code *.jsonl} in it is one set ({@code dev}, {@code test}).
 *
 * <pre>{@code
 * for (EvalSuite.Pair p : EvalSuite.discover(Path.of("src/test/resources/eval"), Path.of("seeds"))) {
 *     p.name(); // "seed/dev", "opendata/test", …
 * }
 * }</pre>
 */
public final class EvalSuite {
    /** One set of questions and the catalog it asks about. */
    public record Pair(String catalogName, String setName, Path catalog, Path questions) {
        public String name() {
            return catalogName + "/" + setName;
        }

        public boolean isTest() {
            return isBlindTest(questions);
        }
    }

    private EvalSuite() {
    }

    /**
     * Whether a question file is a blind test set ({@code test.jsonl}, or a {@code *-blind.jsonl} set written for the
     * bundled catalog): its failures are counted, never printed. Blind seed sets once printed their failures like dev
     * sets, and a developer reading the whole eval output for failures of one kind saw blind questions.
     */
    public static boolean isBlindTest(Path questions) {
        String name = questions.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("test.jsonl") || name.endsWith("-blind.jsonl");
    }

    public static List<Pair> discover(Path root, Path defaultCatalog) {
        var pairs = new ArrayList<Pair>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path own = dir.resolve("catalog");
                Path catalog = Files.isDirectory(own) ? own : defaultCatalog;
                for (Path set : jsonl(dir)) {
                    String setName = set.getFileName().toString().replaceFirst("\\.jsonl$", "");
                    pairs.add(new Pair(dir.getFileName().toString(), setName, catalog, set));
                }
            }
            // The single set kept at the top before sets moved into per-catalog folders.
            for (Path set : jsonl(root)) {
                pairs.add(new Pair("seed", set.getFileName().toString().replaceFirst("\\.jsonl$", ""), defaultCatalog, set));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static List<Path> jsonl(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
