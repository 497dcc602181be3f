package org.catalogchat.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One catalog entry: a {@code ###} heading and the bullet list under it.
 *
 * <pre>{@code
 * Dataset d = catalog.byId("medtrinity-25m").orElseThrow();
 * d.publishers(); // [华中科技大学, 加州大学, 哈佛大学, 斯坦福大学]
 * }</pre>
 *
 * @param id          stable slug of the name, used in URLs and citations
 * @param name        the heading text as written
 * @param aliases     other names the entry answers to (bracketed names, the part before " - ")
 * @param released    release date, to the precision the catalog states it (possibly unstated)
 * @param publishers  publishing organisations, in catalog order
 * @param url         the real dataset page (the catalog's redirect link decoded)
 * @param description the description paragraphs, joined by newlines
 * @param facets      modalities, domains and size figures derived from the text
 * @param file        the file the entry came from
 * @param line        the 1-based line of its heading
 * @param morePublishers whether the publisher list ends in 等 ("and others"): it names some of the publishers, so
 *                    their number is at least one more than it lists
 */
public record Dataset(String id, String name, List<String> aliases, ReleaseDate released,
                      List<String> publishers, String url, String description, Facets facets,
                      String file, int line, boolean morePublishers) {
    /** Compiled once: 100,000 entries are made at every restart of a large index. */
    private static final java.util.regex.Pattern WEB_PAGE = java.util.regex.Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}]+");

    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(released, "released");
        if (id.isBlank() || name.isBlank()) throw new IllegalArgumentException("blank id or name");
        aliases = List.copyOf(aliases);
        publishers = List.copyOf(publishers);
        // Only a web page is a link: a hostile catalog's javascript:, data: or file: URL never reaches any output.
        url = url == null || !WEB_PAGE.matcher(url.strip()).matches() ? "" : url.strip();
        description = description == null ? "" : description;
        facets = facets == null ? Facets.NONE : facets;
    }

    /** An entry whose publisher list names every publisher. */
    public Dataset(String id, String name, List<String> aliases, ReleaseDate released, List<String> publishers,
                   String url, String description, Facets facets, String file, int line) {
        this(id, name, aliases, released, publishers, url, description, facets, file, line, false);
    }

    /** An entry released on a known day, as most catalogs state it. */
    public Dataset(String id, String name, List<String> aliases, LocalDate released, List<String> publishers,
                   String url, String description, Facets facets, String file, int line) {
        this(id, name, aliases, ReleaseDate.of(released), publishers, url, description, facets, file, line);
    }

    /**
     * The id's hash: equal entries have equal ids, and the record's own hash walked every field (the description,
     * the alias and publisher lists, the facets' sets) on each look-up of a map or set keyed by entries, which at
     * 100,000 entries was a sixth of a filter question's time.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The name and every alias: what a user may call this dataset. */
    public List<String> allNames() {
        var names = new java.util.ArrayList<String>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    public boolean hasTopic(String topic) {
        return facets.topics().contains(topic);
    }

    /** Facets derived from the entry text through the glossaries. */
    public record Facets(Set<String> topics, List<SizeFigure> sizes) {
        public static final Facets NONE = new Facets(Set.of(), List.of());

        public Facets {
            topics = Set.copyOf(topics);
            sizes = List.copyOf(sizes);
        }

        /** The biggest count the entry states (samples, images, pairs, tokens…), or 0. */
        public double largestCount() {
            return sizes.stream().filter(SizeFigure::isCount).mapToDouble(SizeFigure::value).max().orElse(0);
        }
    }
}
