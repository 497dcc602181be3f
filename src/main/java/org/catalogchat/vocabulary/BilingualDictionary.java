package org.catalogchat.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * vocabulary.toChinese("remote sensing").get(0);      // 遥感 ← "remote sensing" (WHOLE_GLOSS, 0.91, ×5)
 * }</pre>
 */
public final class BilingualDictionary {
    /** Classpath location of the derived CC-CEDICT file. */
    public static final String RESOURCE = "/vocabulary/cedict-zh-en.tsv.gz";

    /**
     * All headwords, one after the other, in file order: headword k is {@code heads[headStart[k],
     * headStart[k + 1])}. They are found through {@code slots}, an open-addressing table of entry index + 1 by
     * headword hash. Compared with a HashMap of 100k String keys this loads in a fraction of the time (no
     * per-entry objects), and the catalog scan can test a region of its text, with a hash it rolls along, without
     * cutting a substring first.
     */
    private final char[] heads;
    private final int[] headStart;
    private final int[] hashes;
    private final int[] slots;
    /**
     * The file's UTF-8 bytes: the glosses of entry k are {@code bytes[glossStart[k], glossEnd[k])}, decoded only
     * for the few thousand entries a catalog keeps; decoding all 3 MB of them would double the load time.
     */
    private final byte[] bytes;
    private final int[] glossStart;
    private final int[] glossEnd;
    /**
     * For each first char, bit L set when a headword of L chars (2 ≤ L ≤ 63) starts with it: the catalog scan
     * tries only those lengths instead of every substring.
     */
    private final long[] lengthsByFirstChar;
    private final String source;
    /**
     * WordNet's related words, the second bridge from an English word to the glosses ({@link WordRelations}):
     * the shipped file for the shipped dictionary, read the first time a question word needs it; none otherwise.
     */
    private final java.util.function.Supplier<WordRelations> relations;
    /**
     * The second, English → Chinese dictionary ({@link EnglishChineseDictionary}, from ECDICT), read the first time a
     * question word that nothing else matched needs it: the shipped file for the shipped dictionary, none otherwise.
     */
    private final java.util.function.Supplier<EnglishChineseDictionary> second;

    /** The same dictionary with other WordNet relations and second dictionary (the arrays are shared: all are read-only). */
    private BilingualDictionary(BilingualDictionary d, java.util.function.Supplier<WordRelations> relations,
            java.util.function.Supplier<EnglishChineseDictionary> second) {
        this.heads = d.heads;
        this.headStart = d.headStart;
        this.hashes = d.hashes;
        this.slots = d.slots;
        this.bytes = d.bytes;
        this.glossStart = d.glossStart;
        this.glossEnd = d.glossEnd;
        this.lengthsByFirstChar = d.lengthsByFirstChar;
        this.source = d.source;
        this.relations = relations;
        this.second = second;
    }

    private BilingualDictionary(char[] heads, int[] headStart, int[] hashes, byte[] bytes, int[] glossStart,
            int[] glossEnd, long[] lengthsByFirstChar, String source) {
        this.relations = WordRelations::none;
        this.second = EnglishChineseDictionary::none;
        this.heads = heads;
        this.headStart = headStart;
        this.hashes = hashes;
        this.bytes = bytes;
        this.glossStart = glossStart;
        this.glossEnd = glossEnd;
        this.lengthsByFirstChar = lengthsByFirstChar;
        this.source = source;
        int n = glossStart.length;
        this.slots = new int[Integer.highestOneBit(Math.max(4, n * 2)) * 2];
        int mask = slots.length - 1;
        int shift = Integer.numberOfLeadingZeros(slots.length) + 1;
        for (int k = 0; k < n; k++) {
            int i = (hashes[k] * 0x9E3779B9) >>> shift;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = k + 1;
        }
    }

    /** Loads the shipped dictionary from the classpath. */
    public static BilingualDictionary load() {
        try (InputStream in = BilingualDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
            return read(in).withRelations(WordRelations::shipped).withSecond(EnglishChineseDictionary::shipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * A dictionary with no entries: every look-up finds nothing. For the ablation run that empties the shipped
     * general vocabulary, and for tests that must not depend on it.
     */
    public static BilingualDictionary empty() {
        return new BilingualDictionary(new char[0], new int[1], new int[0], new byte[0], new int[0], new int[0],
                new long[Character.MAX_VALUE + 1], "empty");
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
     * lines, one per headword. This runs once, mostly before the JIT has compiled anything, so it touches each
     * byte as few times as it can: it finds line and tab ends with String.indexOf, decodes headwords only, and
     * hashes them while decoding.
     */
    static BilingualDictionary read(InputStream gzipped) throws IOException {
        byte[] bytes;
        try (var in = new GZIPInputStream(gzipped, 1 << 16)) {
            bytes = in.readAllBytes();
        }
        StringBuilder comments = new StringBuilder();
        int pos = 0;
        while (pos < bytes.length && bytes[pos] == '#') {
            int nl = lineEnd(bytes, pos);
            comments.append(new String(bytes, pos + 1, nl - pos - 1, StandardCharsets.UTF_8).trim()).append(' ');
            pos = nl + 1;
        }
        char[] heads = new char[bytes.length / 8];
        int[] headStart = new int[1 << 17];
        int[] hashes = new int[1 << 17];
        int[] glossStart = new int[1 << 17];
        int[] glossEnd = new int[1 << 17];
        long[] lengths = new long[Character.MAX_VALUE + 1];
        // The same bytes as a Latin-1 string (one char per byte, a plain copy), only to find tabs and newlines
        // with String.indexOf, which is vectorised: a byte loop over 3.8 MB costs ~50 ms before the JIT warms.
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        int n = 0;
        int used = 0;
        for (int line = pos; line < bytes.length; ) {
            int nl = raw.indexOf('\n', line);
            if (nl < 0) nl = bytes.length;
            int tab = raw.indexOf('\t', line);
            if (tab < 0 || tab > nl) tab = nl;
            if (tab > line && tab < nl - 1) {
                if (n + 1 >= headStart.length) {
                    headStart = Arrays.copyOf(headStart, n * 2);
                    hashes = Arrays.copyOf(hashes, n * 2);
                    glossStart = Arrays.copyOf(glossStart, n * 2);
                    glossEnd = Arrays.copyOf(glossEnd, n * 2);
                }
                if (heads.length - used < 2 * (tab - line)) heads = Arrays.copyOf(heads, heads.length * 2 + tab - line);
                headStart[n] = used;
                used = decodeUtf8(bytes, line, tab, heads, used);
                int h = 0;
                for (int i = headStart[n]; i < used; i++) h = 31 * h + heads[i];
                hashes[n] = h;
                int len = used - headStart[n];
                if (len >= 2 && len < 64) lengths[heads[headStart[n]]] |= 1L << len;
                glossStart[n] = tab + 1;
                glossEnd[n] = nl;
                n++;
            }
            line = nl + 1;
        }
        headStart[n] = used;
        return new BilingualDictionary(Arrays.copyOf(heads, used), Arrays.copyOf(headStart, n + 1),
                Arrays.copyOf(hashes, n), bytes, Arrays.copyOf(glossStart, n), Arrays.copyOf(glossEnd, n), lengths,
                comments.toString().trim());
    }

    /**
     * Decodes UTF-8 bytes[from, to) into chars[at…] and returns the end. Hand-written because only the headword
     * column of each line is decoded; the file is the build script's own output, valid UTF-8.
     */
    private static int decodeUtf8(byte[] bytes, int from, int to, char[] chars, int at) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                chars[at++] = (char) b;
                i += 1;
            } else if (b < 0xE0) {
                chars[at++] = (char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if (b < 0xF0) {
                chars[at++] = (char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            } else {
                int cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
                        | (bytes[i + 3] & 0x3F);
                chars[at++] = Character.highSurrogate(cp);
                chars[at++] = Character.lowSurrogate(cp);
                i += 4;
            }
        }
        return at;
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == '\n') return i;
        return bytes.length;
    }

    private static boolean regionEquals(char[] a, int aFrom, int aTo, CharSequence b, int bFrom, int bTo) {
        if (aTo - aFrom != bTo - bFrom) return false;
        for (int i = 0; i < aTo - aFrom; i++) {
            if (a[aFrom + i] != b.charAt(bFrom + i)) return false;
        }
        return true;
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
            if (hashes[k] == hash && regionEquals(heads, headStart[k], headStart[k + 1], s, from, to)) return k;
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
        return new String(heads, headStart[k], headStart[k + 1] - headStart[k]);
    }

    /** Number of headwords. */
    public int size() {
        return glossStart.length;
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

    /** This dictionary with the given WordNet relations, read when first needed (tests give a small fixture). */
    BilingualDictionary withRelations(java.util.function.Supplier<WordRelations> relations) {
        return new BilingualDictionary(this, relations, second);
    }

    /** This dictionary with the given second dictionary, read when first needed (tests give a small fixture). */
    BilingualDictionary withSecond(java.util.function.Supplier<EnglishChineseDictionary> second) {
        return new BilingualDictionary(this, relations, second);
    }

    /** The second, English → Chinese dictionary; none for a dictionary read from a stream or the empty one. */
    EnglishChineseDictionary second() {
        return second.get();
    }

    /** WordNet's related words for the English side; none for a dictionary read from a stream or the empty one. */
    WordRelations relations() {
        return relations.get();
    }

    /** Identifies the data (a CRC-32 of it and its size): what a vocabulary persisted from it must match. */
    public String fingerprint() {
        var crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return Long.toHexString(crc.getValue()) + "-" + bytes.length;
    }

        /** The attribution line of the data file (source, licence, version). */
    public String source() {
        return source;
    }

    /**
     * The translations whose Chinese side occurs in the catalog's text, indexed for look-up both ways.
     * Headwords of one character are no terms (they occur inside every other word), except as the catalog's own
     * one-character words where they mostly stand alone (脸 of 人脸, which the dictionary lacks); left out too are
     * occurrences that straddle two words ({@code 集中} inside {@code 数据集中}).
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
        return new CatalogVocabulary(this, new TermScanner(this).scan(catalogTexts), latin,
                BracketGlosses.harvest(this, catalogTexts));
    }

    /** Lengths (as bits) of the headwords that start with {@code c}. */
    long lengthsStartingWith(char c) {
        return lengthsByFirstChar[c];
    }

    /**
     * Every headword one of whose first {@code senses} glosses is exactly {@code english} (or "to " + it), in
     * headword order, at most {@code limit} of them, each with its raw tab-joined glosses. Only asked for an English
     * word the catalog's own terms do not gloss; looked up in {@link #senseIndex()}, since a scan of all 3 MB of
     * glosses cost 3 ms per word.
     */
    List<Map.Entry<String, String>> glossing(String english, int senses, int limit) {
        if (senses > INDEXED_SENSES) throw new IllegalArgumentException("only the first " + INDEXED_SENSES + " senses are indexed");
        long[] index = senseIndex();
        var hits = new java.util.TreeSet<Integer>();
        for (String form : List.of(english, "to " + english)) {
            byte[] needle = form.getBytes(StandardCharsets.UTF_8);
            long key = (long) hash(needle, 0, needle.length) << 32;
            int at = Arrays.binarySearch(index, key);
            for (int i = at >= 0 ? at : -at - 1; i < index.length && (index[i] & 0xFFFF_FFFF_0000_0000L) == key; i++) {
                int sense = (int) (index[i] >>> 24) & 0xFF;
                int k = (int) index[i] & 0xFF_FFFF;
                if (sense < senses && sense(k, sense, needle)) hits.add(k);
            }
        }
        List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        for (int k : hits) {
            if (out.size() == limit) break;
            out.add(Map.entry(headword(k), new String(bytes, glossStart[k], glossEnd[k] - glossStart[k], StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** How many leading senses of each headword {@link #senseIndex()} holds. */
    static final int INDEXED_SENSES = 2;
    /** Built on first use: most questions never need it. */
    private volatile long[] senseIndex;

    /**
     * Each of the first {@link #INDEXED_SENSES} glosses of every headword as {@code hash << 32 | sense << 24 | k},
     * sorted, so that the headwords glossing a word are found by binary search (hash collisions are checked).
     */
    private long[] senseIndex() {
        long[] index = senseIndex;
        if (index != null) return index;
        synchronized (this) {
            if (senseIndex == null) {
                var packed = new long[glossStart.length * INDEXED_SENSES];
                int n = 0;
                for (int k = 0; k < glossStart.length; k++) {
                    int from = glossStart[k];
                    for (int sense = 0; sense < INDEXED_SENSES && from < glossEnd[k]; sense++) {
                        int stop = from;
                        while (stop < glossEnd[k] && bytes[stop] != '\t') stop++;
                        packed[n++] = (long) hash(bytes, from, stop) << 32 | (long) sense << 24 | k;
                        from = stop + 1;
                    }
                }
                long[] sorted = Arrays.copyOf(packed, n);
                Arrays.sort(sorted);
                senseIndex = sorted;
            }
            return senseIndex;
        }
    }

    /** Whether sense {@code sense} of headword {@code k} is exactly the needle's bytes. */
    private boolean sense(int k, int sense, byte[] needle) {
        int from = glossStart[k];
        for (int i = 0; i < sense && from < glossEnd[k]; i++) {
            while (from < glossEnd[k] && bytes[from] != '\t') from++;
            from++;
        }
        int stop = from;
        while (stop < glossEnd[k] && bytes[stop] != '\t') stop++;
        return stop - from == needle.length && Arrays.equals(bytes, from, stop, needle, 0, needle.length);
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + b[i];
        return h;
    }

    /** The raw tab-joined glosses, or null. */
    String rawGlosses(String chinese) {
        int k = find(chinese, 0, chinese.length());
        return k < 0 ? null : new String(bytes, glossStart[k], glossEnd[k] - glossStart[k], StandardCharsets.UTF_8);
    }
}
