package org.catalogchat.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Determiner-like adjectives and quantifiers: words that say how many things there are or that they differ from each
 * other ("different kinds of robots", "many languages", 各种, 多种), never what the things are. Any entry that lists
 * more than one of anything writes such a word, so an entry writing one beside a topic word corroborates nothing of the
 * topic. A closed class of the language, like its determiners: listed, not learnt from a catalog.
 */
final class VarietyWords {
    private VarietyWords() {}

    /** The quantifiers beside {@link CountReader#VARIETY} (the words of difference a count already leaves out). */
    private static final Set<String> QUANTIFIERS = Set.of("many", "several", "various", "diverse", "multiple", "numerous",
            "varied", "assorted", "miscellaneous", "other", "others", "lots", "lot", "plenty", "much", "more", "most",
            "few", "some", "all", "every", "each", "any", "whole", "entire",
            "不同", "各种", "各类", "多种", "多样", "多个", "许多", "很多", "大量", "其他", "其它");

    static final Set<String> WORDS;
    static {
        var all = new HashSet<>(QUANTIFIERS);
        all.addAll(CountReader.VARIETY);
        WORDS = Set.copyOf(all);
    }

    /** Whether every word of the text is a variety word or quantifier ("different", "lots of"). */
    static boolean only(String text) {
        var words = text.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+");
        boolean any = false;
        for (String w : words) {
            if (w.isEmpty() || w.equals("of")) continue;
            if (!WORDS.contains(w)) return false;
            any = true;
        }
        return any;
    }
}
