package org.catalogchat.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Is Conceptual Captions in the catalog?", "Do you have Visual Genome?": a run of capitalised dictionary words asked
 * as the whole object of a "do you have / is it in the catalog" question is a dataset's name, not the topic of its
 * words. Each word alone translates (conceptual → 概念, captions → 字幕), so no word is name-like and the words would
 * select an entry writing them apart (Wukong, for 概念 and 图像-文本). A topic asked so is written in lower case or
 * with a head noun ("Do you have remote sensing data?", "any Chinese Sign Language data?"), and stays a topic.
 * Asked in Chinese ("有 Common Voice 吗？", "有 MS COCO 数据集吗？") the run is as much a name: the catalog's other entries
 * writing it as their source are where it is mentioned, not a topic list of them.
 */
final class TitleCaseName {
    /** Two or more capitalised words, joined by lower-case function words ("Health and Retirement Study"). */
    private static final String RUN = "((?:[A-Z][\\w.+-]*)(?:\\s+(?:of|and|for|the|in|on|de|du|la)?\\s*[A-Z][\\w.+-]*)+)";

    /** The existence frames whose whole object is the run: nothing but an article between. */
    private static final Pattern ASKED = Pattern.compile(
            "^\\s*(?:(?i:is|are)\\s+(?i:the\\s+)?" + RUN + "\\s+(?i:in|on|part of|included|available|listed|covered|here)\\b[^?？]*"
                    + "|(?i:do|does)\\s+(?i:you|the catalog|this catalog|your catalog|it)\\s+(?i:have|hold|include|contain|list|cover)"
                    + "\\s+(?i:the\\s+)?" + RUN + "\\s*"
                    + "|(?i:have you got|got|tell me about)\\s+(?i:the\\s+)?" + RUN + "\\s*"
                    // "有 Common Voice 吗？", "目录里有没有 MS COCO 数据集？": the Chinese frames, the run with at most a
                    // bare head noun for "dataset" after it (a topic asked so writes 的 or its own words: 有没有语音的数据)
                    + "|(?:目录|这个目录|你们)?(?:里|中)?(?:有没有|有)\\s*" + RUN + "\\s*(?:数据集|数据库|语料库|语料)?\\s*(?:吗|么|嘛)?\\s*"
                    + ")[?？.!。！]*\\s*$");

    private TitleCaseName() {
    }

    /** The run asked as a name, as written, or empty. */
    static Optional<String> asked(String question) {
        Matcher m = ASKED.matcher(question);
        if (!m.matches()) return Optional.empty();
        for (int g = 1; g <= m.groupCount(); g++) {
            String run = m.group(g);
            if (run != null && capitalisedWords(run) >= 2) return Optional.of(run.strip());
        }
        return Optional.empty();
    }

    /** How many of the run's words are capitalised; 0 when a word is neither capitalised nor a joining word. */
    private static int capitalisedWords(String run) {
        int n = 0;
        for (String w : run.strip().split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0))) n++;
            else if (!w.matches("of|and|for|the|in|on|de|du|la")) return 0;
        }
        return n;
    }
}
