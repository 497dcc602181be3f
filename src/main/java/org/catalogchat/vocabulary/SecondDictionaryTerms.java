package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The catalog's terms by the second dictionary ({@link EnglishChineseDictionary}, ECDICT), for words the first leaves
 * unmatched or only weakly matched. Apart from {@link CatalogVocabulary} because it reads another dictionary with its
 * own scores.
 */
final class SecondDictionaryTerms {
    private final BilingualDictionary dictionary;
    private final GlossIndex index;
    private final DictionaryChecks checks;

    SecondDictionaryTerms(BilingualDictionary dictionary, GlossIndex index, DictionaryChecks checks) {
        this.dictionary = dictionary;
        this.index = index;
        this.checks = checks;
    }

    /** A translation from the second dictionary scores this for a subject-tagged sense ([计], [医]: a field's word). */
    private static final double SECOND_SUBJECT = 0.72;

    private static final double SECOND_GENERAL = 0.68;

    /** A [网络] sense, gathered from the web. */
    private static final double SECOND_WEB = 0.5;

    /** Each later sense of the English word scores this much less. */
    private static final double SECOND_LATER = 0.04;

    /**
     * A later translation of the word ({@link EnglishChineseDictionary.Sense#later}) scores this, below every first
     * one's base, less {@value #SECOND_LATER} per later place; never below {@value #LATER_FLOOR}, which stays readable
     * ({@link GlossIndex#WEAK}) after {@link GlossIndex#prominence}.
     */
    private static final double SECOND_LATER_SENSE = 0.48;

    private static final double LATER_FLOOR = 0.34;

    /** Catalog terms kept from the second dictionary per question word. */
    private static final int SECOND_TERMS = 3;

    /**
     * The catalog's terms for question words that CC-CEDICT and WordNet leave unmatched, by the second dictionary
     * ({@link EnglishChineseDictionary}, from ECDICT): the words as written ("figures" → 图表, a sense "figure" lacks),
     * then their normalised and base forms ("anomalies" → anomaly → 异常). Only terms the catalog writes count, at most
     * {@value #SECOND_TERMS}, in ECDICT's order; subject-tagged senses score above general ones, web senses below.
     */
    List<Translation> fromSecondDictionary(List<String> tokens, List<String> words) {
        // a word CC-CEDICT translates (a main sense of some headword) that the catalog never writes names something
        // the catalog lacks: ECDICT's other senses of it are other things ("bird" → 羽毛球, "half" → 几乎)
        String asked = String.join(" ", words);
        if (words.isEmpty() || (words.size() == 1 ? SecondDictionaryGate.firstDictionaryNames(dictionary, asked) : checks.dictionaryNames(asked))) return List.of();
        return SecondDictionaryGate.ownWordOnly(words.size() == 1 && checks.dictionaryKnows(asked), asked, secondDictionaryTerms(tokens, words));
    }

    /**
     * The first dictionary's translations of a question word or phrase when all of them are weak, each raised to the
     * second dictionary's score where ECDICT's first sense gives the same catalog term: two dictionaries agreeing.
     * "cursive" reaches 草书 only inside the gloss "cursive script" (0.24, not read), and ECDICT translates "cursive"
     * 草书: the word means the term. A translation ECDICT does not give stays as weak as it was; so do strong ones.
     */
    List<Translation> confirmedBySecondDictionary(List<String> tokens, List<String> words, List<Translation> first) {
        if (first.stream().anyMatch(t -> t.score() >= GlossIndex.WEAK)) return first;
        Map<String, Translation> agreed = new LinkedHashMap<>();
        for (Translation t : secondDictionaryTerms(tokens, words)) agreed.put(t.chinese(), t);
        boolean any = first.stream().anyMatch(t -> agreed.containsKey(t.chinese()));
        if (!any) return first;
        List<Translation> out = new ArrayList<>();
        for (Translation t : first) out.add(agreed.getOrDefault(t.chinese(), t));
        out.sort(Comparator.comparingDouble(Translation::score).reversed());
        return out;
    }

    /** The catalog's terms that ECDICT gives the words (as typed, normalised, base forms), best first, at most three. */
    private List<Translation> secondDictionaryTerms(List<String> tokens, List<String> words) {
        EnglishChineseDictionary second = dictionary.second();
        if (second.isEmpty() || words.isEmpty() || words.stream().anyMatch(w -> EnglishWords.isStop(w) || EnglishForms.isNumber(w))) {
            return List.of();
        }
        var keys = keys(tokens, words);
        Map<String, Translation> best = new LinkedHashMap<>();
        for (String key : keys) {
            for (EnglishChineseDictionary.Sense sense : second.senses(key)) {
                if (!sense.later()) admit(best, key, sense, firstScore(sense));
            }
        }
        // a later translation is often another thing ("bird" → 羽毛球, "terrain" → 领域): read only where no first
        // translation of the word reaches the catalog, which then lacks the word's usual sense ("pasture" → 牧场 is
        // written nowhere, 草地 is), and ranked below any first one
        if (best.isEmpty()) {
            for (String key : keys) {
                int place = 0;
                for (EnglishChineseDictionary.Sense sense : second.senses(key)) {
                    if (sense.later()) admit(best, key, sense, Math.max(LATER_FLOOR, SECOND_LATER_SENSE - SECOND_LATER * place++));
                }
            }
        }
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed()
                .thenComparing(Comparator.comparingInt(Translation::occurrences).reversed())
                .thenComparing(Translation::chinese));
        return ranked.size() > SECOND_TERMS ? List.copyOf(ranked.subList(0, SECOND_TERMS)) : ranked;
    }

    /** The ECDICT keys of the words: as typed, normalised, and with the last word in its base forms. */
    private java.util.Set<String> keys(List<String> tokens, List<String> words) {
        var keys = new java.util.LinkedHashSet<String>();
        keys.add(String.join(" ", tokens).toLowerCase(java.util.Locale.ROOT));
        keys.add(String.join(" ", words));
        String last = words.get(words.size() - 1);
        String before = words.size() > 1 ? String.join(" ", words.subList(0, words.size() - 1)) + " " : "";
        for (String base : dictionary.relations().bases(last)) keys.add(before + base);
        for (String base : EnglishWords.baseForms(last)) keys.add(before + base);
        return keys;
    }

    /**
     * Whether ECDICT gives the words this term only as a later translation ({@link EnglishChineseDictionary.Sense#later}),
     * never as a first one: "graph" → 图表 (after 曲线图).
     */
    boolean onlyLaterSense(List<String> tokens, List<String> words, String chinese) {
        EnglishChineseDictionary second = dictionary.second();
        if (second.isEmpty() || words.isEmpty()) return false;
        boolean later = false;
        for (String key : keys(tokens, words)) {
            for (EnglishChineseDictionary.Sense sense : second.senses(key)) {
                if (!sense.chinese().equals(chinese)) continue;
                if (!sense.later()) return false;
                later = true;
            }
        }
        return later;
    }

    /** A first translation's score: its tag's, less {@value #SECOND_LATER} per place. */
    private static double firstScore(EnglishChineseDictionary.Sense sense) {
        double base = switch (sense.kind()) {
            case SUBJECT -> SECOND_SUBJECT;
            case GENERAL -> SECOND_GENERAL;
            case WEB -> SECOND_WEB;
        };
        return Math.max(0.3, base - SECOND_LATER * sense.rank());
    }

    /** Adds the sense's catalog term to {@code best} with the score, weighed by how often the catalog writes it. */
    private void admit(Map<String, Translation> best, String key, EnglishChineseDictionary.Sense sense, double score) {
        GlossIndex.Term term = index.terms.get(sense.chinese());
        if (term == null || best.containsKey(term.chinese())) return;
        best.put(term.chinese(), new Translation(term.chinese(), SecondDictionaryGate.gloss(key),
                Translation.Match.SECOND_DICTIONARY, false, score * GlossIndex.prominence(term.occurrences()),
                term.occurrences()));
    }
}
