package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * When ECDICT may speak for a question word that reached nothing in the catalog ({@link CatalogVocabulary#translate}).
 * A word that CC-CEDICT translates itself and the catalog never writes names something the catalog lacks: ECDICT's
 * other senses of it are other things ("bird" → 羽毛球, "half" → 几乎). A word CC-CEDICT reaches only through a base
 * form guessed by rule is not such a word: "segmentation" is glossed by no headword, and its guessed base "segment"
 * (段, 区隔) is another word, so ECDICT's 分割 "segmentation" is what the asker means, where the catalog writes it.
 */
final class SecondDictionaryGate {
    private SecondDictionaryGate() {
    }

    /**
     * Whether a main sense of some CC-CEDICT headword is this one word itself: as typed, singular, or a base form
     * from WordNet's exception lists ("won" → win). Rule-guessed bases ("-ation" → "-ate", "-ing" → stem) do not count.
     */
    static boolean firstDictionaryNames(BilingualDictionary dictionary, String word) {
        var forms = new ArrayList<String>();
        forms.add(word);
        forms.add(EnglishWords.singular(word));
        forms.addAll(dictionary.relations().bases(word));
        return forms.stream().anyMatch(f -> !dictionary.glossing(f, CatalogVocabulary.SIBLING_SENSES, 1).isEmpty());
    }

    /**
     * ECDICT's terms for the word itself only, when CC-CEDICT reaches it through a guessed base ({@code guessedBase}):
     * the base is another word, so ECDICT's senses of it are too ("segment" → 片段, an episode, where "segmentation"
     * is 分割). A word no dictionary form reaches keeps every ECDICT key, as before.
     */
    static List<Translation> ownWordOnly(boolean guessedBase, String word, List<Translation> found) {
        if (!guessedBase) return found;
        return found.stream().filter(t -> t.gloss().equals(gloss(word))).toList();
    }

    /** The gloss a translation from ECDICT carries: the key it was found under, marked as the second dictionary's. */
    static String gloss(String key) {
        return key + " (ECDICT)";
    }
}
