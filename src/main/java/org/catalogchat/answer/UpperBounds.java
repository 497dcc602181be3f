package org.catalogchat.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question that selects datasets by an upper bound on something they hold: "fewer than 1000 videos", "less than
 * 100 hours of video", "视频数量不到1000个", "少于10万张图像". Sizes are read as lower bounds only ("more than a million
 * images"), so the bound was dropped and the answer listed or counted every entry of the topic: a confident wrong
 * list. Until upper bounds are read (an entry with no stated figure could not be placed either way), the
 * {@link Verdict} says the catalog cannot select by it. A length of time before or after a date ("less than two weeks
 * before X") is a window ({@link WindowLengths}), not a size.
 */
final class UpperBounds {
    private static final String TIME_UNITS = "(?:days?|weeks?|months?|years?)\\b";
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:less\\s+than|fewer\\s+than|under|below|at\\s+most"
            + "|no\\s+more\\s+than|not\\s+more\\s+than|smaller\\s+than)\\s+(?:\\d[\\d,.]*|a\\s+(?:hundred|thousand|million|billion)"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)"
            + "\\s*(?:hundred|thousand|million|billion|k|m|b)?\\s+(?!" + TIME_UNITS + ")[a-z]");
    private static final Pattern CHINESE = Pattern.compile("(?:不到|少于|低于|不超过|不足|小于|至多)\\s*"
            + "(?:\\d[\\d,.]*|[一二两三四五六七八九十百千]+)\\s*(?:万亿|亿|万|千)?\\s*(?![天周月年日]|个月|个星期)"
            + "[个张条对部篇段小时分钟GTMK\\p{IsHan}]");

    private UpperBounds() {
    }

    /** Whether {@code question} selects datasets by an upper bound on a figure. */
    static boolean asked(String question) {
        return ENGLISH.matcher(question.toLowerCase(Locale.ROOT)).find() || CHINESE.matcher(question).find();
    }
}
