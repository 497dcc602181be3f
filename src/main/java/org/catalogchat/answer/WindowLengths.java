package org.catalogchat.answer;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a window written next to a named entry: "in the 30 days after X", "less than two weeks before X",
 * "within a month of X", "X之后半年内", "X发布后的十天内", "X前后一个月内". Without it the bound is open ("after X":
 * everything since), and the length's words were left as a subject ("no dataset about days"), or the count was
 * taken over every later entry.
 *
 * <p>English writes the length before the relation word ("30 days after"), Chinese after the 之后/之前 it closes
 * (之后半年内). "Less than" keeps the last day out; "within", "in the" and a bare length keep it in.
 *
 * <pre>{@code
 * WindowLengths.english("in the 30 days after "); // 30 days, ends where "30 days after " ends
 * WindowLengths.chinese("之后半年内发布的");          // 6 months, its span is "半年内"
 * }</pre>
 */
final class WindowLengths {
    /** A window's length, whether its last day is out ("less than two weeks"), and where its words are written. */
    record Length(Period period, boolean strict, int start, int end) {
        /** The last day of the window that starts the day after {@code day}. */
        LocalDate after(LocalDate day) {
            LocalDate last = day.plus(period);
            return strict ? last.minusDays(1) : last;
        }

        /** The first day of the window that ends the day before {@code day}. */
        LocalDate before(LocalDate day) {
            LocalDate first = day.minus(period);
            return strict ? first.plusDays(1) : first;
        }

        String english() {
            return (strict ? "less than " : "within ") + words(period, false);
        }

        String chinese() {
            return words(period, true) + "内";
        }
    }

    private static final String EN_NUMBER = "\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|a\\s+couple\\s+of|a\\s+few";
    /**
     * "[within | in | during | less than | under | up to | no more than] [the] [first | next] N unit(s)" right before
     * the relation word; "a few" is no length a reader can count, so it is not read (the bound stays unread).
     */
    private static final Pattern EN_LENGTH = Pattern.compile("(?:\\b(within|in|during|less\\s+than|fewer\\s+than|under"
            + "|up\\s+to|no\\s+more\\s+than|at\\s+most)\\s+)?(?:\\bthe\\s+)?(?:\\b(?:first|next|last|following|previous)\\s+)?"
            + "(?:\\b(" + EN_NUMBER + ")[\\s-]+)?\\b(day|week|fortnight|month|year)s?\\s+$");
    /** "once X was out, what followed over the next year": the length written after the name, as the window it opens. */
    private static final Pattern EN_FOLLOWING = Pattern.compile("\\b(?:over|in|during|within|for)\\s+the\\s+(?:next|following)\\s+"
            + "(?:\\b(" + EN_NUMBER + ")[\\s-]+)?\\b(day|week|fortnight|month|year)s?\\b");
    /** "within N units of X": both sides of X's day. */
    private static final Pattern EN_AROUND = Pattern.compile("\\b(within|less\\s+than)\\s+(?:\\bthe\\s+)?\\b(" + EN_NUMBER
            + ")[\\s-]+(day|week|fortnight|month|year)s?\\s+(?:of|around|either\\s+side\\s+of)\\s+$");

    private static final String ZH_NUMBER = "\\d{1,3}|[一二两三四五六七八九十]{1,3}";
    /** 之后 …: "[的] N [个] unit 内/之内/以内", or 半年/半个月. */
    private static final Pattern ZH_LENGTH = Pattern.compile("^\\s*(?:的)?\\s*(?:(" + ZH_NUMBER + ")\\s*(?:个)?\\s*"
            + "(天|日|周|星期|礼拜|月|年)|(半)\\s*(?:个)?\\s*(月|年))\\s*(?:之内|以内|内|里)");

    private WindowLengths() {
    }

    /**
     * The length written right before an English relation word: {@code head} is the question up to that word ("in
     * the 30 days "); the span is in {@code head}. "the week after X" is one week; a unit with neither a number nor
     * "the" ("weeks after") is no length.
     */
    static Optional<Length> english(String head) {
        Matcher m = EN_LENGTH.matcher(head);
        if (!m.find()) return Optional.empty();
        String number = m.group(2);
        if (number == null && !m.group(0).matches("(?s).*\\bthe\\s+.*")) return Optional.empty();
        return length(number == null ? "one" : number, m.group(3), isStrict(m.group(1)))
                .map(p -> new Length(p.period(), p.strict(), m.start(), head.length()));
    }

    /**
     * The length written after the name of an "after" bound ("X was out, what followed over the next year", "in the
     * following two weeks"); the span is in {@code after}.
     */
    static Optional<Length> following(String after) {
        Matcher m = EN_FOLLOWING.matcher(after);
        if (!m.find()) return Optional.empty();
        return length(m.group(1) == null ? "one" : m.group(1), m.group(2), false)
                .map(p -> new Length(p.period(), false, m.start(), m.end()));
    }

    /** "within a month of X": the length, with its words up to the name. */
    static Optional<Length> around(String before) {
        Matcher m = EN_AROUND.matcher(before);
        if (!m.find()) return Optional.empty();
        return length(m.group(2), m.group(3), isStrict(m.group(1)))
                .map(p -> new Length(p.period(), p.strict(), m.start(), before.length()));
    }

    /** The length Chinese writes after 之后/之前 ({@code after} starts right after that word); its span is in {@code after}. */
    static Optional<Length> chinese(String after) {
        Matcher m = ZH_LENGTH.matcher(after);
        if (!m.find()) return Optional.empty();
        Period p;
        if (m.group(3) != null) {
            p = m.group(4).equals("年") ? Period.ofMonths(6) : Period.ofDays(15);
        } else {
            int n = SmallNumbers.chinese(m.group(1));
            if (n <= 0) return Optional.empty();
            p = period(n, m.group(2));
        }
        return Optional.of(new Length(p, false, m.start(), m.end()));
    }

    private static boolean isStrict(String lead) {
        return lead != null && lead.matches("less\\s+than|fewer\\s+than|under");
    }

    private static Optional<Length> length(String number, String unit, boolean strict) {
        String n = number.replaceAll("\\s+", " ");
        if (n.equals("a few") || n.equals("a couple of")) return Optional.empty();
        int count = n.matches("\\d+") ? Integer.parseInt(n) : SmallNumbers.ENGLISH.getOrDefault(n, 0);
        if (count <= 0) return Optional.empty();
        return Optional.of(new Length(period(count, unit), strict, 0, 0));
    }

    private static Period period(int n, String unit) {
        return switch (unit) {
            case "day", "天", "日" -> Period.ofDays(n);
            case "week", "周", "星期", "礼拜" -> Period.ofWeeks(n);
            case "fortnight" -> Period.ofWeeks(2 * n);
            case "month", "月" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
    }

    private static String words(Period p, boolean zh) {
        if (p.getYears() > 0) return zh ? p.getYears() + "年" : plural(p.getYears(), "year");
        if (p.getMonths() == 6 && zh) return "半年";
        if (p.getMonths() > 0) return zh ? p.getMonths() + "个月" : plural(p.getMonths(), "month");
        if (p.getDays() % 7 == 0 && p.getDays() > 0) return zh ? p.getDays() / 7 + "周" : plural(p.getDays() / 7, "week");
        return zh ? p.getDays() + "天" : plural(p.getDays(), "day");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
