package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * The catalog's terms for a word through the words WordNet relates to it ({@link WordRelations}). Apart from
 * {@link CatalogVocabulary} because it is the one reading that leaves the word for another one.
 */
final class RelatedTerms {
    private final BilingualDictionary dictionary;
    private final GlossIndex index;
    private final DictionaryChecks checks;

    RelatedTerms(BilingualDictionary dictionary, GlossIndex index, DictionaryChecks checks) {
        this.dictionary = dictionary;
        this.index = index;
        this.checks = checks;
    }

    /**
     * A term reached through a word WordNet relates to the asked one ({@link #related}) is a related form: it ranks
     * below any gloss of the word itself, and only a strong gloss of the related word counts (a main sense, whole or
     * before its comma), from the asked word's first {@value #RELATED_SENSES} senses.
     */
    private static final double RELATED = 0.7;

    private static final double RELATED_GLOSS = 0.75;

    private static final int RELATED_SENSES = 2;

    /**
     * The catalog's terms for a word that no gloss names and the catalog does not write, through the words WordNet
     * relates to it ({@link WordRelations}): "urban" → city (pertainym) → 城市, "intrusion" → invade (derived from
     * its synonym invasion) → 入侵, "math" → mathematics → 数学. Each is {@link Translation.Match#RELATED}, scored
     * {@value #RELATED} times the related word's own translation. Only {@link CatalogVocabulary#translate} asks for it, for one
     * question word that found nothing else: a name-like token ("Vistas") is not turned into a word by it.
     */
    List<Translation> related(List<String> queryWords) {
        WordRelations relations = dictionary.relations();
        List<String> query = Gloss.key(queryWords);
        if (relations.isEmpty() || query.isEmpty() || query.stream().anyMatch(w -> EnglishWords.isStop(w) || EnglishForms.isNumber(w))) {
            return List.of();
        }
        String key = String.join(" ", query);
        List<WordRelations.Related> all = new ArrayList<>(relations.related(key));
        List<WordRelations.Related> further = furtherForms(relations, key, all);
        all.addAll(further);
        if (all.isEmpty()) return List.of();
        // the headwords the whole dictionary gives for the word itself (recognition: 承认, 认出)
        var own = new java.util.LinkedHashSet<String>();
        for (String form : EnglishForms.wordForms(key)) {
            for (var e : dictionary.glossing(form, CatalogVocabulary.SIBLING_SENSES, GlossIndex.SIBLING_HEADWORDS)) own.add(e.getKey());
        }
        Map<String, Translation> best = new HashMap<>();
        for (WordRelations.Related r : all) {
            if (r.sense() > RELATED_SENSES || r.relation() == WordRelations.Relation.BASE) continue;
            // a word no headword glosses ("nlp", jargon) is bridged only to other forms of itself (urban → city), not
            // to synonyms and their forms
            boolean sameWord = r.relation() == WordRelations.Relation.DERIVED || r.relation() == WordRelations.Relation.PERTAINYM
                    || clipped(key, r);
            if (own.isEmpty() && !sameWord) continue;
            // a synonym, and a form of one, only from the word's main sense: two steps from a later sense wander off
            // ("segmentation", sense 2 "division" → divide → 分为)
            if (!sameWord && r.sense() > 1) continue;
            boolean mutual = mutualNounSynonyms(relations, key, r);
            for (Translation t : index.toChinese(EnglishWords.words(r.word()), false)) {
                boolean strong = t.match() == Translation.Match.WHOLE_GLOSS || t.match() == Translation.Match.GLOSS_HEAD;
                if (!strong || t.score() < RELATED_GLOSS) continue;
                // WordNet and the dictionary must agree: the term shares a character with a headword of the word
                // itself (intrusion: 入侵 and 侵限), so that "recognition" does not reach 识别 through "identify"
                // (a form two steps along the word's own stem is the word itself: summarization → summary, 摘要).
                // Two words that are each other's main synonym agree by themselves when the term's main sense is
                // the synonym as a whole: rubbish ⇄ trash, and 垃圾 is "trash" first, though the dictionary's own
                // word for rubbish is 废物
                boolean agreed = mutual && t.match() == Translation.Match.WHOLE_GLOSS && index.mainSense(t);
                if (!agreed && !own.isEmpty() && !further.contains(r) && own.stream().noneMatch(h -> GlossIndex.sharesCharacter(h, t.chinese()))) continue;
                double score = t.score() * RELATED;
                Translation current = best.get(t.chinese());
                if (current == null || score > current.score()) {
                    best.put(t.chinese(), new Translation(t.chinese(), r.word() + " (WordNet "
                            + r.relation().name().toLowerCase(java.util.Locale.ROOT) + " of " + key + "): " + t.gloss(),
                            Translation.Match.RELATED, t.inferred(), score, t.occurrences()));
                }
            }
        }
        List<Translation> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Translation::score).reversed()
                .thenComparing(Comparator.comparingInt(Translation::occurrences).reversed())
                .thenComparing(Translation::chinese));
        return ranked;
    }

    /**
     * The same-stem forms of the word's derived forms that share its stem too: "summarization"
     * → summarize (derived) → summary (summarize's derived form, 摘要 "summary"), where no gloss names "summarize". A
     * derived form is the same word in another part of speech, so one more step along the same stem stays that word.
     */
    private static List<WordRelations.Related> furtherForms(WordRelations relations, String key,
                                                            List<WordRelations.Related> related) {
        var out = new ArrayList<WordRelations.Related>();
        for (WordRelations.Related r : related) {
            if (r.relation() != WordRelations.Relation.DERIVED || r.sense() > RELATED_SENSES) continue;
            for (String form : relations.sameStemForms(r.word())) {
                if (form.equals(key) || !WordRelations.sameStem(key, form)
                        || related.stream().anyMatch(x -> x.word().equals(form))
                        || out.stream().anyMatch(x -> x.word().equals(form))) continue;
                out.add(new WordRelations.Related(form, WordRelations.Relation.DERIVED, r.sense()));
            }
        }
        return out;
    }

    /**
     * Whether the related word is the asked word written out: a one-word synonym of its main sense that begins with
     * it ("math" → mathematics, "lab" → laboratory, "info" → information). A clipped word is the same word, so it is
     * bridged even when no headword glosses the clipping itself.
     */
    private static boolean clipped(String key, WordRelations.Related r) {
        return r.relation() == WordRelations.Relation.SYNONYM && r.sense() == 1 && key.length() >= MIN_CLIPPED
                && key.indexOf(' ') < 0 && r.word().indexOf(' ') < 0 && r.word().length() > key.length()
                && r.word().startsWith(key);
    }

    private static final int MIN_CLIPPED = 3;

    /**
     * Whether the related word and the asked one are each other's synonym in their main senses (rubbish ⇄ trash,
     * kids ⇄ children), and the asked word is no verb by the dictionary. A noun whose main sense is shared both ways is
     * one thing under two names; a word that is also a verb is not bridged, because its synonym's Chinese term is read
     * in another sense too often ("plant" ⇄ "works" → 作品, "mapping" ⇄ "function" → 功能, "let" ⇄ "allow" → 允许).
     */
    private boolean mutualNounSynonyms(WordRelations relations, String key, WordRelations.Related r) {
        if (r.relation() != WordRelations.Relation.SYNONYM || r.sense() != 1 || key.indexOf(' ') >= 0) return false;
        boolean back = relations.related(r.word()).stream().anyMatch(x -> x.relation() == WordRelations.Relation.SYNONYM
                && x.sense() == 1 && x.word().equals(key));
        return back && !checks.verb(key);
    }
}
