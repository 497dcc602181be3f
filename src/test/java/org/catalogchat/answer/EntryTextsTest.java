package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.retrieval.WrittenForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index-backed look-ups give exactly the sets the scan of every entry's text gives. */
class EntryTextsTest {
    private static final Glossary GLOSSARY = Glossary.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/eval/opendata/catalog"})
    void indexedFormsMatchTheScanForEveryFormOfTheVocabulary(String folder) throws Exception {
        Catalog catalog = new CatalogLoader(new CatalogParser(GLOSSARY)).load(Path.of(folder));
        var scan = new EntryTexts(catalog);
        var newest = new ArrayList<>(catalog.datasets());
        newest.sort(Catalog.NEWEST_FIRST);
        assertEquals(newest, scan.newestFirst(), "sorted once, stably, as filtered() sorted its result");
        EntryTexts indexed;
        try (var lexical = new LexicalIndex(catalog, GLOSSARY)) {
            var forms = lexical.writtenForms(catalog.datasets().stream().map(Dataset::id).toList());
            assertTrue(forms.isPresent(), "an index built by entryDocument has the written-text field");
            indexed = new EntryTexts(catalog, forms);
            int compared = 0;
            for (Subject s : subjects(catalog)) {
                Set<Dataset> expected = scan.matching(s);
                Set<Dataset> actual = indexed.matching(s);
                assertEquals(List.copyOf(expected), List.copyOf(actual), "forms " + s.forms() + " excluding " + s.excluded());
                assertEquals(expected, actual);
                for (Dataset d : catalog.datasets()) assertEquals(expected.contains(d), actual.contains(d));
                if (!expected.isEmpty()) compared++;
            }
            assertTrue(compared > 100, "only " + compared + " forms matched anything: the comparison proves little");
        }
    }

    /**
     * Where the index says each candidate writes a subject's forms (sentence and list, from positions) gives the
     * membership scorer the very strength that reading the candidate's text gives, for every subject and candidate
     * of the real catalogs; and the index tells most candidates (only those with an excluded phrase or an acronym
     * are read).
     */
    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/eval/opendata/catalog", "src/test/resources/eval/science/catalog"})
    void indexedPlacesScoreAsTheText(String folder) throws Exception {
        Catalog catalog = new CatalogLoader(new CatalogParser(GLOSSARY)).load(Path.of(folder));
        var scan = new EntryTexts(catalog);
        try (var lexical = new LexicalIndex(catalog, GLOSSARY)) {
            var indexed = new EntryTexts(catalog, lexical.writtenForms(catalog.datasets().stream().map(Dataset::id).toList()));
            var scorer = new MembershipScorer(indexed, MembershipScorer.Weights.DEFAULT);
            int told = 0;
            int read = 0;
            int listed = 0;
            for (Subject s : subjects(catalog)) {
                var related = new Subject(s.text(), s.forms(), s.excluded(), 0, s.forms().subList(s.forms().size() / 2, s.forms().size()));
                for (Subject subject : List.of(s, related)) {
                    Set<Dataset> candidates = scan.matching(subject);
                    var by = scorer.new ByOrdinal(indexed.places(subject, candidates), subject);
                    var written = indexed.places(subject, candidates);
                    for (Dataset d : candidates) {
                        int o = indexed.ordinal(d);
                        if (!by.told(o)) {
                            read++;
                            continue;
                        }
                        told++;
                        assertEquals(scorer.strength(d, subject), by.strength(o, d),
                                d.id() + " forms " + subject.forms() + " related " + subject.related());
                        if (written.at(o)) {
                            for (int f = 0; f < written.forms().size(); f++) {
                                for (int k = written.from(f); k < written.to(f); k++) {
                                    if (WrittenForms.listItems(written.packed(f, k)) >= 3) listed++;
                                }
                            }
                        }
                    }
                    // The whole scoring, by ordinal, gives each candidate its strength from the text, in catalog order.
                    var strengths = scorer.strengths(subject, indexed.matching(subject));
                    assertTrue(strengths instanceof EntryScores, "scored by ordinal");
                    // As the scorer does: siblings count for less only where some candidate writes an asked form.
                    var asked = new Subject(subject.text(), subject.forms().stream()
                            .filter(f -> !subject.related().contains(f)).toList(), subject.excluded());
                    boolean direct = subject.related().isEmpty() || scan.matching(asked).stream().anyMatch(candidates::contains);
                    Subject as = direct ? subject : new Subject(subject.text(), subject.forms(), subject.excluded(), 0, List.of());
                    var expected = new java.util.LinkedHashMap<Dataset, Double>();
                    for (Dataset d : candidates) {
                        double v = scorer.strength(d, as);
                        if (v > 0) expected.put(d, v);
                    }
                    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(strengths.entrySet()), "forms " + subject.forms());
                    assertEquals(List.copyOf(expected.keySet()), List.copyOf(strengths.keySet()));
                    for (Dataset d : catalog.datasets()) assertEquals(expected.get(d), strengths.get(d));
                    // Any other collection of candidates (here: newest first) scores the same, in its own order.
                    var newest = new ArrayList<>(candidates);
                    newest.sort(Catalog.NEWEST_FIRST);
                    var inOrder = scorer.strengths(subject, newest);
                    assertEquals(newest.stream().filter(expected::containsKey).toList(), List.copyOf(inOrder.keySet()));
                    for (Dataset d : newest) assertEquals(expected.get(d), inOrder.get(d));
                }
            }
            assertTrue(told > 200 && told > 4 * read, told + " candidates told by the index, " + read + " read");
            assertTrue(listed > 5, "only " + listed + " candidates write a form in a list: the list counts are barely compared");
        }
    }

    /** Sorting by ranks gives what a stable sort by NEWEST_FIRST gives, ties (same date and name) in the list's order. */
    @Test
    void sortNewestFirstIsTheStableSortByTheComparator() {
        var seed = new CatalogLoader(new CatalogParser(GLOSSARY)).load(Path.of("seeds")).datasets();
        var all = new ArrayList<Dataset>(seed);
        for (int i = 0; i < seed.size(); i += 3) { // entries the comparator finds equal to others: same date, same name
            Dataset d = seed.get(i);
            all.add(new Dataset("copy-" + d.id(), d.name(), List.of(), d.released(), d.publishers(), d.url(), "other",
                    d.facets(), d.file(), d.line()));
        }
        var texts = new EntryTexts(new Catalog(all, List.of()));
        var random = new java.util.Random(11);
        int ties = 0;
        for (int round = 0; round < 200; round++) {
            var list = new ArrayList<>(all);
            java.util.Collections.shuffle(list, random);
            list = new ArrayList<>(list.subList(0, 1 + random.nextInt(list.size())));
            var expected = new ArrayList<>(list);
            expected.sort(Catalog.NEWEST_FIRST);
            texts.sortNewestFirst(list);
            assertEquals(expected, list);
            for (int i = 1; i < list.size(); i++) if (Catalog.NEWEST_FIRST.compare(list.get(i - 1), list.get(i)) == 0) ties++;
        }
        assertTrue(ties > 50, "only " + ties + " ties sorted: their order is barely compared");
        for (int round = 0; round < 50; round++) { // some ordinals, in the newest-first order: its sublist of them
            var bits = new java.util.BitSet();
            for (int i = 0; i < all.size(); i++) if (random.nextInt(3) == 0) bits.set(i);
            var expected = texts.newestFirst().stream().filter(d -> bits.get(all.indexOf(d))).toList();
            assertEquals(expected, java.util.Arrays.stream(texts.newestFirstOrdinals(bits)).mapToObj(all::get).toList());
        }
        var foreign = new ArrayList<>(all.subList(0, 5));
        Dataset d = all.get(7);
        foreign.add(new Dataset(d.id(), d.name() + " elsewhere", List.of(), d.released(), List.of(), d.url(), "", d.facets(), d.file(), 0));
        var expected = new ArrayList<>(foreign);
        expected.sort(Catalog.NEWEST_FIRST);
        texts.sortNewestFirst(foreign);
        assertEquals(expected, foreign, "an entry of another catalog: the records are compared");
    }

    /**
     * A date range's run of the newest-first order holds every entry the range contains, in that order, for ranges
     * around every stated day, month and year of the catalogs (partial dates included).
     */
    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/eval/opendata/catalog", "src/test/resources/eval/science/catalog",
            "src/test/resources/eval/culture/catalog"})
    void theRunStartingWithinHoldsWhatTheRangeContainsInOrder(String folder) {
        Catalog loaded = new CatalogLoader(new CatalogParser(GLOSSARY)).load(Path.of(folder));
        // And the same entries again with dates known only to the month or the year, or not at all.
        var all = new ArrayList<>(loaded.datasets());
        for (Dataset d : loaded.datasets()) {
            if (!d.released().isStated()) continue;
            var day = d.released().first();
            for (var partial : List.of(new org.catalogchat.catalog.ReleaseDate(day, org.catalogchat.catalog.ReleaseDate.Precision.MONTH),
                    new org.catalogchat.catalog.ReleaseDate(day, org.catalogchat.catalog.ReleaseDate.Precision.YEAR),
                    org.catalogchat.catalog.ReleaseDate.UNSTATED)) {
                all.add(new Dataset(partial.precision() + "-" + d.id(), d.name(), List.of(), partial, d.publishers(), d.url(),
                        "x", d.facets(), d.file(), d.line()));
            }
        }
        Catalog catalog = new Catalog(all, List.of());
        var texts = new EntryTexts(catalog);
        var days = new java.util.TreeSet<java.time.LocalDate>(List.of(DateRange.MIN, DateRange.MAX));
        for (Dataset d : catalog.datasets()) {
            if (!d.released().isStated()) continue;
            for (var day : List.of(d.released().first(), d.released().last())) {
                days.add(day);
                days.add(day.minusDays(1));
                days.add(day.plusDays(1));
            }
        }
        int compared = 0;
        for (var from : days) {
            for (var to : days) {
                var range = new DateRange(from, to, "", "");
                var expected = texts.newestFirst().stream().filter(d -> range.contains(d.released())).toList();
                int[] places = texts.runStartingWithin(from, to); // the run as places, and their ordinals
                var run = new ArrayList<Dataset>();
                for (int at = places[0]; at < places[1]; at++) run.add(catalog.datasets().get(texts.ordinalAt(at)));
                assertEquals(texts.newestFirst().subList(places[0], places[1]), run, "places of the newest-first order");
                assertEquals(expected, run.stream().filter(d -> range.contains(d.released())).toList(), from + " .. " + to);
                if (!expected.isEmpty() && expected.size() < catalog.size()) compared++;
            }
        }
        assertTrue(compared > 100, "only " + compared + " ranges select part of the catalog");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/eval/opendata/catalog"})
    void publishersByPrefixMatchTheScan(String folder) {
        Catalog catalog = new CatalogLoader(new CatalogParser(GLOSSARY)).load(Path.of(folder));
        var texts = new EntryTexts(catalog);
        var names = new LinkedHashSet<String>();
        GLOSSARY.publishers().forEach(p -> names.addAll(p.allNames()));
        for (Dataset d : catalog.datasets()) {
            for (String p : d.publishers()) {
                names.add(p);
                names.add(" " + p.toUpperCase() + " ");
                for (int i = 1; i < p.length(); i++) names.add(p.substring(0, i));
            }
        }
        int found = 0;
        for (String n : names) {
            var expected = new ArrayList<Dataset>();
            for (Dataset d : catalog.datasets()) {
                if (d.publishers().stream().flatMap(p -> EntryTexts.namesWithin(p).stream())
                        .anyMatch(p -> EntryTexts.partOf(p, n))) expected.add(d);
            }
            assertEquals(expected, List.copyOf(texts.publishedBy(List.of(n))), n);
            if (!expected.isEmpty()) found++;
        }
        assertTrue(found > 20, "only " + found + " names found a publisher");
    }

    /** Every term the catalog's vocabulary knows, its English glosses, the glossary's terms, and awkward forms. */
    private static List<Subject> subjects(Catalog catalog) {
        var forms = new LinkedHashSet<String>(List.of(" ", "-", "a", "X光", "3D", "GPT", "BIT", "CAS", "x-ray",
                "remote sensing", "数据集", "dataset", "datasets", "中文", "视频", "image-text", "2023年"));
        var texts = new ArrayList<String>();
        for (Dataset d : catalog.datasets()) texts.add(String.join(" ", d.allNames()) + "\n" + d.description());
        GLOSSARY.dictionary().ifPresent(dict -> {
            var vocabulary = dict.restrictTo(texts);
            for (String t : vocabulary.terms()) {
                forms.add(t);
                forms.addAll(vocabulary.toEnglish(t));
            }
        });
        for (Dataset d : catalog.datasets()) {
            forms.addAll(d.allNames());
            forms.addAll(d.publishers());
        }
        var out = new ArrayList<Subject>();
        for (String f : forms) out.add(new Subject(f, List.of(f), List.of()));
        for (Glossary.Topic t : GLOSSARY.topics()) {
            out.add(new Subject(t.key(), t.terms(), t.excluded()));
            out.add(new Subject(t.key(), t.terms(), List.of("数据", "the")));
        }
        out.add(new Subject("video", List.of("视频", "video"), List.of("视频平台")));
        return out;
    }
}
