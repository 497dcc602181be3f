package org.catalogchat.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a catalog from one Markdown file or a folder of {@code .md} files (sorted by name).
 *
 * <pre>{@code
 * Catalog c = new CatalogLoader(new CatalogParser(Glossary.bundled())).load(Path.of("seeds"));
 * }</pre>
 */
public final class CatalogLoader {
    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);
    private final CatalogParser parser;

    public CatalogLoader(CatalogParser parser) {
        this.parser = parser;
    }

    /**
     * @throws CatalogException when the path does not exist, holds no Markdown, or cannot be read
     */
    public Catalog load(Path path) {
        var problems = new ArrayList<ParseProblem>();
        List<Path> files = markdownFiles(path, problems);
        var datasets = new ArrayList<Dataset>();
        var ids = new HashSet<String>();
        for (Path file : files) {
            String text;
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    problems.add(new ParseProblem(file.toString(), 1, "the file is larger than " + MAX_FILE_BYTES
                            + " bytes; split the catalog into several files"));
                    continue;
                }
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                throw new CatalogException("cannot read " + LogText.safe(file.toString(), 300) + ": " + e.getMessage());
            }
            CatalogParser.Result r = parser.parse(withoutHugeEntries(text, file.toString(), problems), file.toString());
            for (Dataset d : r.datasets()) {
                Dataset unique = d;
                for (int n = 2; !ids.add(unique.id()); n++) unique = withId(d, d.id() + "-" + n);
                datasets.add(unique);
            }
            problems.addAll(r.problems());
        }
        CatalogAliases.Applied aliased = CatalogAliases.besideCatalog(path).applyTo(datasets);
        problems.addAll(aliased.problems());
        List<ParseProblem> kept = capped(problems);
        kept.forEach(p -> log.warn("catalog problem: {}", p));
        return new Catalog(aliased.datasets(), kept);
    }

    /** Files larger than this are refused with a problem (a catalog of 100k entries is about 60 MB in 100 files). */
    static final long MAX_FILE_BYTES = 32L << 20;
    /** Entries longer than this are refused with a problem: one 600 KB entry once kept a core busy for a minute. */
    static final int MAX_ENTRY_CHARS = 64 * 1024;
    /** Problems kept (and logged) per load; the rest are counted in one last problem. */
    static final int MAX_PROBLEMS = 100;

    static List<ParseProblem> capped(List<ParseProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS) return problems;
        var kept = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        ParseProblem last = problems.get(problems.size() - 1);
        kept.add(new ParseProblem(last.file(), last.line(), "and " + (problems.size() - MAX_PROBLEMS)
                + " more problems (only the first " + MAX_PROBLEMS + " are listed)"));
        return kept;
    }

    /**
     * The text with each entry over {@link #MAX_ENTRY_CHARS} blanked (its lines kept, empty, so later line numbers
     * stay right) and a problem for it, before the parser spends time on it.
     */
    static String withoutHugeEntries(String text, String file, List<ParseProblem> problems) {
        if (text.length() <= MAX_ENTRY_CHARS) return text;
        String[] lines = text.split("\n", -1);
        int start = 0;
        for (int i = 1; i <= lines.length; i++) {
            if (i == lines.length || lines[i].startsWith("### ") || lines[i].startsWith("## ") || lines[i].startsWith("# ")) {
                long chars = 0;
                for (int j = start; j < i; j++) chars += lines[j].length() + 1;
                if (chars > MAX_ENTRY_CHARS) {
                    problems.add(new ParseProblem(file, start + 1, "the entry is " + chars + " characters long, over the limit of "
                            + MAX_ENTRY_CHARS + "; it was skipped"));
                    for (int j = start; j < i; j++) lines[j] = "";
                }
                start = i;
            }
        }
        return String.join("\n", lines);
    }

    private static Dataset withId(Dataset d, String id) {
        return new Dataset(id, d.name(), d.aliases(), d.released(), d.publishers(), d.url(), d.description(),
                d.facets(), d.file(), d.line(), d.morePublishers());
    }

    static List<Path> markdownFiles(Path path) {
        return markdownFiles(path, new ArrayList<>());
    }

    /**
     * The folder's {@code .md} files, sorted; a link that leads out of the folder (to /etc/passwd, say) is refused
     * with a problem rather than read.
     */
    static List<Path> markdownFiles(Path path, List<ParseProblem> problems) {
        if (!Files.exists(path)) throw new CatalogException("catalog path does not exist: " + LogText.safe(path.toString(), 300));
        if (Files.isRegularFile(path)) return List.of(path);
        try (Stream<Path> s = Files.list(path)) {
            Path folder = path.toRealPath();
            List<Path> files = new ArrayList<>();
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                if (!Files.isRegularFile(p)) continue;
                if (!p.toRealPath().startsWith(folder)) {
                    problems.add(new ParseProblem(p.toString(), 1, "the file is a link leading out of the catalog folder; refused"));
                    continue;
                }
                files.add(p);
            }
            if (files.isEmpty() && problems.isEmpty()) throw new CatalogException("no .md files in " + LogText.safe(path.toString(), 300));
            return files;
        } catch (IOException e) {
            throw new CatalogException("cannot list " + LogText.safe(path.toString(), 300) + ": " + e.getMessage());
        }
    }
}
