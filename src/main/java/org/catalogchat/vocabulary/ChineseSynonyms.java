package org.catalogchat.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's own words for a Chinese question word the catalog never writes: 肠子 asked, 肠道 written; 老人 asked,
 * 老年人 written; 影像 asked, 图像 written. Two words are taken as one when CC-CEDICT gives them a common noun gloss
 * among their first senses <em>and</em> their characters hold together:
 * <ul>
 *   <li>the asked word's characters stand, in order, inside the longer catalog word (老人 in 老年人);</li>
 *   <li>the asked word is a character and a noun suffix (肠子, 画儿, 石头) and the catalog word writes that character;</li>
 *   <li>both are two characters, one in the same place in both, and the two others share a gloss of their own
 *       (影像 and 图像: 影 and 图 both "picture").</li>
 * </ul>
 * A gloss alone bridges far too much (德国 "German" → 德语, 结构 "structure" → 机构, 区别 "to distinguish" → 识别,
 * 年代 "age" → 年龄, 收到 "to receive" → 受到, over the Chinese dev and fresh questions), so both signals are required;
 * a verb's gloss ("to …"), a name's (capitalised) and one the build script only inferred (~) never bridge, since a
 * topic is a noun and the wrong sense of a verb makes a confident wrong list.
 */
final class ChineseSynonyms {
    /** Senses of each word read: a word's fourth sense is rarely what a question or a catalog means by it. */
    static final int SENSES = 3;
    /** Senses of a single character read when its two words differ in it (影 "picture", 图 "diagram; picture"). */
    static final int CHARACTER_SENSES = 4;
    private static final String NOUN_SUFFIXES = "子儿头";

    private final BilingualDictionary dictionary;
    /** A catalog word's main sense, when a noun's → those catalog words (出租车 "taxi"). */
    private final Map<String, List<String>> byMainNoun = new HashMap<>();
    /** A noun gloss of one of the first senses of a catalog word → those catalog words. */
    private final Map<String, List<String>> byGloss = new HashMap<>();

    ChineseSynonyms(BilingualDictionary dictionary, Collection<String> catalogWords) {
        this.dictionary = dictionary;
        for (String word : catalogWords.stream().sorted().toList()) {
            List<String> glosses = nounGlosses(word, SENSES);
            if (!glosses.isEmpty() && glosses.get(0) != null) {
                byMainNoun.computeIfAbsent(glosses.get(0), k -> new ArrayList<>()).add(word);
            }
            for (String g : glosses) if (g != null) byGloss.computeIfAbsent(g, k -> new ArrayList<>()).add(word);
        }
    }

    /** Catalog words standing for {@code asked}, in catalog-word order; empty when none holds by both signals. */
    List<String> of(String asked) {
        var out = new LinkedHashSet<String>();
        for (String g : nounGlosses(asked, SENSES)) {
            if (g == null) continue;
            for (String written : byGloss.getOrDefault(g, List.of())) {
                if (!written.equals(asked) && charactersHold(asked, written)) out.add(written);
            }
        }
        out.addAll(objects(asked));
        return List.copyOf(out);
    }

    /**
     * A verb-object word's object, as the catalog writes it: 打车 "to take a taxi" → 出租车 "taxi", 受灾 "to be hit by
     * a natural calamity" → 灾害 "disaster" only where the catalog word's main sense ends the verb's gloss and the two
     * share a character (the object's: 车, 灾). Such a word asks about the object ("打车的数据" is taxi data).
     */
    List<String> objects(String asked) {
        String raw = dictionary.rawGlosses(asked);
        if (raw == null) return List.of();
        var out = new LinkedHashSet<String>();
        String[] glosses = raw.split("\t");
        for (int i = 0; i < Math.min(SENSES, glosses.length); i++) {
            if (!glosses[i].strip().startsWith("to ")) continue;
            List<String> words = Gloss.parse(glosses[i]).words();
            for (int from = 1; from < words.size(); from++) {
                for (String written : byMainNoun.getOrDefault(String.join(" ", words.subList(from, words.size())), List.of())) {
                    if (!written.equals(asked) && sharesCharacter(asked, written)) out.add(written);
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean sharesCharacter(String a, String b) {
        return a.chars().anyMatch(c -> b.indexOf(c) >= 0);
    }

    /**
     * Whether two words sharing a gloss are one by their characters too. A shared character in the same place is not
     * enough even when both main senses agree: 图片 and 图形 are both first "picture", but 图形 is a figure or shape,
     * and bridging them turned "结肠镜拍的息肉图片" (unseen11) from "not in the catalog" into a partial list.
     */
    private boolean charactersHold(String asked, String written) {
        if (written.length() > asked.length() && inOrder(asked, written)) return true;
        if (asked.length() == 2 && NOUN_SUFFIXES.indexOf(asked.charAt(1)) >= 0
                && written.indexOf(asked.charAt(0)) >= 0) return true;
        if (asked.length() != 2 || written.length() != 2 || Character.isSurrogate(asked.charAt(0))
                || Character.isSurrogate(written.charAt(0))) return false;
        for (int same = 0; same < 2; same++) {
            int other = 1 - same;
            if (asked.charAt(same) == written.charAt(same) && asked.charAt(other) != written.charAt(other)) {
                Set<String> a = new HashSet<>(nounGlosses(String.valueOf(asked.charAt(other)), CHARACTER_SENSES));
                a.retainAll(nounGlosses(String.valueOf(written.charAt(other)), CHARACTER_SENSES));
                a.remove(null);
                if (!a.isEmpty()) return true;
            }
        }
        return false;
    }

    private static boolean inOrder(String shorter, String longer) {
        int at = 0;
        for (int i = 0; i < shorter.length(); i++) {
            at = longer.indexOf(shorter.charAt(i), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /**
     * The normalised glosses of the first {@code senses} senses, by sense; null where a sense is no noun's (a verb,
     * a name or an inferred gloss), so a position still says which sense a gloss is.
     */
    private List<String> nounGlosses(String chinese, int senses) {
        String raw = dictionary.rawGlosses(chinese);
        if (raw == null) return List.of();
        var out = new ArrayList<String>();
        String[] glosses = raw.split("\t");
        for (int i = 0; i < Math.min(senses, glosses.length); i++) {
            String g = glosses[i].strip();
            Gloss parsed = Gloss.parse(g);
            boolean noun = !g.isEmpty() && !g.startsWith("~") && !g.startsWith("to ") && !Character.isUpperCase(g.charAt(0))
                    && parsed.contentWords() > 0;
            out.add(noun ? String.join(" ", parsed.words()) : null);
        }
        return out;
    }
}
