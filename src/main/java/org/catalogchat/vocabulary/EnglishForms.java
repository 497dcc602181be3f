package org.catalogchat.vocabulary;

import java.util.List;


/**
 * The English word forms and function words of the dictionary look-up, for {@link CatalogVocabulary}'s static
 * helpers: a word's singular, plural and base forms, whether a gloss says a word, whether a word carries meaning.
 * Apart from the vocabulary because none of it depends on a catalog.
 */
final class EnglishForms {
    private EnglishForms() {
    }

    /**
     * A query that is less than 40 % of a gloss's content words is noise: "music" in 图谱's "collection of
     * illustrations or sheet music", "old" in 释文's "decipher an old script". One word of two still counts
     * ("satellite" in 卫星图's "satellite photo").
     */
    static final double MIN_COVERAGE = 0.4;

    /** An English word's singular by the same morphology the dictionary look-up uses ("news" stays "news"). */
    public static String singular(String word) {
        return EnglishWords.singular(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A singular English noun's regular plural ("flower" → flowers, "box" → boxes); a plural stays as it is. */
    public static String plural(String word) {
        return EnglishWords.plural(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The word, its singular and its base forms, as the dictionary look-up reads an English word ("funds" → fund). */
    public static List<String> wordForms(String english) {
        List<String> words = EnglishWords.words(english);
        if (words.size() != 1) return words.isEmpty() ? List.of() : List.of(String.join(" ", words));
        String w = words.get(0);
        var forms = new java.util.LinkedHashSet<String>();
        forms.add(w);
        forms.add(EnglishWords.singular(w));
        forms.addAll(EnglishWords.baseForms(w));
        return List.copyOf(forms);
    }

    /**
     * Whether a dictionary gloss says this English word: one of its content words is the word (or its singular or
     * base form) and the word is at least {@value #MIN_COVERAGE} of them ("recommend" in 建议's "recommend",
     * "department" in 能源部's "Department of Energy"; not "fund" in "mutual fund investment company").
     */
    public static boolean glossSays(String gloss, String english) {
        List<String> content = EnglishWords.words(gloss).stream().filter(w -> !EnglishWords.isStop(w)).toList();
        if (content.isEmpty() || 1.0 / content.size() < MIN_COVERAGE) return false;
        List<String> forms = wordForms(english);
        return content.stream().anyMatch(w -> forms.contains(w) || forms.contains(EnglishWords.singular(w)));
    }

    /** Whether the word only stands in for what is asked ("things", "stuff"): see {@link EnglishWords#placeholderNoun}. */
    public static boolean placeholderNoun(String word) {
        return EnglishWords.placeholderNoun(word);
    }

    /** Whether a word carries no meaning of its own ("of", "in", "the"): the normalisation's function words. */
    public static boolean isFunctionWord(String word) {
        List<String> w = EnglishWords.words(word);
        return w.isEmpty() || w.stream().allMatch(EnglishWords::isStop);
    }

    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c < '0' || c > '9') && c != '.') return false;
        }
        return true;
    }
}
