package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's term for a word whose own headword the catalog does not write, when it writes that headword less its
 * last character: "antarctica" is 南极洲, the catalog writes 南极; "seismograms" is 震波图, the catalog writes 震波.
 * The last character of such a headword is a suffix (洲 continent, 图 chart, 室 room, 器 device) and the rest is a
 * headword of its own, so the shorter term names the same thing. Apart from {@link CatalogVocabulary} because it is
 * one relation between two headwords, asked only for a word that found nothing else.
 */
final class HeadwordStems {
    /** Scored as a related form ({@link RelatedTerms}): below any gloss of the word itself. */
    static final double SCORE = 0.6;

    /** Headwords looked at for one word: its main-sense headwords only. */
    private static final int HEADWORDS = 4;

    private final BilingualDictionary dictionary;
    private final CatalogVocabulary vocabulary;

    HeadwordStems(BilingualDictionary dictionary, CatalogVocabulary vocabulary) {
        this.dictionary = dictionary;
        this.vocabulary = vocabulary;
    }

    /**
     * Terms for one question word: each headword of three or more characters whose main sense is the word (or its
     * singular), not written by the catalog, whose first characters less the last are a kept term. Empty for a stop
     * word, a number, or a phrase.
     */
    List<Translation> of(List<String> queryWords) {
        List<String> key = Gloss.key(queryWords);
        if (key.size() != 1 || EnglishWords.isStop(key.get(0)) || EnglishForms.isNumber(key.get(0))) return List.of();
        Map<String, Translation> out = new LinkedHashMap<>();
        for (String form : EnglishForms.wordForms(key.get(0))) {
            // the main sense only: a later sense is another word ("player" is 竞赛者 "competitor" first)
            for (var entry : dictionary.glossing(form, 1, HEADWORDS)) {
                String h = entry.getKey();
                if (h.length() < 3 || vocabulary.occurrences(h) > 0) continue;
                String stem = h.substring(0, h.length() - 1);
                int n = vocabulary.occurrences(stem);
                if (n == 0 || out.containsKey(stem)) continue;
                out.put(stem, new Translation(stem, h + " less its last character: " + form,
                        Translation.Match.RELATED, false, SCORE, n));
            }
        }
        return new ArrayList<>(out.values());
    }
}
