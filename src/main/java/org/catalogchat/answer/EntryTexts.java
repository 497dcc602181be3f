package org.catalogchat.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Sentences;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.WrittenForms;

/**
 * The text of each entry as evidence is sought in it: the whole (names and description), its publishers, and
 * its description split into sentences. Built once per catalog. Which entries write a form comes from the index
 * ({@link WrittenForms}) when there is one, so a look-up costs what the matching entries cost, not the catalog;
 * without one, every entry's text is scanned. Both give the same sets.
 *
 * <pre>{@code
 * EntryTexts texts = new EntryTexts(catalog, lexical.writtenForms(ids));
 * texts.matching(subject); // the entries whose text writes any of the subject's forms
 * }</pre>
 */
final class EntryTexts {
    private static final int SENTENCE_CACHE = 50_000;

    private final Catalog catalog;
    private final List<Dataset> all;
    /** The catalog sorted once by {@link Catalog#NEWEST_FIRST} (a stable sort: ties keep the catalog's order). */
    private final List<Dataset> newestFirst;
    /** By ordinal, the entry's place in {@link #newestFirst}: the first place of the entries NEWEST_FIRST finds equal. */
    private final int[] rank;
    /** By ordinal, the entry's place in {@link #newestFirst}. */
    private final int[] position;
    /** By place in {@link #newestFirst}, the entry's ordinal (the inverse of {@link #position}). */
    private final int[] ordinalAt;
    /** The first days of the release dates of {@link #newestFirst}, in its order (descending; unstated: MIN). */
    private final LocalDate[] released;
    private final Map<String, Integer> ordinals;
    private final Optional<WrittenForms> forms;
    /** The short forms of an asked organisation's name the catalog may write (中科院自动化所 for 中国科学院自动化研究所). */
    private final ShortOrganisationNames shortNames;
    /** Each publisher as {@link #partOf} compares it (stripped, lower-case), sorted: a name finds its parts by prefix. */
    private final TreeMap<String, BitSet> publishers = new TreeMap<>();
    /** Each key of {@link #publishers} as the catalog first writes it (case kept: "Google Research"). */
    private final Map<String, String> publisherNames = new java.util.LinkedHashMap<>();
    /**
     * Names a publisher has only as a later word of a Latin name ("Face" of "Hugging Face", "Research" of "ServiceNow
     * Research"): {@link #namesWithin} cuts them so a surname still finds its organisation, but they are no whole name.
     */
    private final java.util.Set<String> laterWordsOnly = new java.util.HashSet<>();
    /**
     * Sentences of the entries questions read, kept (bounded): membership scoring reads those of every candidate of
     * every subject, and splitting them again each time was most of a question's cost at 100k entries.
     */
    private final Cache<String, List<String>> sentences = Caffeine.newBuilder().maximumSize(SENTENCE_CACHE).build();

    EntryTexts(Catalog catalog) {
        this(catalog, Optional.empty());
    }

    /** @param forms the index of written forms over this catalog (its ordinals follow the catalog's order) */
    EntryTexts(Catalog catalog, Optional<WrittenForms> forms) {
        this(catalog, forms, ShortOrganisationNames.none());
    }

    /** @param shortNames the short forms of organisation names a publisher may be written with */
    EntryTexts(Catalog catalog, Optional<WrittenForms> forms, ShortOrganisationNames shortNames) {
        this.catalog = catalog;
        this.shortNames = shortNames;
        this.all = catalog.datasets();
        this.forms = forms;
        var sorted = new ArrayList<>(all);
        sorted.sort(Catalog.NEWEST_FIRST);
        this.newestFirst = List.copyOf(sorted);
        // Stated dates by first day, descending, then the unstated (first day 0001-01-01): never increasing.
        this.released = new LocalDate[sorted.size()];
        for (int i = 0; i < released.length; i++) {
            var r = sorted.get(i).released();
            released[i] = r.isStated() ? r.first() : LocalDate.MIN;
        }
        this.rank = new int[all.size()];
        this.position = new int[all.size()];
        this.ordinalAt = new int[all.size()];
        var position = new IdentityHashMap<Dataset, Integer>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) position.put(all.get(i), i);
        for (int i = 0, group = 0; i < sorted.size(); i++) {
            if (i > 0 && Catalog.NEWEST_FIRST.compare(sorted.get(i - 1), sorted.get(i)) != 0) group = i;
            rank[position.get(sorted.get(i))] = group;
            this.position[position.get(sorted.get(i))] = i;
            this.ordinalAt[i] = position.get(sorted.get(i));
        }
        this.ordinals = new HashMap<>(all.size() * 2);
        // names a publisher has as a whole name somewhere, and those it has as a later word of a Latin name
        var whole = new java.util.HashSet<String>();
        var later = new java.util.HashSet<String>();
        for (int i = 0; i < all.size(); i++) {
            Dataset d = all.get(i);
            ordinals.put(d.id(), i);
            for (String p : d.publishers()) {
                for (String name : namesWithin(p)) {
                    String key = name.strip().toLowerCase(Locale.ROOT);
                    publishers.computeIfAbsent(key, k -> new BitSet()).set(i);
                    publisherNames.putIfAbsent(key, name.strip());
                    int at = p.indexOf(name);
                    (at > 0 && laterLatinWord(p, at) ? later : whole).add(key);
                }
            }
        }
        later.removeAll(whole);
        laterWordsOnly.addAll(later);
    }

    int size() {
        return catalog.size();
    }

    List<Dataset> all() {
        return all;
    }

    /**
     * Every entry, newest first, sorted once: a filter that walks this list keeps that order without sorting up to
     * 100,000 entries per question (the same order a stable sort of its result would give).
     */
    List<Dataset> newestFirst() {
        return newestFirst;
    }

    /** The ordinals of these entries, in the order of {@link #newestFirst()} (its sublist of them). */
    int[] newestFirstOrdinals(BitSet ordinals) {
        int[] at = new int[ordinals.cardinality()];
        int n = 0;
        for (int o = ordinals.nextSetBit(0); o >= 0 && o < all.size(); o = ordinals.nextSetBit(o + 1)) at[n++] = position[o];
        Arrays.sort(at, 0, n);
        for (int i = 0; i < n; i++) at[i] = ordinalAt[at[i]];
        return n == at.length ? at : Arrays.copyOf(at, n);
    }

    /**
     * Sorts the list as a stable sort by {@link Catalog#NEWEST_FIRST} does, by each entry's rank in
     * {@link #newestFirst()} (the same rank for entries the comparator finds equal, so they keep the list's order):
     * integers compared instead of two fields of records spread over the heap, for lists of thousands at 100,000.
     */
    void sortNewestFirst(List<Dataset> list) {
        long[] keys = new long[list.size()];
        for (int i = 0; i < keys.length; i++) {
            int o = ordinal(list.get(i));
            if (o < 0) { // not of this catalog: compare the records
                list.sort(Catalog.NEWEST_FIRST);
                return;
            }
            keys[i] = (long) rank[o] << 32 | i;
        }
        java.util.Arrays.sort(keys); // unique keys: ties in rank keep their order by index
        var sorted = new Dataset[keys.length];
        for (int i = 0; i < keys.length; i++) sorted[i] = list.get((int) keys[i]);
        for (int i = 0; i < sorted.length; i++) list.set(i, sorted[i]);
    }

    /**
     * The run of {@link #newestFirst()} whose stated periods start from {@code from} to {@code to} (both included), as
     * places {@code {start, end}}, end exclusive (equal when empty), found by binary search: every entry a date range
     * over those days contains, and a few it does not (a month or year that starts within it but ends after it), so
     * the caller still checks each. A date filter then walks the entries of its dates rather than the whole catalog
     * (100,000 records read from memory per question at scale); {@link #ordinalAt} tells each place's entry, so a
     * filter can test a bit per place before it reads a record. Unstated dates sort last and are never in it.
     */
    int[] runStartingWithin(LocalDate from, LocalDate to) {
        int start = firstWhere(d -> !d.isAfter(to));
        int end = firstWhere(d -> d.isBefore(from));
        return end <= start ? new int[] {start, start} : new int[] {start, end};
    }

    /** The ordinal of the entry at this place of {@link #newestFirst()}. */
    int ordinalAt(int place) {
        return ordinalAt[place];
    }

    /** The first index of {@link #released} (descending) where the test holds; it holds from there on. */
    private int firstWhere(java.util.function.Predicate<LocalDate> test) {
        int lo = 0;
        int hi = released.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (test.test(released[mid])) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** Split on first use and kept (bounded): nothing is split for entries no question reads. */
    List<String> sentences(Dataset d) {
        return sentences.get(d.id(), id -> split(d));
    }

    private static List<String> split(Dataset d) {
        return Sentences.of(d.description()).stream().map(Sentences.Span::text).toList();
    }

    /**
     * Where each candidate writes each of the subject's forms, from the index ({@link Written}: per form, its
     * occurrences in text order, {@link WrittenForms#place}, {@link WrittenForms#listItems}). The candidates the
     * index cannot tell are not {@link Written#told}, and their text is read: all of them without an index or for a
     * form with a clause mark in it; those whose text holds an excluded phrase (cut out before forms are sought) or
     * writes a form matched case-sensitively in lower case. A told candidate written nowhere but in short pieces
     * has no occurrences.
     */
    Written places(Subject s, Collection<Dataset> candidates) {
        if (forms.isEmpty()) return Written.none();
        for (String f : s.forms()) {
            if (f.isEmpty() || f.chars().anyMatch(c -> Sentences.CLAUSE_MARKS.indexOf(c) >= 0)) return Written.none();
        }
        WrittenForms index = forms.get();
        BitSet among;
        if (candidates instanceof EntrySet e && e.over(all)) {
            among = e.ordinals();
        } else {
            among = new BitSet(all.size());
            for (Dataset d : candidates) {
                Integer o = ordinals.get(d.id());
                if (o != null && all.get(o) == d) among.set(o);
            }
        }
        BitSet unknown = new BitSet(all.size());
        for (String ex : s.excluded()) {
            index.containingLiterally(ex).ifPresentOrElse(unknown::or, () -> unknown.set(0, all.size()));
        }
        among.andNot(unknown);
        var distinct = new ArrayList<String>();
        var occurrences = new ArrayList<WrittenForms.Occurrences>();
        for (String f : s.forms()) {
            if (distinct.contains(f)) continue;
            WrittenForms.Occurrences found = index.occurrences(f);
            found.addUnlocated(among, unknown);
            if (!WrittenForms.exact(f)) found.addLocated(among, unknown);
            distinct.add(f);
            occurrences.add(found);
        }
        among.andNot(unknown);
        return new Written(among, distinct, occurrences.toArray(WrittenForms.Occurrences[]::new));
    }

    /** The entry's position in the catalog list, or −1 for an entry not in it (another record under its id). */
    int ordinal(Dataset d) {
        Integer o = ordinals.get(d.id());
        return o != null && (all.get(o) == d || all.get(o).equals(d)) ? o : -1;
    }

    /** The entries of these ordinals: a set that costs a bit per entry ({@link EntrySet}). */
    EntrySet entries(BitSet ordinals) {
        return new EntrySet(all, this.ordinals, ordinals);
    }

    /** Entries whose names or description write this word as it is (a Latin word whole). */
    Set<Dataset> matching(String word) {
        return matching(new Subject(word, List.of(word), List.of()));
    }

    /** Entries whose names or description write any form of the subject (Latin forms as whole words). */
    Set<Dataset> matching(Subject s) {
        BitSet sure = new BitSet(all.size());
        BitSet check = new BitSet(all.size());
        if (forms.isEmpty()) {
            check.set(0, all.size());
        } else {
            WrittenForms index = forms.get();
            for (String f : s.forms()) {
                if (f.isEmpty()) check.set(0, all.size());
                else if (WrittenForms.exact(f)) sure.or(index.writing(f));
                else check.or(index.writing(f)); // a superset: checked below
            }
            // An excluded phrase is cut out of the text before the forms are sought: the entries that contain one
            // are checked one by one, the others are decided by the index.
            BitSet touched = new BitSet(all.size());
            for (String ex : s.excluded()) {
                index.containingLiterally(ex).ifPresentOrElse(touched::or, () -> touched.set(0, all.size()));
            }
            sure.andNot(touched);
            check.or(touched);
            check.andNot(sure);
        }
        for (int i = check.nextSetBit(0); i >= 0; i = i + 1 < all.size() ? check.nextSetBit(i + 1) : -1) {
            if (writes(WrittenForms.text(all.get(i)), s)) sure.set(i);
        }
        return new EntrySet(all, ordinals, sure);
    }

    /** Entries with a publisher that is, or is part of, an organisation the subject names (微软亚洲研究院 for 微软). */
    Set<Dataset> publishedBy(List<String> organisationNames) {
        BitSet out = new BitSet(all.size());
        var names = new ArrayList<String>(organisationNames);
        for (String n : organisationNames) names.addAll(faculties(n));
        // "中国科学院自动化研究所" asked, "中科院自动化所…" written: the catalog's short form of the asked name
        for (String n : organisationNames) names.addAll(shortNames.of(n));
        for (String n : names) {
            String o = n.strip().toLowerCase(Locale.ROOT);
            if (o.length() < 2) continue;
            for (var e : publishers.tailMap(o, true).entrySet()) {
                if (!e.getKey().startsWith(o)) break;
                if (partOf(e.getKey(), n)) out.or(e.getValue());
            }
        }
        return new EntrySet(all, ordinals, out);
    }

    /** Every publisher's name, and each name written within one ({@link #namesWithin}), as the catalog writes it. */
    java.util.Collection<String> publisherNames() {
        return java.util.Collections.unmodifiableCollection(publisherNames.values());
    }

    /**
     * Whether {@code name} opens some publisher's name as the catalog writes it, on a word boundary ("Meta" of Meta AI,
     * "Facebook" of Facebook AI Research), not only as a later word of a Latin name ("AI Research").
     */
    boolean opensPublisherName(String name) {
        String o = name.strip().toLowerCase(Locale.ROOT);
        if (o.length() < 2) return false;
        for (var e : publishers.tailMap(o, true).entrySet()) {
            if (!e.getKey().startsWith(o)) break;
            if (partOf(e.getKey(), name) && !laterWordsOnly.contains(e.getKey())) return true;
        }
        return false;
    }

    /** Whether some entry's publisher is exactly this name (or a name written within it, as its Latin part). */
    boolean isPublisher(String name) {
        return publishers.containsKey(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #isPublisher}, less the names a publisher has only as a later word of a Latin name: "face" is a publisher
     * by "Hugging Face" alone, and "face datasets" are not Hugging Face's.
     */
    boolean isPublisherByName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return publishers.containsKey(key) && !laterWordsOnly.contains(key);
    }

    /** Whether the name cut at {@code at} of a publisher starts after a space that follows a Latin word. */
    private static boolean laterLatinWord(String publisher, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(publisher.charAt(i - 1))) i--;
        return i < at && i > 0 && publisher.charAt(i - 1) < 0x80 && Character.isLetterOrDigit(publisher.charAt(i - 1));
    }

    /**
     * Whether a publisher as the catalog writes it is the organisation or one of its parts: it starts with the
     * name (加州大学伯克利分校 for 加州大学, Google Research for Google), never merely contains it (南加州大学).
     */
    /**
     * A university's schools and library as their names are written, with the university's own name cut to what
     * comes before 大学: 哈佛大学 → 哈佛法学院, 哈佛医学院, 哈佛图书馆… (哈佛法学院图书馆 is Harvard's). Only these
     * words of a university's parts follow the cut name, so 北京大学 does not reach 北京交通大学 or 北京智源….
     */
    static List<String> faculties(String organisation) {
        String o = organisation.strip();
        if (!o.endsWith("大学") || o.length() < 4) return List.of();
        String stem = o.substring(0, o.length() - 2);
        return FACULTY_WORDS.stream().map(f -> stem + f).toList();
    }

    private static final List<String> FACULTY_WORDS = List.of("法学院", "医学院", "商学院", "工学院", "理学院", "文学院",
            "研究生院", "图书馆", "附属医院");

    static boolean partOf(String publisher, String organisation) {
        String p = publisher.strip().toLowerCase(Locale.ROOT);
        String o = organisation.strip().toLowerCase(Locale.ROOT);
        if (o.length() < 2 || !p.startsWith(o)) return false;
        return p.length() == o.length() || !TopicMatcher.isWordChar(o.charAt(o.length() - 1))
                || !TopicMatcher.isWordChar(p.charAt(o.length()));
    }

    /**
     * A publisher as written and, from each Latin-script word set inside it, the rest of it: 谷歌DeepMind is also
     * DeepMind, 美国国家海洋和大气管理局（NOAA）国家环境信息中心 also NOAA…, so that {@link #partOf} finds an
     * organisation by the name it is written with inside a Chinese one. A Chinese name is never cut (南加州大学 is
     * not 加州大学).
     */
    private static final Pattern BRACKETED = Pattern.compile("[（(]([^（()）]+)(?:[)）]|$)|^([^（()）]+)[)）]");

    static List<String> namesWithin(String publisher) {
        var out = new ArrayList<String>();
        out.add(publisher);
        // "人类细胞图谱联盟（博德研究所、Wellcome Sanger研究所等）": the members a consortium names in brackets
        // published it too, each under its own name
        // (a list split at its commas leaves "联盟（博德研究所" and "Wellcome Sanger研究所等）": a bracket left open
        // or closed alone holds a member too)
        Matcher inBrackets = BRACKETED.matcher(publisher);
        while (inBrackets.find()) {
            String inside = inBrackets.group(1) != null ? inBrackets.group(1) : inBrackets.group(2);
            for (String member : inside.split("[、,，;；]|\\band\\b|和")) {
                String m = member.strip().replaceAll("(等|等等|\\s*etc\\.?|\\s+and others)$", "").strip();
                if (m.codePointCount(0, m.length()) >= 2 && m.chars().anyMatch(Character::isLetter)) out.add(m);
            }
        }
        for (int i = 1; i < publisher.length(); i++) {
            char c = publisher.charAt(i);
            if (c < 0x80 && Character.isLetter(c) && !TopicMatcher.isWordChar(publisher.charAt(i - 1))) {
                out.add(publisher.substring(i));
            }
        }
        return out;
    }

    /**
     * An entry's own words, its description and every name of it, for asking whether it writes a subject at all
     * ("the catalog does not state" is decided on these, not on the sentences picked for an answer).
     */
    static String ownText(Dataset d) {
        return d.description() + "\n" + String.join("\n", d.allNames());
    }

    /** Whether {@code text} writes any form of {@code s}, its exclusions not applied. */
    static boolean writesAnyForm(String text, Subject s) {
        return s.forms().stream().anyMatch(f -> TopicMatcher.contains(text, f));
    }

    static boolean writes(String text, Subject s) {
        String t = text;
        for (String ex : s.excluded()) t = t.replace(ex, " ");
        for (String f : s.forms()) if (TopicMatcher.contains(t, f)) return true;
        return false;
    }
}
