package org.catalogchat.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The second dictionary, English → Chinese, derived from ECDICT (MIT) by {@code scripts/build-ecdict.sh}: for an
 * English word or phrase of up to three words, the Chinese translations ECDICT gives, each sense's first translation
 * first and every later one after them ({@link Sense#later}), kept only where
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
    private static final EnglishChineseDictionary NONE = new EnglishChineseDictionary(SortedLines.EMPTY);

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
     * @param later   not the first translation of its sense line, or of a general sense after the first ("pasture" →
     *                牧场, later 草地): often another thing ("bird" → 羽毛球), read only where no first one reaches the
     *                catalog ({@link SecondDictionaryTerms})
     */
    public record Sense(String chinese, Kind kind, int rank, boolean later) {
        /** A first translation of its sense line. */
        public Sense(String chinese, Kind kind, int rank) {
            this(chinese, kind, rank, false);
        }
    }

    /** The file's lines, sorted by English (the build script sorts them). */
    private final SortedLines lines;

    private EnglishChineseDictionary(SortedLines lines) {
        this.lines = lines;
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
        return new EnglishChineseDictionary(SortedLines.resource(RESOURCE));
    }

    /**
     * Reads gzipped {@code english<TAB>chinese<TAB>…} lines, a Chinese translation marked "*" when subject-tagged and
     * "~" when gathered from the web, and before that "+" when it is a later translation (after every first one);
     * lines starting with '#' are comments.
     */
    static EnglishChineseDictionary read(InputStream gzipped) throws IOException {
        return new EnglishChineseDictionary(SortedLines.read(gzipped));
    }

    /** Whether there are no translations at all. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * ECDICT's translations of the word or phrase (lower case, words separated by one space): each sense's first
     * translation in ECDICT's order, then the later ones.
     */
    public List<Sense> senses(String english) {
        String line = lines.values(english);
        if (line == null) return List.of();
        var out = new ArrayList<Sense>();
        for (String item : line.split("\t")) {
            if (item.isEmpty()) continue;
            boolean later = item.charAt(0) == '+';
            if (later) item = item.substring(1);
            if (item.isEmpty()) continue;
            Kind kind = switch (item.charAt(0)) {
                case '*' -> Kind.SUBJECT;
                case '~' -> Kind.WEB;
                default -> Kind.GENERAL;
            };
            out.add(new Sense(kind == Kind.GENERAL ? item : item.substring(1), kind, out.size(), later));
        }
        return out;
    }
}
