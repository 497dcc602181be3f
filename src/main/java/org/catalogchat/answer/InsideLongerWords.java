package org.catalogchat.answer;

import java.util.Optional;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.WrittenForms;
import org.catalogchat.vocabulary.ChineseWord;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * One-character subjects an entry writes only inside longer dictionary words: 行人重识别 reads 重 as a subject of its
 * own, and an entry writing 遮挡严重 ("badly occluded") writes the character but not the word. Entry selection
 * matches characters, which is right for members (重识别 is no dictionary word, so 重 stands alone there); for a near
 * entry it overstates how much of the topic the entry writes, and such an entry should not make a count unsure.
 *
 * <pre>{@code
 * inside.onlyInside(subject("重"), crowdHuman);   // true: 严重 only
 * inside.wholeCoverage(plan, crowdHuman);          // the share of the topic's weight it writes, 重 left out
 * }</pre>
 */
final class InsideLongerWords {
    private final EntryTexts texts;
    private final Optional<CatalogVocabulary> vocabulary;

    InsideLongerWords(EntryTexts texts, Optional<CatalogVocabulary> vocabulary) {
        this.texts = texts;
        this.vocabulary = vocabulary;
    }

    /** Whether {@code s} is one Han character that {@code d} writes, but at every place inside a longer word. */
    boolean onlyInside(Subject s, Dataset d) {
        if (vocabulary.isEmpty() || s.text().codePointCount(0, s.text().length()) != 1 || !TopicMatcher.hasHan(s.text())) {
            return false;
        }
        String text = WrittenForms.text(d);
        if (text.indexOf(s.text()) < 0) return false;
        var covered = new boolean[text.length()];
        for (ChineseWord w : vocabulary.get().chineseWords(text)) {
            if (w.end() - w.start() < 2) continue;
            for (int i = w.start(); i < w.end(); i++) covered[i] = true;
        }
        for (int at = text.indexOf(s.text()); at >= 0; at = text.indexOf(s.text(), at + 1)) {
            if (!covered[at]) return false; // written on its own here
        }
        return true;
    }

    /** Whether any subject of the plan is one {@code d} writes only inside longer words. */
    boolean anyOnlyInside(QueryPlan p, Dataset d) {
        return p.subjects().stream().anyMatch(s -> onlyInside(s, d));
    }

    /**
     * The share of the plan's subjects, each weighted by rarity as entry selection weighs them, that {@code d} writes,
     * counting a subject written only inside longer words as not written.
     */
    double wholeCoverage(QueryPlan p, Dataset d) {
        double total = 0;
        double written = 0;
        for (Subject s : p.subjects()) {
            var matching = texts.matching(s);
            double w = Math.log(1 + texts.size() / (double) Math.max(1, matching.size()));
            total += w;
            if (matching.contains(d) && !onlyInside(s, d)) written += w;
        }
        return total == 0 ? 0 : written / total;
    }
}
