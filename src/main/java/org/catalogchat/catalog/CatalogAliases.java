package org.catalogchat.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The optional aliases file a catalog maintainer keeps beside the catalog ({@code aliases.tsv} in a catalog
 * folder, or next to a single catalog file): one row per entry, its name, a tab, then other names it answers to,
 * comma-separated ({@code Wukong	悟空,Noah-Wukong}). Read with the catalog, so a reload picks up changes; a row
 * naming no entry is reported as a problem rather than silently ignored.
 *
 * <pre>{@code
 * CatalogAliases.Applied a = CatalogAliases.besideCatalog(Path.of("seeds")).applyTo(datasets);
 * a.datasets(); a.problems();
 * }</pre>
 */
public final class CatalogAliases {
    public static final String FILE = "aliases.tsv";

    /** One row: the entry's name as the catalog writes it, and the extra names. */
    record Row(String name, List<String> aliases, int line) {
    }

    /** The entries with their extra names added, and the rows that matched nothing. */
    public record Applied(List<Dataset> datasets, List<ParseProblem> problems) {
    }

    private final Path file;
    private final List<Row> rows;

    CatalogAliases(Path file, List<Row> rows) {
        this.file = file;
        this.rows = List.copyOf(rows);
    }

    /** The aliases file of a catalog folder or file; no rows when there is none. */
    public static CatalogAliases besideCatalog(Path catalog) {
        Path f = Files.isDirectory(catalog) ? catalog.resolve(FILE) : catalog.toAbsolutePath().resolveSibling(FILE);
        if (!Files.isRegularFile(f)) return new CatalogAliases(f, List.of());
        try {
            return parse(f, Files.readAllLines(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException("cannot read " + f + ": " + e.getMessage());
        }
    }

    static CatalogAliases parse(Path file, List<String> lines) {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            var aliases = new ArrayList<String>();
            if (cols.length > 1) {
                for (String a : cols[1].split(",")) if (!a.isBlank()) aliases.add(a.strip());
            }
            rows.add(new Row(cols[0].strip(), aliases, i + 1));
        }
        return new CatalogAliases(file, rows);
    }

    public Applied applyTo(List<Dataset> datasets) {
        var out = new ArrayList<>(datasets);
        var problems = new ArrayList<ParseProblem>();
        for (Row r : rows) {
            boolean matched = false;
            for (int i = 0; i < out.size(); i++) {
                Dataset d = out.get(i);
                if (d.allNames().stream().noneMatch(n -> key(n).equals(key(r.name())))) continue;
                var names = new LinkedHashSet<>(d.aliases());
                names.addAll(r.aliases());
                out.set(i, new Dataset(d.id(), d.name(), List.copyOf(names), d.released(), d.publishers(), d.url(),
                        d.description(), d.facets(), d.file(), d.line(), d.morePublishers()));
                matched = true;
            }
            if (!matched) problems.add(new ParseProblem(file.toString(), r.line(), "alias row names no catalog entry: " + r.name()));
            else if (r.aliases().isEmpty()) problems.add(new ParseProblem(file.toString(), r.line(), "alias row lists no aliases: " + r.name()));
        }
        return new Applied(out, problems);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
    }
}
