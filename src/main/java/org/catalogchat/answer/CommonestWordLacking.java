package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.catalogchat.catalog.Dataset;

/**
 * The entries a count over a topic of three words or more counts although they lack one word: the one the catalog
 * writes most often. In "有几个检测伪装物体的数据集？" 伪装 and 物体 say what is counted and 检测 (written by nine
 * entries of forty) only how it is used: CAMO writes 伪装 and 物体 but says 分割, and is a camouflage dataset all the
 * same; "records of patients in intensive care" counts MIMIC-IV, which writes patients and intensive care but not
 * records. The word an entry lacks must be strictly the commonest of the topic's words: where the lacked word is as
 * rare as the rest (形式化 of 形式化定理证明, "ships" of "detecting ships"), lacking it may mean another topic, and the
 * count stays exact. A lone character among the words (重 of 行人重识别) says the phrase was split, not read. Two
 * words are too few to tell which one decides (蛋白质结构: UniProt writes 蛋白质 and is no structure dataset), and a
 * name the entry lacks is never set aside.
 *
 * <pre>{@code
 * List<Dataset> more = CommonestWordLacking.admitted(words, partial, coverage::get, 0.5, asksAName);
 * }</pre>
 */
final class CommonestWordLacking {
    /** Fewest topic words for the commonest one to be told from the words that decide. */
    static final int MIN_WORDS = 3;

    private CommonestWordLacking() {
    }

    private static boolean oneCharacter(String word) {
        return word.length() == 1 && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * @param words    the topic's words (one alternative, container nouns and the asker's actions left out), each with
     *                 the entries writing it
     * @param partial  the entries writing some but not all of them
     * @param coverage an entry's share of the topic's weight it writes
     * @param least    the coverage a partial entry needs at least
     * @param name     whether a word is a name (never set aside)
     * @return the partial entries lacking only the commonest word, in the order given
     */
    static List<Dataset> admitted(List<Map.Entry<Subject, Map<Dataset, Double>>> words, List<Dataset> partial,
                                  java.util.function.ToDoubleFunction<Dataset> coverage, double least,
                                  Predicate<Subject> name) {
        if (words.size() < MIN_WORDS || partial.isEmpty()) return List.of();
        // 行人重识别 read as 行人 + 重 + 识别: a lone character is written inside many other words (重叠, 重要), so
        // writing it is no sign of the topic, and the split says the phrase was not read as the asker meant it
        if (words.stream().anyMatch(e -> oneCharacter(e.getKey().text()))) return List.of();
        var byFrequency = new ArrayList<>(words);
        byFrequency.sort(Comparator.comparingInt((Map.Entry<Subject, Map<Dataset, Double>> e) -> -e.getValue().size()));
        Map.Entry<Subject, Map<Dataset, Double>> commonest = byFrequency.get(0);
        if (commonest.getValue().size() <= byFrequency.get(1).getValue().size() || name.test(commonest.getKey())) {
            return List.of();
        }
        List<Map<Dataset, Double>> rest = byFrequency.subList(1, byFrequency.size()).stream().map(Map.Entry::getValue).toList();
        return partial.stream()
                .filter(d -> !commonest.getValue().containsKey(d))
                .filter(d -> rest.stream().allMatch(m -> m.containsKey(d)))
                .filter(d -> coverage.applyAsDouble(d) >= least)
                .toList();
    }
}
