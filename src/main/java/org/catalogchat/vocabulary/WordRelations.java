package org.catalogchat.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * English words WordNet relates to an English word: the other words of its synsets, its derivationally related forms
 * and an adjective's pertainym ("urban" → city, "intrusion" → invasion, invade; "segmentation" → segment). A second
 * bridge for a question word that no CC-CEDICT gloss names: its related words may be glosses of terms the catalog
 * writes (城市 "city", 入侵 "to invade"). Derived from WordNet 3.1 by {@code scripts/build-wordnet.sh}, keeping only
 * related words that are CC-CEDICT glosses, from a word's first two senses, and an adjective's attribute (deep → depth)
 * after them. Immutable.
 *
 * <pre>{@code
 * WordRelations.shipped().related("urban");   // [city (pertainym, sense 1), urbanize (derived, sense 2)]
 * }</pre>
 */
public final class WordRelations {
    public static final String RESOURCE = "/vocabulary/wordnet-related.tsv.gz";
    private static final WordRelations NONE = new WordRelations(SortedLines.EMPTY);

    /** How a related word is related. */
    public enum Relation {
        /** Another word of the same synset: intrusion → invasion. */
        SYNONYM,
        /** A derivationally related form of the word: segmentation → segment. */
        DERIVED,
        /** A derivationally related form of a synonym: intrusion (synonym invasion) → invade. */
        SYNONYM_DERIVED,
        /** The noun an adjective pertains to: urban → city. */
        PERTAINYM,
        /** The base form of an irregular form, from WordNet's exception lists: won → win, corpora → corpus. */
        BASE,
        /**
         * The attribute an adjective measures, or an attribute's adjectives: deep → depth (水深), strong → strength.
         * Listed after every other relation of the word, so it is a synonym's equal only where none names the word.
         */
        ATTRIBUTE
    }

    /**
     * @param word     the related English word or phrase, lower case
     * @param relation how it is related
     * @param sense    the rank of the asked word's sense it came from (1 = the word's most frequent sense)
     */
    public record Related(String word, Relation relation, int sense) {
    }

    /** The file's lines, sorted by word (the build script sorts them). */
    private final SortedLines lines;

    private WordRelations(SortedLines lines) {
        this.lines = lines;
    }

    /** No relations: the ablation, and dictionaries made for tests. */
    public static WordRelations none() {
        return NONE;
    }

    /** The shipped relations, read from the classpath once per JVM when first asked for. */
    public static WordRelations shipped() {
        return Shipped.RELATIONS;
    }

    private static final class Shipped {
        static final WordRelations RELATIONS = load();
    }

    static WordRelations load() {
        return new WordRelations(SortedLines.resource(RESOURCE));
    }

    /** Reads the gzipped {@code word<TAB>related code<TAB>…} lines; lines starting with '#' are comments. */
    static WordRelations read(InputStream gzipped) throws IOException {
        return new WordRelations(SortedLines.read(gzipped));
    }

    /** Whether there are no relations at all. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * The base forms of an irregular form ("won" → win, "corpora" → corpus, "wrote" → write), from WordNet's exception
     * lists; empty for a regular word, whose base forms {@link EnglishWords#baseForms} guesses by rule.
     */
    public List<String> bases(String word) {
        List<Related> all = related(word);
        if (all.isEmpty()) return List.of();
        return all.stream().filter(r -> r.relation() == Relation.BASE).map(Related::word).toList();
    }

    /**
     * The other parts of speech of the word itself: its derived forms from its first two senses that share its stem
     * (at least {@value #MIN_STEM} letters, and most of the shorter word), "recognition" → recognize, "summarization"
     * → summarize, "decision" → decide. A form of another root ("speech" → speak, "rating" → evaluate) is not one.
     */
    public List<String> sameStemForms(String word) {
        List<Related> all = related(word);
        if (all.isEmpty()) return List.of();
        var out = new ArrayList<String>(2);
        for (Related r : all) {
            if (r.relation() != Relation.DERIVED || r.sense() > 2 || r.word().indexOf(' ') >= 0) continue;
            if (sameStem(word, r.word()) && !out.contains(r.word())) out.add(r.word());
        }
        return out;
    }

    /**
     * Whether two words begin with a common stem of at least {@value #MIN_STEM} letters that is most of the shorter
     * word: recognition / recognize, summarization / summary; not speech / speak.
     */
    public static boolean sameStem(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) common++;
        return common >= MIN_STEM && common >= STEM_SHARE * shorter;
    }

    private static final int MIN_STEM = 4;
    private static final double STEM_SHARE = 0.6;

    /**
     * The words related to {@code word} (lower case, as WordNet lists lemmas), closest first, then its base forms if
     * it is an irregular form; empty when none.
     */
    public List<Related> related(String word) {
        String line = lines.values(word);
        if (line == null) return List.of();
        var out = new ArrayList<Related>();
        for (String item : line.split("\t")) {
            int space = item.lastIndexOf(' ');
            if (space <= 0 || space + 2 >= item.length() + 1) continue;
            Relation r = switch (item.charAt(space + 1)) {
                case 's' -> Relation.SYNONYM;
                case 'd' -> Relation.DERIVED;
                case 'r' -> Relation.SYNONYM_DERIVED;
                case 'p' -> Relation.PERTAINYM;
                case 'b' -> Relation.BASE;
                case 'a' -> Relation.ATTRIBUTE;
                default -> null;
            };
            if (r == null) continue;
            out.add(new Related(item.substring(0, space), r, Integer.parseInt(item.substring(space + 2))));
        }
        return out;
    }
}
