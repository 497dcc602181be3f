package org.catalogchat.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Finds the datasets a question names: exactly, by alias, ignoring case and punctuation
 * ("laion 5b", "Medtrinity25m"), by a name without its size suffix ("OpenVid"), and despite a typo
 * ("infinty-mm").
 *
 * <pre>{@code
 * new NameIndex(catalog, glossary).find("who made wudao mm?"); // [NameMatch(WuDaoMM, 1.0, …)]
 * }</pre>
 */
public final class NameIndex {
    /** The score of a name the question writes as the start of a sized name ("OpenVid"); below it, typo matches. */
    public static final double PREFIX_SCORE = 0.9;
    /** A dataset named in a question, how sure the match is, and where it stands in the question. */
    public record NameMatch(Dataset dataset, double score, String matchedText, int position) {
    }

    private static final Pattern LATIN_TOKEN = Pattern.compile("[\\p{IsLatin}\\d]+");
    /** A version tag after a name, set off by a space: " V3.0", " v2", " 2.1". */
    private static final Pattern VERSION_TAG = Pattern.compile("\\s+(?:[Vv]\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)+)$");
    private static final Pattern SIZE_SUFFIX = Pattern.compile("\\d+[a-z]{0,2}|mm|v|\\d+(\\.\\d+)?");
    private static final int MAX_WINDOW = 5;
    /**
     * Typo look-ups one question may make. Each builds a Levenshtein automaton (about a millisecond on a quiet core);
     * an ordinary question makes a few dozen at most, while 2,000 characters of words made hundreds and ran past the
     * answer's time limit. Past the budget, names are still found as written or by their beginning.
     */
    static final int MAX_TYPO_LOOKUPS = 64;

    private record Name(String normalized, String raw, Dataset dataset) {
    }

    private final List<Name> cjkNames = new ArrayList<>();
    /**
     * The CJK names as written (their positions in {@link #cjkNames}), and every length one has: a question is looked
     * up at each of its positions in each of those lengths instead of searched for every name. By their first one or two
     * characters, as before, thousands of names at 100k entries shared an opening ("3D点云数据集…") and each was
     * compared with the question wherever it wrote the opening.
     */
    private final Map<String, List<Integer>> cjkByName = new java.util.HashMap<>();
    private final java.util.TreeSet<Integer> cjkLengths = new java.util.TreeSet<>();
    /** The glossary's topic terms, normalised once (a name prefix that is a topic word is not a name). */
    private final java.util.Set<String> topicTerms = new java.util.HashSet<>();
    /** Normalised Latin names in order, so exact and prefix look-ups stay logarithmic at 100k entries. */
    private final java.util.TreeMap<String, List<Name>> byNormalized = new java.util.TreeMap<>();
    /** Lucene's Levenshtein automata find typo candidates without comparing the window with every name. */
    private final FuzzyNames fuzzy;
    private final Glossary glossary;
    /**
     * The longest normalised Latin name: a window longer by more than two characters is more than two edits from every
     * name, so it is never looked up as a typo. Lucene builds a Levenshtein automaton per look-up, whose cost grows with
     * the window; a question of ninety long nonsense words took 30 s in such look-ups.
     */
    private final int longestName;

    public NameIndex(Catalog catalog, Glossary glossary) {
        this(catalog, glossary, null);
    }

    /** @param fuzzy the typo index over {@link #fuzzyNames} of this catalog, kept with a generation; null: built here */
    NameIndex(Catalog catalog, Glossary glossary, FuzzyNames fuzzy) {
        this.glossary = glossary;
        for (Dataset d : catalog.datasets()) {
            for (String n : d.allNames()) {
                String norm = normalize(n);
                if (norm.isEmpty()) continue;
                Name name = new Name(norm, n, d);
                if (TopicMatcher.hasHan(n)) {
                    addCjk(n, name);
                    // "中国地面气候资料日值数据集 V3.0": users write the Chinese name without its version tag
                    Matcher tag = VERSION_TAG.matcher(n);
                    if (tag.find() && n.substring(0, tag.start()).codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 4) {
                        addCjk(n.substring(0, tag.start()), new Name(normalize(n.substring(0, tag.start())), n.substring(0, tag.start()), d));
                    }
                } else {
                    byNormalized.computeIfAbsent(norm, k -> new ArrayList<>()).add(name);
                }
            }
        }
        this.fuzzy = fuzzy != null ? fuzzy : new FuzzyNames(byNormalized.keySet());
        this.longestName = byNormalized.keySet().stream().mapToInt(String::length).max().orElse(0);
        glossary.topics().forEach(t -> t.terms().forEach(term -> topicTerms.add(normalize(term))));
    }

    private void addCjk(String written, Name name) {
        cjkByName.computeIfAbsent(written, k -> new ArrayList<>()).add(cjkNames.size());
        cjkLengths.add(written.length());
        cjkNames.add(name);
    }

    /** What the typo look-up searches: every normalised name not written in CJK, sorted (as the constructor has them). */
    static java.util.SortedSet<String> fuzzyNames(Catalog catalog) {
        var out = new java.util.TreeSet<String>();
        for (Dataset d : catalog.datasets()) {
            for (String n : d.allNames()) {
                String norm = normalize(n);
                if (!norm.isEmpty() && !TopicMatcher.hasHan(n)) out.add(norm);
            }
        }
        return out;
    }

    /** Case and punctuation do not count: "LAION-5B", "laion 5b" and "Laion5B" are one name. */
    public static String normalize(String s) {
        // What replaceAll("[^\\p{L}\\p{N}]+", "") keeps, without a regex: it runs for every name at every start.
        String lower = s.toLowerCase(Locale.ROOT);
        var out = new StringBuilder(lower.length());
        lower.codePoints().filter(c -> Character.isLetter(c) || isNumber(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Unicode category N, as {@code \\p{N}} has it (decimal digits, letter numbers such as Ⅻ, others such as ½). */
    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The datasets named in the text, in the order they appear, each once. */
    public List<NameMatch> find(String text) {
        var best = new LinkedHashMap<String, NameMatch>();
        // Each CJK name found at its first position, then taken in the order of the names (as a scan of every name
        // would), so ties between two names of one entry resolve as before.
        var found = new java.util.TreeMap<Integer, Integer>();
        for (int i = 0; i < text.length(); i++) {
            for (int len : cjkLengths) {
                if (i + len > text.length()) break;
                List<Integer> names = cjkByName.get(text.substring(i, i + len));
                if (names != null) for (int k : names) found.putIfAbsent(k, i);
            }
        }
        for (var e : found.entrySet()) {
            Name n = cjkNames.get(e.getKey());
            keepBest(best, new NameMatch(n.dataset(), 1.0, n.raw(), e.getValue()));
        }
        findLatin(text, best);
        var out = new ArrayList<>(best.values());
        out.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return out;
    }

    private void findLatin(String text, Map<String, NameMatch> best) {
        var starts = new ArrayList<Integer>();
        var ends = new ArrayList<Integer>();
        var words = new ArrayList<String>();
        Matcher m = LATIN_TOKEN.matcher(text);
        while (m.find()) {
            starts.add(m.start());
            ends.add(m.end());
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        boolean[] used = new boolean[words.size()];
        int[] typoLookups = {0};
        // Longest windows first, so "ShareGPT4Video" is never read as "ShareGPT4V" plus a stray word.
        for (int size = Math.min(MAX_WINDOW, words.size()); size >= 1; size--) {
            for (int i = 0; i + size <= words.size(); i++) {
                if (anyUsed(used, i, size) || !joined(text, starts, ends, i, size)) continue;
                String window = String.join("", words.subList(i, i + size));
                String raw = text.substring(starts.get(i), ends.get(i + size - 1));
                NameMatch match = matchWindow(window, raw, starts.get(i), words.subList(i, i + size), typoLookups);
                if (match != null) {
                    keepBest(best, match);
                    for (int j = i; j < i + size; j++) used[j] = true;
                }
            }
        }
    }

    /**
     * Whether the window's words are written as one name: "CHARLS和UK Biobank" holds two names, and "CHARLS和UK" read
     * as one window would fuzzily match CHARLS and hide UK Biobank.
     */
    private static boolean joined(String text, List<Integer> starts, List<Integer> ends, int i, int size) {
        for (int j = i; j < i + size - 1; j++) {
            String gap = text.substring(ends.get(j), starts.get(j + 1));
            if (gap.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || "，,、;；。?？!！()（）".indexOf(c) >= 0)) return false;
        }
        return true;
    }

    private NameMatch matchWindow(String window, String raw, int position, List<String> words, int[] typoLookups) {
        if (words.stream().allMatch(glossary::isStopword)) return null;
        List<Name> exact = byNormalized.get(window);
        if (exact != null) return new NameMatch(exact.get(0).dataset(), 1.0, raw, position);
        NameMatch found = null;
        if (window.length() >= 5) {
            // Names that start with the window: "OpenVid" for OpenVid-1M.
            for (var e : byNormalized.subMap(window, false, window + Character.MAX_VALUE, false).entrySet()) {
                if (isSizeLessName(window, e.getKey(), raw)) {
                    found = better(found, new NameMatch(e.getValue().get(0).dataset(), PREFIX_SCORE, raw, position));
                }
            }
        }
        int allowed = window.length() >= 8 ? 2 : 1;
        if (found == null && window.length() >= 5 && window.length() <= longestName + allowed
                && words.stream().noneMatch(glossary::isStopword) && typoLookups[0]++ < MAX_TYPO_LOOKUPS) {
            for (String candidate : fuzzy.near(window, allowed)) {
                if (byNormalized.get(candidate).stream().anyMatch(n -> wordsOf(n.raw(), window))) continue;
                int d = Typos.distance(window, candidate, allowed);
                if (d <= allowed) {
                    found = better(found, new NameMatch(byNormalized.get(candidate).get(0).dataset(), 0.85 - 0.05 * d, raw,
                            position));
                }
            }
        }
        return found;
    }

    /**
     * Whether the window is one or more whole words of the name ("forecasting" of "M5 Forecasting"): a part of the
     * name asked as a word, not the name misspelt, however few characters the rest of the name has.
     */
    private static boolean wordsOf(String rawName, String window) {
        var tokens = new ArrayList<String>();
        Matcher m = LATIN_TOKEN.matcher(rawName.toLowerCase(Locale.ROOT));
        while (m.find()) tokens.add(m.group());
        for (int i = 0; i < tokens.size(); i++) {
            var joined = new StringBuilder();
            for (int j = i; j < tokens.size() && joined.length() < window.length(); j++) joined.append(tokens.get(j));
            if (joined.toString().equals(window)) return true;
        }
        return false;
    }

    private static NameMatch better(NameMatch current, NameMatch candidate) {
        return current == null || candidate.score() > current.score() ? candidate : current;
    }

    /** "OpenVid" for OpenVid-1M, "MedTrinity" for MedTrinity-25M; never a topic word such as "touch". */
    private boolean isSizeLessName(String window, String name, String raw) {
        if (window.length() < 5 || !name.startsWith(window)) return false;
        if (topicTerms.contains(window)) return false;
        return SIZE_SUFFIX.matcher(name.substring(window.length())).matches() && !glossary.isStopword(raw);
    }

    private static boolean anyUsed(boolean[] used, int from, int size) {
        for (int j = from; j < from + size; j++) if (used[j]) return true;
        return false;
    }

    private static void keepBest(Map<String, NameMatch> best, NameMatch m) {
        best.merge(m.dataset().id(), m, (a, b) -> b.score() > a.score() ? b : a);
    }

    /** Whether a single word is a dataset name or alias (used to keep names out of "unknown word" checks). */
    public boolean isName(String word) {
        String w = normalize(word);
        if (byNormalized.containsKey(w)) return true;
        String next = w.length() >= 5 ? byNormalized.ceilingKey(w) : null;
        return next != null && next.startsWith(w) || cjkNames.stream().anyMatch(n -> TopicMatcher.contains(n.raw(), word));
    }
}
