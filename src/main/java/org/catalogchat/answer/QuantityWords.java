package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.TopicMatcher;

/**
 * "hand pose datasets filmed with several cameras", "paraphrase pairs in many different languages", 覆盖多个欧洲国家的,
 * 多种语言的: a quantity word says the data holds more than one of the noun after it. The quantity word is no topic (no
 * entry is "about several"); the noun stays a subject, and it holds only where an entry writes that noun counted
 * above one ({@link CountedAboveOne}). "how many" and 多少/几个 ask a count instead, and a bare "different" is left
 * alone: it more often contrasts than counts ("different from ImageNet").
 *
 * <pre>{@code
 * QuantityWords.in("pedestrian data collected across several different countries")
 *     // one Found: blanked "several different", counted window "countries"
 * }</pre>
 */
final class QuantityWords {
    private QuantityWords() {}

    /** An English quantifier, the words of difference that may follow it, then up to two words of what is counted. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<!\\bhow )\\b(?:several|multiple|many|numerous|various)\\s+(?:(?:different|distinct|separate)\\s+)?"
                    + "(?!of\\b)([a-z][a-z-]*)(?:\\s+([a-z][a-z-]*))?");

    /**
     * A Chinese quantifier with its measure word (bare 多 opens words of its own: 多模态, 多光谱), then what is counted, up
     * to a particle (多种语言的词义消歧 counts languages; 多条人工参考改写 counts any of its words, the head last).
     */
    private static final Pattern CHINESE = Pattern.compile(
            "(?:多个|多种|多位|多名|多条|多家|多所|多款|多类|多组|许多|若干|众多)(?:不同的?)?([\\p{IsHan}&&[^的和与或及、]]{1,6})");

    /**
     * One quantity phrase of a question.
     *
     * @param start, end the quantity word and any word of difference after it: what is blanked before subjects are read
     * @param counted    the words right after it, as written: a subject among them is what must be counted above one
     */
    record Found(int start, int end, String counted) {}

    static List<Found> in(String question) {
        var found = new ArrayList<Found>();
        String lower = question.toLowerCase(Locale.ROOT);
        Matcher en = ENGLISH.matcher(lower);
        while (en.find()) {
            String window = en.group(2) == null ? en.group(1) : en.group(1) + " " + en.group(2);
            found.add(new Found(en.start(), en.start(1), window));
        }
        Matcher zh = CHINESE.matcher(question);
        while (zh.find()) found.add(new Found(zh.start(), zh.start(1), zh.group(1)));
        return found;
    }

    /** {@code rest} (the question as later stages left it, of the same length or not) without the quantity words. */
    static String without(String rest, String question, List<Found> found) {
        for (Found f : found) {
            String words = question.substring(f.start(), f.end()).strip();
            rest = PlanWords.blankAsIn(rest, question, words);
        }
        return rest;
    }

    /**
     * Whether {@code subject} is what a quantity phrase counts: it is written in the words after the quantity word
     * (an English subject by one of its words, a Chinese one as a part of the window).
     */
    static boolean counts(Found f, Subject subject) {
        String text = subject.text().toLowerCase(Locale.ROOT);
        if (text.isBlank()) return false;
        if (TopicMatcher.hasHan(text)) {
            return f.counted().contains(text);
        }
        for (String w : f.counted().split(" ")) {
            for (String t : text.split("\\s+")) if (t.equals(w)) return true;
        }
        return false;
    }
}
