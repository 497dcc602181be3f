package org.catalogchat.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry released right next to a named one: "the next dataset after X", "released right before X", "紧接着X之后
 * 发布的", "X之前的上一个". With no window length, a bound read by {@link RelativeDates} asks for the nearest entry on
 * its side, so the answer ranks the entries past the bound by date (the earliest after X, the latest before X) instead
 * of listing all of them, and the words that said so ("next", "right", 下一个) are no subject.
 *
 * <pre>{@code
 * NeighbourReleases.nearest("what was the next dataset released after x?", true); // OLDEST, "next"
 * }</pre>
 */
final class NeighbourReleases {
    /** The nearest after: "next", "right/just/immediately/directly after", 下一个, 紧接着, 紧随其后. */
    private static final Pattern AFTER = Pattern.compile("\\bnext\\b|\\b(?:right|just|immediately|directly)(?=\\s+after\\b)"
            + "|下一个|下一款|紧接着|紧随其后|紧跟着");
    /** The nearest before: "previous", "right/just/immediately/directly before", 上一个, 紧挨着. */
    private static final Pattern BEFORE = Pattern.compile("\\bprevious\\b|\\b(?:right|just|immediately|directly)(?=\\s+before\\b)"
            + "|上一个|上一款|紧挨着");

    private NeighbourReleases() {
    }

    /** The nearest asked and the words that asked it. */
    record Nearest(Query.Ranking ranking, int start, int end) {
    }

    /** The ranking that picks the entry nearest the bound, if the question asks for it ({@code after}: the bound is "after X"). */
    static Optional<Nearest> nearest(String lower, boolean after) {
        Matcher m = (after ? AFTER : BEFORE).matcher(lower);
        if (!m.find()) return Optional.empty();
        return Optional.of(new Nearest(after ? Query.Ranking.OLDEST : Query.Ranking.NEWEST, m.start(), m.end()));
    }
}
