package org.catalogchat.vocabulary;

import java.util.List;


/**
 * The word a misspelt question word was meant to be. Apart from {@link CatalogVocabulary} because it is a search of
 * its own over the strings one edit away, with its own limits.
 */
final class SpellingCorrection {
    private final BilingualDictionary dictionary;
    private final CatalogVocabulary vocabulary;
    private final GlossIndex index;

    SpellingCorrection(BilingualDictionary dictionary, CatalogVocabulary vocabulary, GlossIndex index) {
        this.dictionary = dictionary;
        this.vocabulary = vocabulary;
        this.index = index;
    }

    /**
     * The word a misspelt question word was meant to be ("datsets" → datasets, "generaton" → generation): the only word
     * one edit away from it that the dictionary has as a main sense, as it stands, and that reaches the catalog (a term
     * translates it, or the catalog writes it). Null when the word is short (under {@value #MIN_CORRECTED} letters) or long
     * (over {@value #MAX_CORRECTED}), not all lower-case letters (a name: "Waymo"), a word of the language (the dictionary
     * knows it, the catalog writes it, or WordNet relates it), or when no or several such words are one edit away.
     */
    String correction(String token) {
        if (token.length() < MIN_CORRECTED || token.length() > MAX_CORRECTED
                || !token.chars().allMatch(c -> c >= 'a' && c <= 'z')) return null;
        // WordNet covers words CC-CEDICT lacks as a main sense: "vocals" (vocal → vocal music, song) is that word, not
        // a typo of its neighbour "locals"
        if (vocabulary.dictionaryKnows(token) || vocabulary.writes(token) || vocabulary.isEnglishWord(token)) return null;
        String word = EnglishWords.words(token).get(0);
        String found = null;
        var seen = new java.util.HashSet<String>();
        for (String w : List.of(token, word)) {
            for (String candidate : EnglishWords.oneEditAway(w)) {
                String key = EnglishWords.singular(candidate);
                if (!seen.add(key)) continue;
                // a word as it stands (no guessed base form: "datests" is no form of "date")
                boolean known = !dictionary.glossing(key, CatalogVocabulary.SIBLING_SENSES, 1).isEmpty()
                        || !dictionary.glossing(candidate, CatalogVocabulary.SIBLING_SENSES, 1).isEmpty();
                boolean reaches = vocabulary.writes(candidate) || known && !index.toChinese(List.of(key), false).isEmpty();
                if (!reaches) continue;
                if (found != null && !EnglishWords.singular(found).equals(key)) return null;
                // the plural as the question wrote it ("datsets" → datasets)
                found = w.equals(token) ? candidate : found == null ? candidate : found;
            }
        }
        return found;
    }

    /** A word shorter than this is not corrected: "ran", "lid", "data" have many neighbours that are words. */
    private static final int MIN_CORRECTED = 5;

    /**
     * A word longer than this is not corrected: few words are, and the strings one edit away grow with the length
     * times the alphabet, each looked up ("x" written 1,500 times took 25 s to correct and timed the question out).
     */
    private static final int MAX_CORRECTED = 24;
}
