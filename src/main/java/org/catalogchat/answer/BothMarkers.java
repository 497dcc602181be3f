package org.catalogchat.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "既有高光谱又有激光雷达", "既支持单轮也支持多轮": 既 … 又/也 … joins two subjects that must both hold, so the two
 * markers are the conjunction, never a subject of their own (else the bot answers "no dataset about 又"). Only a
 * 既 that a later 又 or 也 answers is a marker; a lone 又 or 也 keeps whatever reading it had.
 */
final class BothMarkers {
    private static final Pattern PAIR = Pattern.compile("既(.+?)([又也])");

    private BothMarkers() {}

    /** {@code text} with each paired 既 and its 又/也 blanked (same length, so offsets into it stay valid). */
    static String blank(String text) {
        Matcher m = PAIR.matcher(text);
        var out = new StringBuilder(text);
        while (m.find()) {
            out.setCharAt(m.start(), ' ');
            out.setCharAt(m.start(2), ' ');
        }
        return out.toString();
    }
}
