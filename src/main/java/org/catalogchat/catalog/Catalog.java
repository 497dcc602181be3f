package org.catalogchat.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded catalog: immutable, built once, swapped whole on reload.
 *
 * <pre>{@code
 * Catalog c = CatalogLoader.load(Path.of("seeds"), Glossary.bundled());
 * c.byId("laion-5b").map(Dataset::released);
 * }</pre>
 */
public final class Catalog {
    private final List<Dataset> datasets;
    private final Map<String, Dataset> byId;
    private final List<ParseProblem> problems;

    public Catalog(List<Dataset> datasets, List<ParseProblem> problems) {
        this.datasets = List.copyOf(datasets);
        this.problems = List.copyOf(problems);
        var map = new LinkedHashMap<String, Dataset>();
        for (Dataset d : datasets) {
            if (map.putIfAbsent(d.id(), d) != null) throw new IllegalArgumentException("duplicate id " + d.id());
        }
        this.byId = map;
    }

    /** Every entry, in catalog order. */
    public List<Dataset> datasets() {
        return datasets;
    }

    public Optional<Dataset> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return datasets.size();
    }

    /** Entries that could not be loaded, with file and line. */
    public List<ParseProblem> problems() {
        return problems;
    }

    /** Newest first, then by name: the order lists are shown in (entries without a date last). */
    public static final Comparator<Dataset> NEWEST_FIRST =
            Comparator.comparing(Dataset::released, ReleaseDate.NEWEST_FIRST).thenComparing(Dataset::name);
}
