package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The catalog's terms for words in another shape than asked, tried when the words as asked find nothing: other
 * spellings and compounds, a sibling headword, two parts composed. Apart from {@link GlossIndex} because each is a
 * guess layered on its look-up, scored below it.
 */
final class ReshapedTerms {
    private final BilingualDictionary dictionary;
    private final GlossIndex index;
    private final DictionaryChecks checks;

    ReshapedTerms(BilingualDictionary dictionary, GlossIndex index, DictionaryChecks checks) {
        this.dictionary = dictionary;
        this.index = index;
        this.checks = checks;
    }

    /** A translation through a sibling headword ({@link #siblings}) is a guess: scored below an inflected form. */
    private static final double SIBLING = 0.75;

    /** Another shape of the words asked ({@link #reshaped}): a guess, scored a little below an inflected form. */
    private static final double RESHAPED = 0.8;

    /** The head of a closed compound stands for the whole ("telemarketing" → marketing): a weaker guess. */
    private static final double COMPOUND_HEAD = 0.65;

    /** A compound's head is a word of 5 letters or more after a part of 3 or more (tele + marketing). */
    private static final int MIN_COMPOUND_HEAD = 5;

    private static final int MIN_COMPOUND_PART = 3;

    /** A whole main sense scores at least this (prominence 0.9–1); a second sense at most 0.85. */
    private static final double MAIN_SENSE_SCORE = 0.88;

    /** Prefixes whose compound is about what it counters: anti-money laundering is about money laundering. */
    private static final Set<String> COUNTER_PREFIXES = Set.of("anti", "counter");

    /**
     * A word the catalog's terms do not gloss, bridged through a sibling headword the catalog does not write:
     * "rainfall" is 降雨, whose other main sense "precipitation" is the catalog's 降水. Both senses must be among
     * the bridge's first two, and the catalog's term must share a character with it (降), so that a far sense
     * ("stock" of 原生 "original") or a word of another root does not bring unrelated terms.
     */
    void siblings(String word, Map<String, Translation> best) {
        if (EnglishWords.isStop(word) || EnglishForms.isNumber(word) || word.length() < 3) return;
        for (var bridge : dictionary.glossing(word, CatalogVocabulary.SIBLING_SENSES, GlossIndex.SIBLING_HEADWORDS)) {
            String[] glosses = bridge.getValue().split("\t");
            for (int i = 0; i < Math.min(CatalogVocabulary.SIBLING_SENSES, glosses.length); i++) {
                Gloss g = Gloss.parse(glosses[i]);
                String key = String.join(" ", g.words());
                if (g.contentWords() == 0 || key.equals(word)) continue;
                for (GlossIndex.Posting p : index.byGloss.getOrDefault(key, List.of())) {
                    if (GlossIndex.sharesCharacter(p.term().chinese(), bridge.getKey())) {
                        GlossIndex.offer(best, p, Translation.Match.WHOLE_GLOSS, SIBLING);
                    }
                }
            }
        }
    }

    /**
     * The same words in another English shape, tried when the words as asked translate to nothing: the American
     * spelling the dictionary uses ("visualisation", "colour"); a spaced or
     * hyphenated compound written as one word ("sea floor" / "crowd-sourced" → seafloor, crowdsourcing); a
     * compound adjective in "-ed" ("single-cell" → single-celled); a noun + gerund compound as the verb phrase
     * the dictionary glosses ("money laundering" → launder money, "question answering" → answer questions); an
     * "anti-" / "counter-" compound as what it counters ("anti-money laundering" → 洗钱, which 反洗钱 writes);
     * and, for one word no dictionary sense glosses, its head: the last part of a closed compound that is a word
     * of its own ("telemarketing" → marketing). Each is a guess, scored below the word's own forms.
     */
    void reshaped(List<String> query, Map<String, Translation> best) {
        int n = query.size();
        if (n == 0 || query.stream().anyMatch(w -> EnglishWords.isStop(w) || EnglishForms.isNumber(w))) return;
        String last = query.get(n - 1);
        List<String> front = query.subList(0, n - 1);
        for (String american : EnglishWords.americanSpellings(last)) {
            List<String> q = new ArrayList<>(front);
            q.add(american);
            for (Translation t : index.toChinese(q, false)) best.putIfAbsent(t.chinese(), t);
        }
        if (!best.isEmpty()) return;
        if (n == 2) {
            String joined = query.get(0) + last;
            for (String form : EnglishWords.sameWordForms(joined)) index.collect(List.of(form), RESHAPED, best);
            if (!best.isEmpty()) return;
        }
        if (n >= 2) {
            for (String adjective : EnglishWords.adjectiveForms(last)) {
                List<String> q = new ArrayList<>(front);
                q.add(adjective);
                index.collect(q, RESHAPED, best);
            }
            if (!best.isEmpty()) return;
        }
        if (n == 2 && last.endsWith("ing")) {
            for (String verb : EnglishWords.baseForms(last)) index.collect(List.of(verb, query.get(0)), RESHAPED, best);
            if (!best.isEmpty()) return;
        }
        if (n >= 2 && COUNTER_PREFIXES.contains(query.get(0))) {
            for (Translation t : index.toChinese(query.subList(1, n), false)) {
                if (t.match() != Translation.Match.WITHIN_GLOSS) best.putIfAbsent(t.chinese(), scaled(t, RESHAPED));
            }
            if (!best.isEmpty()) return;
        }
        if (n <= 2) doneBy(query, best);
        if (!best.isEmpty()) return;
        if (n == 1 && !checks.dictionaryKnows(last)) compoundHead(last, best);
    }

    /**
     * A noun + participle compound as the verb phrase the dictionary glosses: "handwritten" / "hand-written" /
     * "handwriting" → write by hand (手写 "to write by hand"), "machine-translated" → translate by machine. The participle
     * is read by WordNet's exception lists (written → write) or by rule (writing → write); the noun must be a word of 3
     * letters or more.
     */
    private void doneBy(List<String> query, Map<String, Translation> best) {
        var cuts = new ArrayList<String[]>();
        if (query.size() == 2) cuts.add(new String[]{query.get(0), query.get(1)});
        else {
            String w = query.get(0);
            for (int cut = MIN_COMPOUND_PART; w.length() - cut >= 4; cut++) cuts.add(new String[]{w.substring(0, cut), w.substring(cut)});
        }
        for (String[] c : cuts) {
            String participle = c[1];
            if (EnglishWords.isStop(c[0]) || !participle.endsWith("ing") && !participle.endsWith("ed")
                    && !participle.endsWith("en")) continue;
            var bases = new ArrayList<>(dictionary.relations().bases(participle));
            bases.addAll(EnglishWords.baseForms(participle));
            for (String base : bases) {
                // the whole gloss, word for word ("stand by" is no "stand by out")
                Map<String, Translation> found = new HashMap<>();
                index.collect(List.of(base, "by", c[0]), RESHAPED, found);
                found.values().stream().filter(t -> EnglishWords.words(t.gloss()).equals(List.of(base, "by", c[0])))
                        .forEach(t -> best.putIfAbsent(t.chinese(), t));
            }
            if (!best.isEmpty()) return;
        }
    }

    /** "telemarketing" → marketing: the longest word-final part whose main sense is a whole gloss of a catalog term. */
    private void compoundHead(String word, Map<String, Translation> best) {
        for (int cut = MIN_COMPOUND_PART; word.length() - cut >= MIN_COMPOUND_HEAD; cut++) {
            String head = word.substring(cut);
            Map<String, Translation> found = new HashMap<>();
            index.collect(List.of(head), 1.0, found);
            // the head's main sense only: "demographic" is no kind of "graphic" (图像's later sense)
            found.values().removeIf(t -> t.match() != Translation.Match.WHOLE_GLOSS || t.inferred()
                    || t.score() < MAIN_SENSE_SCORE);
            if (found.isEmpty()) continue;
            found.values().forEach(t -> best.putIfAbsent(t.chinese(), new Translation(t.chinese(),
                    head + " (in " + word + ")", Translation.Match.PART, t.inferred(), t.score() * COMPOUND_HEAD,
                    t.occurrences())));
            return;
        }
    }

    private static Translation scaled(Translation t, double factor) {
        return t.withScore(t.score() * factor);
    }

    /** Splits the phrase in two; keeps the pairs of translations the catalog writes as one word. */
    void compose(List<String> query, Map<String, Translation> best) {
        for (int cut = 1; cut < query.size(); cut++) {
            List<String> left = query.subList(0, cut);
            List<String> right = query.subList(cut, query.size());
            if (EnglishWords.isStop(left.get(left.size() - 1)) || EnglishWords.isStop(right.get(0))) continue;
            List<Translation> a = index.toChinese(left, false);
            if (a.isEmpty()) continue;
            List<Translation> b = index.toChinese(right, false);
            for (Translation x : a.subList(0, Math.min(GlossIndex.COMPOSE_CANDIDATES, a.size()))) {
                for (Translation y : b.subList(0, Math.min(GlossIndex.COMPOSE_CANDIDATES, b.size()))) {
                    Integer together = index.pairs.get(x.chinese() + y.chinese());
                    if (together == null) continue;
                    double score = GlossIndex.COMPOSED * Math.min(x.score(), y.score());
                    String chinese = x.chinese() + y.chinese();
                    Translation current = best.get(chinese);
                    if (current == null || score > current.score()) {
                        best.put(chinese, new Translation(chinese, x.gloss() + " + " + y.gloss(),
                                Translation.Match.COMPOSED, x.inferred() || y.inferred(), score, together));
                    }
                }
            }
        }
    }
}
