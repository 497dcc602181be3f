package org.catalogchat.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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
     */
    public record Sense(String chinese, Kind kind, int rank) {
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
     * "~" when gathered from the web; lines starting with '#' are comments.
     */
    static EnglishChineseDictionary read(InputStream gzipped) throws IOException {
        return new EnglishChineseDictionary(SortedLines.read(gzipped));
    }

    /** Whether there are no translations at all. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** ECDICT's translations of the word or phrase (lower case, words separated by one space), first sense first. */
    public List<Sense> senses(String english) {
        String line = lines.values(english);
        if (line == null) return List.of();
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
}
