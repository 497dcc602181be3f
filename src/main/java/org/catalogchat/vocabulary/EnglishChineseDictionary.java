package org.catalogchat.vocabulary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The second dictionary, English → Chinese, derived from ECDICT (MIT) by {@code scripts/build-ecdict.sh}: for an
 * English word or phrase of up to three words, the Chinese translations ECDICT gives, main sense first, kept only where
 * they are CC-CEDICT headwords that CC-CEDICT does not already gloss with that word ("anomaly" → 异常, "ping pong" →
 * 乒乓球). The bot reads it only for a question word that CC-CEDICT and WordNet leave unmatched
 * ({@link CatalogVocabulary#translate}). Immutable.
 *
 * <pre>{@code
 * EnglishChineseDictionary.shipped().senses("anomaly");   // [不规则, 畸形, 异常 (subject-tagged), 反常 (subject-tagged)]
 * }</pre>
 */
public final class EnglishChineseDictionary {
    public static final String RESOURCE = "/vocabulary/ecdict-en-zh.tsv.gz";
    private static final EnglishChineseDictionary NONE = new EnglishChineseDictionary("", new int[0]);

    /** Where a translation stands in ECDICT's entry. */
    public enum Kind {
        /** A sense of a subject's vocabulary ("[医] 异常", "[计] 图表"): what a dataset description writes. */
        SUBJECT,
        /** A general sense. */
        GENERAL,
        /** A sense ECDICT gathered from the web ("[网络] …"): the least reliable. */
        WEB
    }

    /**
     * @param chinese the translation, a CC-CEDICT headword
     * @param kind    the sense's tag
     * @param rank    its place among the word's translations, 0 for the first
     */
    public record Sense(String chinese, Kind kind, int rank) {
    }

    /** The file's lines, sorted by English (the build script sorts them), found by binary search over {@code starts}. */
    private final String text;
    private final int[] starts;

    private EnglishChineseDictionary(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** No translations: the ablation, and dictionaries made for tests. */
    public static EnglishChineseDictionary none() {
        return NONE;
    }

    /** The shipped dictionary, read from the classpath once per JVM when first asked for. */
    public static EnglishChineseDictionary shipped() {
        return Shipped.DICTIONARY;
    }

    private static final class Shipped {
        static final EnglishChineseDictionary DICTIONARY = load();
    }

    static EnglishChineseDictionary load() {
        try (InputStream in = EnglishChineseDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads gzipped {@code english<TAB>chinese<TAB>…} lines, a Chinese translation marked "*" when subject-tagged and
     * "~" when gathered from the web; lines starting with '#' are comments.
     */
    static EnglishChineseDictionary read(InputStream gzipped) throws IOException {
        var bytes = new ByteArrayOutputStream(1 << 21);
        try (var in = new GZIPInputStream(gzipped, 1 << 16)) {
            in.transferTo(bytes);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int[] starts = new int[1 << 16];
        int n = 0;
        for (int at = 0; at < text.length(); ) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            int tab = text.indexOf('\t', at);
            if (text.charAt(at) != '#' && tab > at && tab < end) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = at;
            }
            at = end + 1;
        }
        starts = Arrays.copyOf(starts, n);
        for (int i = 1; i < n; i++) {
            if (key(text, starts[i - 1]).compareTo(key(text, starts[i])) > 0) {
                // a hand-made test file need not be sorted
                starts = Arrays.stream(starts).boxed().sorted(java.util.Comparator.comparing(s -> key(text, s)))
                        .mapToInt(Integer::intValue).toArray();
                break;
            }
        }
        return new EnglishChineseDictionary(text, starts);
    }

    private static String key(String text, int start) {
        return text.substring(start, text.indexOf('\t', start));
    }

    /** Whether there are no translations at all. */
    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** ECDICT's translations of the word or phrase (lower case, words separated by one space), first sense first. */
    public List<Sense> senses(String english) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(starts[mid], english);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return parse(starts[mid]);
        }
        return List.of();
    }

    private List<Sense> parse(int start) {
        int end = text.indexOf('\n', start);
        String line = text.substring(text.indexOf('\t', start) + 1, end < 0 ? text.length() : end);
        var out = new ArrayList<Sense>();
        for (String item : line.split("\t")) {
            if (item.isEmpty()) continue;
            Kind kind = switch (item.charAt(0)) {
                case '*' -> Kind.SUBJECT;
                case '~' -> Kind.WEB;
                default -> Kind.GENERAL;
            };
            out.add(new Sense(kind == Kind.GENERAL ? item : item.substring(1), kind, out.size()));
        }
        return out;
    }

    /** The English of the line at {@code start} against {@code english}, as String.compareTo orders them. */
    private int compare(int start, String english) {
        int tab = text.indexOf('\t', start);
        int n = Math.min(tab - start, english.length());
        for (int i = 0; i < n; i++) {
            int c = text.charAt(start + i) - english.charAt(i);
            if (c != 0) return c;
        }
        return (tab - start) - english.length();
    }
}
