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
        List<Path> files = markdownFiles(path);
        var datasets = new ArrayList<Dataset>();
        var problems = new ArrayList<ParseProblem>();
        var ids = new HashSet<String>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                throw new CatalogException("cannot read " + file + ": " + e.getMessage());
            }
            CatalogParser.Result r = parser.parse(text, file.toString());
            for (Dataset d : r.datasets()) {
                Dataset unique = d;
                for (int n = 2; !ids.add(unique.id()); n++) unique = withId(d, d.id() + "-" + n);
                datasets.add(unique);
            }
            problems.addAll(r.problems());
        }
        CatalogAliases.Applied aliased = CatalogAliases.besideCatalog(path).applyTo(datasets);
        problems.addAll(aliased.problems());
        problems.forEach(p -> log.warn("catalog problem: {}", p));
        return new Catalog(aliased.datasets(), problems);
    }

    private static Dataset withId(Dataset d, String id) {
        return new Dataset(id, d.name(), d.aliases(), d.released(), d.publishers(), d.url(), d.description(),
                d.facets(), d.file(), d.line());
    }

    static List<Path> markdownFiles(Path path) {
        if (!Files.exists(path)) throw new CatalogException("catalog path does not exist: " + path);
        if (Files.isRegularFile(path)) return List.of(path);
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
            if (files.isEmpty()) throw new CatalogException("no .md files in " + path);
            return files;
        } catch (IOException e) {
            throw new CatalogException("cannot list " + path + ": " + e.getMessage());
        }
    }
}
