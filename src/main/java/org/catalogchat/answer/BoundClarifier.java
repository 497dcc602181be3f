package org.catalogchat.answer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bracketed word on whether a date bound counts itself: "2020年以后（不含2020年）", "since 2019 (inclusive)",
 * "before 2018 (excluding 2018)". Users add it because 以后/以前 and "until" are read both ways; it settles the bound
 * rather than naming a subject (its 不 was read as one, and the count shrank to the entries that write 不). The year
 * in the bracket may be named from today ("今年以后（不含今年）").
 */
final class BoundClarifier {
    private static final Pattern CLARIFIER = Pattern.compile("[（(]\\s*(不含|不包含|不包括|不算|含|包含|包括|算上"
            + "|not\\s+including|including|inclusive|excluding|exclusive|not\\s+inclusive)\\s*"
            + "(?:((?:19|20)\\d{2})\\s*年?|(今年|去年|前年|this\\s+year|last\\s+year))?\\s*(?:在内|本身|itself)?\\s*[)）]");

    /** Where the clarifier stands in the question, whether it counts the bound in, and the year it names, if any. */
    record Found(int start, int end, boolean inclusive, Optional<Integer> year) {
    }

    private BoundClarifier() {
    }

    static Optional<Found> find(CharSequence question) {
        Matcher m = CLARIFIER.matcher(question.toString().toLowerCase(Locale.ROOT));
        if (!m.find()) return Optional.empty();
        String word = m.group(1);
        boolean inclusive = !(word.startsWith("不") || word.startsWith("not") || word.startsWith("ex"));
        Optional<Integer> year = m.group(2) != null ? Optional.of(Integer.parseInt(m.group(2)))
                : m.group(3) != null ? Optional.of(DateExpressions.yearNamed(m.group(3))) : Optional.empty();
        return Optional.of(new Found(m.start(), m.end(), inclusive, year));
    }

    /**
     * {@code range}, read from one bound whose period runs {@code start}–{@code end}, with that bound counted in or
     * left out as the clarifier says. A two-sided range, or a clarifier naming another year than the bound's, is left.
     */
    static DateRange settle(DateRange range, Found f, LocalDate start, LocalDate end, String en, String zh) {
        if (!range.parts().isEmpty() || f.year().isPresent() && f.year().get() != start.getYear()) return range;
        if (range.to().equals(DateRange.MAX) && !range.from().equals(DateRange.MIN)) {
            return f.inclusive() ? new DateRange(start, DateRange.MAX, "in or after " + en, zh + "及以后")
                    : new DateRange(end.plusDays(1), DateRange.MAX, "after " + en, zh + "之后");
        }
        if (range.from().equals(DateRange.MIN) && !range.to().equals(DateRange.MAX)) {
            return f.inclusive() ? new DateRange(DateRange.MIN, end, "in or before " + en, zh + "及以前")
                    : new DateRange(DateRange.MIN, start.minusDays(1), "before " + en, zh + "以前");
        }
        return range;
    }
}
