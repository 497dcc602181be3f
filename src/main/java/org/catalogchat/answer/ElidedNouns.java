package org.catalogchat.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Quantities;

/**
 * Chinese leaves out a noun the sentence has already counted: "每类取2,500个图像块，共57,500个" — the bare 个 of the
 * total counts 图像块 as the figure before it did. And a figure after 每类 / 每种 (per each) is per item, not the total.
 *
 * <pre>{@code
 * ElidedNouns.countsLikeEarlier("每类取2,500个图像块，共57,500个", 14, 20, List.of("图像")); // true: 57,500个 ends its clause
 * ElidedNouns.perEach("每类取2,500个图像块", 3);                                          // true
 * }</pre>
 */
final class ElidedNouns {
    private ElidedNouns() {}

    /** How far after an earlier figure's measure word its noun may begin ("个图像块": right after it). */
    private static final int NOUN_WINDOW = 2;
    /** "每类取", "每种约", "每个": a figure after these counts per item. */
    private static final Pattern PER_EACH = Pattern.compile("每[" + DetailSelector.MEASURE_WORDS + "类]?[取有含约各]?\\s*$");

    /**
     * Whether the figure ending at {@code end} is followed by a bare measure word (then punctuation or the end) that an
     * earlier figure of the same sentence wrote right before one of the noun's forms: it counts that noun too.
     */
    static boolean countsLikeEarlier(String text, int start, int end, List<String> nounForms) {
        if (end >= text.length()) return false;
        char measure = text.charAt(end);
        if (DetailSelector.MEASURE_WORDS.indexOf(measure) < 0 || !Quantities.elidedNoun(text.substring(end), measure)) return false;
        String sentence = text.substring(Quantities.sentenceStart(text, start), start).toLowerCase(Locale.ROOT);
        for (int at = sentence.indexOf(measure); at > 0; at = sentence.indexOf(measure, at + 1)) {
            if (!Character.isDigit(sentence.charAt(at - 1)) && "万亿千百".indexOf(sentence.charAt(at - 1)) < 0) continue;
            String after = sentence.substring(at + 1, Math.min(sentence.length(), at + 1 + NOUN_WINDOW + 4));
            for (String f : nounForms) {
                int noun = after.indexOf(f.toLowerCase(Locale.ROOT));
                if (f.length() >= 2 && noun >= 0 && noun <= NOUN_WINDOW) return true;
            }
        }
        return false;
    }

    /** Whether the figure starting at {@code start} is written per item (每类取2,500个): not a total. */
    static boolean perEach(String text, int start) {
        return PER_EACH.matcher(text.substring(Math.max(0, start - 4), start)).find();
    }
}
