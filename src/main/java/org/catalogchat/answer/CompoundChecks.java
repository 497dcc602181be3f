package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * The compound and abbreviation checks of {@link EvidenceGatherer}: partial entries that write an asked compound's
 * head only in compounds of their own, that write a two-character word as two catalog words abbreviated, or that
 * write another place or language where one is asked. Split out of the gatherer (behaviour unchanged) so that it
 * orchestrates; each check reads a bounded number of entries ({@link #COMPOUND_CHECKS}) character by character.
 */
final class CompoundChecks {
    /** At most this many entries writing an asked compound's head without its modifier are read for their own compounds. */
    static final int COMPOUND_CHECKS = 32;
    /** The strength of a subject an entry writes only abbreviated (行驶里程 for 行程): that of a mention further down. */
    static final double ABBREVIATED = 0.6;

    private final EntryTexts texts;
    private final Optional<CatalogVocabulary> vocabulary;

    CompoundChecks(EntryTexts texts, Optional<CatalogVocabulary> vocabulary) {
        this.texts = texts;
        this.vocabulary = vocabulary;
    }

    /**
     * The entries that write the head of a compound the question asks, but not its modifier, when the catalog writes
     * the compound itself and the entry writes the head only in compounds of its own whose modifier is an alternative
     * to the asked one: for 图像分类 (图像 + 分类 side by side in the question, written whole by some entry), an entry
     * writing 文本分类 or 情感分类 and never 图像 is about another kind of classification, not partly about this one;
     * for 动作识别, 说话人识别 is another recognition. Two modifiers that some entry stacks on the head (社会追踪调查)
     * are no alternatives: a 追踪调查 may well be a 社会调查. Such entries are no partial members, by their words or
     * their meaning; an entry writing the head on its own (任务包括分类、检测) or both words apart is judged as before. Heads written by more than {@link #COMPOUND_CHECKS} entries are left alone (each
     * is read sentence by sentence).
     */
    Set<Dataset> headsOfOtherCompounds(QueryPlan p, Map<Subject, Map<Dataset, Double>> matched) {
        String asked = p.query().text();
        Set<Dataset> out = null;
        for (Subject modifier : matched.keySet()) {
            if (!TopicMatcher.hasHan(modifier.text())) continue;
            for (Subject head : matched.keySet()) {
                if (head == modifier || head.group() != modifier.group() || !TopicMatcher.hasHan(head.text())) continue;
                String a = modifier.text();
                String b = head.text();
                if (!asked.contains(a + b) || !written(a + b)) continue;
                Map<Dataset, Double> withModifier = matched.get(modifier);
                var headOnly = matched.get(head).keySet().stream().filter(d -> !withModifier.containsKey(d)).toList();
                if (headOnly.size() > COMPOUND_CHECKS) continue;
                for (Dataset d : headOnly) {
                    if (!inOtherCompoundsOnly(d, a, b)) continue;
                    if (out == null) out = new HashSet<>();
                    out.add(d);
                }
            }
        }
        return out == null ? Set.of() : out;
    }

    /**
     * The partial entries (at most {@link #COMPOUND_CHECKS} of them) that write each subject they lack, all of them
     * words of two Han characters, as two words of the catalog abbreviated: the first character opens the first word
     * and the second lies in the word right after it, the way Chinese shortens a phrase (行驶里程 → 行程, 血液样本 →
     * 血样). Only the entries another subject already selects are read, so the cost follows the topic's matches.
     */
    List<Dataset> abbreviating(Map<Subject, Map<Dataset, Double>> matched, List<Dataset> partial) {
        if (vocabulary.isEmpty()) return List.of();
        var out = new ArrayList<Dataset>();
        for (Dataset d : partial.stream().limit(COMPOUND_CHECKS).toList()) {
            boolean lacks = false;
            boolean all = true;
            for (var e : matched.entrySet()) {
                if (e.getValue().containsKey(d)) continue;
                lacks = true;
                all = abbreviatedIn(d, e.getKey().text());
                if (!all) break;
            }
            if (lacks && all) out.add(d);
        }
        return out;
    }

    /** How strongly an abbreviating entry is about the topic: its subjects' strengths, the abbreviated ones as a later mention. */
    double abbreviatedStrength(Dataset d, Map<Subject, Map<Dataset, Double>> matched, double[] weights, double total) {
        double sum = 0;
        double of = 0;
        int k = 0;
        for (var m : matched.values()) {
            sum += weights[k] * m.getOrDefault(d, ABBREVIATED);
            of += weights[k++];
        }
        return of == 0 || total == 0 ? ABBREVIATED : sum / of;
    }

    /** Whether a sentence of the entry writes the two-character word as two catalog words abbreviated ({@link #abbreviating}). */
    private boolean abbreviatedIn(Dataset d, String word) {
        if (word.length() != 2 || !word.chars().allMatch(TopicMatcher::isHan) || word.charAt(0) == word.charAt(1)) return false;
        char first = word.charAt(0);
        char second = word.charAt(1);
        CatalogVocabulary v = vocabulary.get();
        for (String sentence : texts.sentences(d)) {
            for (int at = sentence.indexOf(first); at >= 0; at = sentence.indexOf(first, at + 1)) {
                for (int a = 2; a <= 3; a++) {
                    if (at + a > sentence.length()) break;
                    String one = sentence.substring(at, at + a);
                    if (one.indexOf(second) >= 0 || !TopicMatcher.allHan(one) || v.occurrences(one) == 0) continue;
                    for (int b = 2; b <= 3; b++) {
                        if (at + a + b > sentence.length()) break;
                        String two = sentence.substring(at + a, at + a + b);
                        if (two.indexOf(second) >= 0 && TopicMatcher.allHan(two) && v.occurrences(two) > 0) return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether every place the entry writes the head, two Han characters before it make a modifier that is an alternative to the asked one. */
    private boolean inOtherCompoundsOnly(Dataset d, String asked, String head) {
        boolean any = false;
        for (String sentence : texts.sentences(d)) {
            for (int at = sentence.indexOf(head); at >= 0; at = sentence.indexOf(head, at + 1)) {
                if (at < 2) return false;
                String other = sentence.substring(at - 2, at);
                if (!other.chars().allMatch(TopicMatcher::isHan)) return false;
                if (written(asked + other + head) || written(other + asked + head)) return false;
                any = true;
            }
        }
        return any;
    }

    boolean written(String phrase) {
        return !texts.matching(phrase).isEmpty();
    }

    /**
     * The partial entries (at most {@link #COMPOUND_CHECKS}) that lack a subject naming a country or a language
     * ({@link PlaceNames}: China, 中文) and write another of the same kind in its place: GTSRB's 德国 and LISA's
     * 美国 for "traffic signs from China", W&I's 英语 for 中文语法纠错. They are about that other place or language;
     * an entry that names none may still be about the one asked and is judged as before.
     */
    List<Dataset> elsewhere(Map<Subject, Map<Dataset, Double>> matched, List<Dataset> partial) {
        if (vocabulary.isEmpty() || partial.isEmpty()) return List.of();
        var out = new ArrayList<Dataset>();
        for (var e : matched.entrySet()) {
            Optional<PlaceNames> kind = PlaceNames.kindOf(e.getKey());
            if (kind.isEmpty()) continue;
            var asked = new HashSet<String>(e.getKey().forms());
            asked.add(e.getKey().text());
            for (Dataset d : partial.stream().limit(COMPOUND_CHECKS).toList()) {
                if (e.getValue().containsKey(d) || out.contains(d)) continue;
                if (kind.get().writesOther(texts.sentences(d), asked, vocabulary.get())) out.add(d);
            }
        }
        return out;
    }
}
