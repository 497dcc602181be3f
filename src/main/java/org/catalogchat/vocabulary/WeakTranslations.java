package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;


/**
 * What is left of a question word that only longer glosses name ("urban" inside 市区's "urban district"): the
 * translations a neighbouring word confirms, and those whose gloss makes the word its head noun. Apart from
 * {@link CatalogVocabulary} because both re-score weak translations, and nothing else does.
 */
final class WeakTranslations {
    private final GlossIndex index;

    WeakTranslations(GlossIndex index) {
        this.index = index;
    }

    /**
     * The translations of a word only longer glosses name (too weak to count alone), those the catalog writes right
     * next to a translation of a neighbouring question word counting as that neighbour's translation does (times
     * {@value GlossIndex#COMPOSED}): "social" is only inside 社交's "social contact", but in "social network" the catalog's 社交网络
     * confirms it. The words stay apart: "tactile datasets" is 触觉 + 数据集 (what every tactile entry writes), not the
     * one entry's 触觉数据集.
     */
    List<Translation> confirmedByNeighbours(List<Translation> weak, List<String> before, List<String> after) {
        List<Translation> left = before.isEmpty() || before.stream().anyMatch(EnglishWords::isStop) ? List.of()
                : index.toChinese(before, false);
        List<Translation> right = after.isEmpty() || after.stream().anyMatch(EnglishWords::isStop) ? List.of()
                : index.toChinese(after, false);
        var out = new ArrayList<Translation>(weak.size());
        for (Translation t : weak) {
            double confirmed = 0;
            if (t.score() < GlossIndex.WEAK) {
                for (Translation x : left.subList(0, Math.min(GlossIndex.COMPOSE_CANDIDATES, left.size()))) {
                    if (x.score() >= GlossIndex.WEAK && index.pairs.containsKey(x.chinese() + t.chinese())) confirmed = Math.max(confirmed, x.score());
                }
                for (Translation y : right.subList(0, Math.min(GlossIndex.COMPOSE_CANDIDATES, right.size()))) {
                    if (y.score() >= GlossIndex.WEAK && index.pairs.containsKey(t.chinese() + y.chinese())) confirmed = Math.max(confirmed, y.score());
                }
            }
            out.add(confirmed > 0 ? t.withScore(Math.max(t.score(), GlossIndex.COMPOSED * confirmed)) : t);
        }
        out.sort(Comparator.comparingDouble(Translation::score).reversed());
        return out;
    }

    /** Prepositions that open a phrase qualifying the noun before them ("rubbings from a tablet"). */
    private static final Set<String> QUALIFYING = Set.of("of", "from", "for", "in", "on", "with", "at", "by", "about");

    /**
     * The translations of a word only longer glosses name, those whose gloss is a modifier and the word itself
     * counting as if the gloss were the word's (coverage 1, not ½), best first: an "intelligent
     * agent" (智能体) is an agent, so "agents" reaches it. A word
     * that modifies ("social" of "social contact") or follows "of" ("touch" of "sense of touch") is not the head,
     * but the noun before a phrase that says which is ("rubbings" of 拓片 "rubbings from a tablet", main sense only).
     */
    List<Translation> headNouns(List<String> query, List<Translation> weak) {
        var out = new ArrayList<Translation>(weak.size());
        for (Translation t : weak) {
            List<String> g = EnglishWords.words(t.gloss());
            boolean head = query.size() == 1 && t.match() == Translation.Match.WITHIN_GLOSS && (g.size() == 2
                    && g.stream().noneMatch(EnglishWords::isStop) && g.get(1).equals(query.get(0))
                    // the noun before a phrase that says which: 拓片 "rubbings from a tablet" are rubbings
                    || g.size() >= 3 && g.get(0).equals(query.get(0)) && QUALIFYING.contains(g.get(1))
                    && index.mainSense(t)); // not "free of worry", 宽松's sixth sense
            out.add(head ? t.withScore(Math.min(1.0, t.score() * 2)) : t);
        }
        out.sort(Comparator.comparingDouble(Translation::score).reversed());
        return out;
    }
}
