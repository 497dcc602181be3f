package org.catalogchat.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;

/**
 * The bilingual vocabulary behind question understanding and facets, read from the data files in
 * {@code src/main/resources/glossary/} so a catalog maintainer extends it without touching code.
 *
 * <pre>{@code
 * Glossary g = Glossary.bundled();
 * g.publisher("BAAI").map(Publisher::chinese); // 北京智源人工智能研究院
 * }</pre>
 */
public final class Glossary {
    /** A publishing organisation: the catalog's Chinese name, its English name, and other names. */
    public record Publisher(String chinese, String english, List<String> aliases) {
        public Publisher {
            aliases = List.copyOf(aliases);
        }

        public List<String> allNames() {
            var all = new ArrayList<String>();
            all.add(chinese);
            all.add(english);
            all.addAll(aliases);
            return all;
        }
    }

    /** A modality or domain with the terms that signal it; {@code excluded} phrases never count. */
    public record Topic(String key, String english, String chinese, List<String> terms, List<String> excluded) {
        public Topic {
            terms = List.copyOf(terms);
            excluded = List.copyOf(excluded);
        }
    }

    /** A unit of size figures and the markers written after the number. */
    public record Unit(String key, List<String> markers) {
        public Unit {
            markers = List.copyOf(markers);
        }
    }

    private final List<Publisher> publishers;
    private final Map<String, Publisher> publisherByName;
    private final List<Topic> topics;
    private final List<Unit> units;
    private final Set<String> stopwords;
    private final Map<String, List<String>> cues;
    private final boolean withDictionary;

    Glossary(List<Publisher> publishers, List<Topic> topics, List<Unit> units, Set<String> stopwords,
             Map<String, List<String>> cues, boolean withDictionary) {
        this.withDictionary = withDictionary;
        this.publishers = List.copyOf(publishers);
        this.topics = List.copyOf(topics);
        this.units = List.copyOf(units);
        this.stopwords = Set.copyOf(stopwords);
        this.cues = Map.copyOf(cues);
        var byName = new LinkedHashMap<String, Publisher>();
        for (Publisher p : publishers) {
            for (String n : p.allNames()) byName.putIfAbsent(key(n), p);
        }
        this.publisherByName = byName;
    }

    /** The glossaries shipped in the jar. */
    public static Glossary bundled() {
        return new Glossary(
                readRows("publishers.tsv").stream()
                        .map(r -> new Publisher(r.get(0), col(r, 1), split(col(r, 2)))).toList(),
                readRows("topics.tsv").stream()
                        .map(r -> new Topic(r.get(0), col(r, 1), col(r, 2), split(col(r, 3)), split(col(r, 4))))
                        .toList(),
                readRows("units.tsv").stream().map(r -> new Unit(r.get(0), split(col(r, 1)))).toList(),
                new HashSet<>(readRows("stopwords.txt").stream().map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList()),
                readCues(), true);
    }

    /**
     * The same glossary with the general bilingual vocabulary (organisation names, modality and task terms)
     * emptied, keeping only the question grammar (cues, stop words, units): the ablation the eval reports.
     */
    public Glossary withoutVocabulary() {
        return new Glossary(List.of(), List.of(), units, stopwords, cues, false);
    }

    /**
     * The shipped CC-CEDICT dictionary, loaded once per JVM on first use (it is read-only, 0.1–0.2 s to read),
     * or empty in the ablation.
     */
    public Optional<org.catalogchat.vocabulary.BilingualDictionary> dictionary() {
        return withDictionary ? Optional.of(Shipped.DICTIONARY) : Optional.empty();
    }

    /** Holder idiom: the dictionary is read when first asked for, once, and never changes. */
    private static final class Shipped {
        static final org.catalogchat.vocabulary.BilingualDictionary DICTIONARY =
                org.catalogchat.vocabulary.BilingualDictionary.load();
    }


    public List<Publisher> publishers() {
        return publishers;
    }

    public List<Topic> topics() {
        return topics;
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Topic> topic(String key) {
        return topics.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The publisher known by this name in either language, if the glossary has it. */
    public Optional<Publisher> publisher(String name) {
        return Optional.ofNullable(publisherByName.get(key(name)));
    }

    /** The canonical (Chinese catalog) name for a publisher as written anywhere. */
    public String canonicalPublisher(String name) {
        return publisher(name).map(Publisher::chinese).orElse(name.trim());
    }

    /** The English rendering of a catalog publisher name, or the name itself when unknown. */
    public String englishPublisher(String name) {
        return publisher(name).map(Publisher::english).orElse(name);
    }

    /** Words that carry no topic, lower-case. */
    public Set<String> stopwords() {
        return stopwords;
    }

    public boolean isStopword(String word) {
        return stopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Cue phrases of one kind from {@code intents.tsv} ("count", "aspect-size", …). */
    public List<String> cues(String kind) {
        return cues.getOrDefault(kind, List.of());
    }

    /** Every cue row whose kind starts with {@code prefix} ("counted-"), each a list of phrases. */
    public List<List<String>> cueRows(String prefix) {
        return cues.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
    }

    private static final Pattern NOT_KEY = Pattern.compile("[\\s\\p{Punct}]+");

    private static String key(String name) {
        return NOT_KEY.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String col(List<String> row, int i) {
        return i < row.size() ? row.get(i).trim() : "";
    }

    private static List<String> split(String csv) {
        if (csv.isBlank()) return List.of();
        return Pattern.compile(",").splitAsStream(csv).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, List<String>> readCues() {
        var map = new LinkedHashMap<String, List<String>>();
        for (List<String> r : readRows("intents.tsv")) map.put(r.get(0), split(col(r, 1)));
        return map;
    }

    private static List<List<String>> readRows(String file) {
        String path = "/glossary/" + file;
        try (InputStream in = Glossary.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing glossary resource " + path);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var rows = new ArrayList<List<String>>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(List.of(line.split("\t", -1)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
