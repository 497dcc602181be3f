package org.catalogchat.answer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads release-date conditions from a question in English or Chinese: "in 2022", "June 2024",
 * "after August 2024", "2024年8月及以后", "Q1 2024", "2024年上半年", "before 2023", "between 2022 and 2023", and parts of
 * a month or a year: "the first half of June 2024", "2024年5月下旬", "early 2023", "2023年年底".
 *
 * <pre>{@code
 * DateExpressions.parse("datasets after August 2024"); // 2024-09-01 … open end
 * }</pre>
 */
final class DateExpressions {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    /** A span of time written in the question: a year, a month, a quarter or a half year. */
    private record Point(LocalDate start, LocalDate end, String en, String zh, int at, int endAt) {
    }

    /** The numerals of a quarter as the Chinese patterns read it, 一 to 九 (the fifth and later are impossible). */
    private static final String QUARTER_NUMERALS = "一二三四五六七八九";

    private static final Pattern ZH_HALF = Pattern.compile("(\\d{4})\\s*年?\\s*(?:的\\s*)?(上|下)半年");
    private static final Pattern ZH_QUARTER = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?第?\\s*([一二三四五六七八九1-9])\\s*季度");
    private static final Pattern ZH_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?(\\d{1,2})\\s*月份?");
    private static final Pattern EN_QUARTER = Pattern.compile("\\bq([1-9])\\s*,?\\s*(?:of\\s+)?(\\d{4})\\b|\\b(\\d{4})\\s*q([1-9])\\b");
    /** "the second quarter of 2024", "last quarter of 2019". */
    private static final Pattern EN_QUARTER_WORDS = Pattern.compile("\\b(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)\\s+quarter\\s+(?:of\\s+)?(\\d{4})\\b");
    /**
     * Two periods joined by "or" ("2020 or 2021", "2011 or 2017", "2012年或2018年"): one condition, a single range when
     * the second follows the first directly; a comma lists more ("2011, 2015 or 2017"). "and"/和 joins them the same
     * way ("2023年和2024年一共发布了多少个"): no entry is released in both, so it means either; only after "between"/从
     * does "and" close a range.
     */
    private static final Pattern OR_GAP = Pattern.compile("\\s*(?:,\\s*)?(?:or|或|或者|and|和|与|及|以及|、)\\s*(?:in\\s+|是)?");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*[,，、]\\s*(?:in\\s+)?");
    /**
     * A season of a year: "spring 2024", "the summer of 2019", "autumn/fall 2018", "2024年春季", "2019年夏天", "2018年秋天"
     * — the months of the northern meteorological seasons (March–May, June–August, September–November), named in the
     * answer. Unread, the season was left as a subject ("no dataset about summer"). Winter is not read: it spans two
     * years and "winter 2024" names either end of it.
     */
    private static final Pattern EN_SEASON = Pattern.compile("\\b(spring|summer|autumn|fall)\\s*(?:of\\s+|,\\s*)?(\\d{4})\\b");
    private static final Pattern ZH_SEASON = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?(春|夏|秋)(?:季|天)");
    /**
     * A month written without its year before another that has one: "January or February 2022", "June and August 2024",
     * "2024年6月和8月", "2017年6、7月". The year is written into each ({@link #yearsIntoJoinedMonths}) so the months are
     * periods joined by "or" like any other; read as written, the first month alone was a confident wrong count.
     */
    private static final Pattern EN_JOINED_MONTHS = Pattern.compile("\\b((?:(?:" + MONTHS + ")\\b\\.?\\s*(?:,\\s*|\\s+(?:or|and)\\s+))+)"
            + "(" + MONTHS + ")\\.?\\s*,?\\s*(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern ZH_JOINED_MONTHS = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?((?:\\d{1,2}\\s*月?\\s*(?:和|或|或者|与|及|、|,|，)\\s*)+)"
            + "(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])");
    private static final Pattern ZH_MONTH_NUMBER = Pattern.compile("(\\d{1,2})\\s*月?");
    private static final Pattern EN_MONTH_NAME = Pattern.compile("\\b(?:" + MONTHS + ")\\b");
    /** A century: "20世纪", "二十世纪", "the 20th century" (1900–1999, as "20世纪90年代" is the 1990s). */
    private static final Pattern CENTURY = Pattern.compile("(\\d{1,2}|二十一|二十|十九)\\s*世纪(?!\\s*\\d0\\s*年代)"
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b");
    private static final Pattern EN_HALF = Pattern.compile("\\b(first|second|1st|2nd) half of (\\d{4})\\b|\\bh([12])\\s*(\\d{4})\\b");
    private static final Pattern EN_MONTH = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s*,?\\s*(?:of\\s+)?(\\d{4})\\b");
    /**
     * Months of one year written once: "May to July 2024", "between May and July 2024", "2024年5月至7月", "2024年5-7月".
     * The first month takes the year written after the second (or before both, in Chinese).
     */
    private static final Pattern EN_MONTH_SPAN = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s*(?:and|to|through|until|till|-|–|—)\\s*("
            + MONTHS + ")\\.?\\s*,?\\s*(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern ZH_MONTH_SPAN = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?(\\d{1,2})\\s*月?\\s*(?:到|至|-|–|—|~|～)\\s*(\\d{1,2})\\s*月份?");
    /**
     * A part of a month: "the first half of June 2024", "early/mid-/late June 2024", "the end of June 2024",
     * "2024年5月下旬", "2024年6月上半月", "2024年6月初", "2024年6月底" (a 的 may come between: "2024年5月的下旬"). Read as the whole month, each was a confident list
     * that holds releases outside the part asked about. Halves are days 1–15 and 16 to the end; early, 上旬 and 月初 are
     * days 1–10, mid and 中旬 11–20, late, 下旬, 月底 and 月末 21 to the end (the 旬 of a Chinese calendar month).
     */
    private static final Pattern EN_MONTH_PART = Pattern.compile("\\b(?:(first|second|1st|2nd|latter)\\s+half\\s+of"
            + "|(early|mid|middle\\s+of|late|beginning\\s+of|start\\s+of|end\\s+of))\\s*-?\\s*(?:the\\s+)?(" + MONTHS
            + ")\\.?\\s*,?\\s*(?:of\\s+)?(\\d{4})\\b");
    /**
     * A week of a month: "the first week of July 2024", "the last week of May 2024", "2024年7月第一周", "2024年5月的最后一周".
     * Read as the month, each was a count over the whole month, and "week" was left as a subject. Weeks are counted
     * from the month's first day (days 1–7, 8–14, 15–21, 22–28); the last week is the month's last seven days.
     */
    private static final Pattern EN_MONTH_WEEK = Pattern.compile("\\b(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\\s+week"
            + "\\s+of\\s+(?:the\\s+)?(" + MONTHS + ")\\.?\\s*,?\\s*(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern ZH_MONTH_WEEK = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?(\\d{1,2})\\s*月份?\\s*(?:的\\s*)?"
            + "(?:第\\s*([一二三四1-4])|(最后一|最末一))\\s*(?:个\\s*)?(?:周|星期|礼拜)");
    private static final Pattern ZH_MONTH_PART = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?(\\d{1,2})\\s*月份?\\s*(?:的\\s*)?"
            + "(上旬|中旬|下旬|上半月|前半月|下半月|后半月|初|底|末)");
    /**
     * A part of a year: "early 2023", "mid-2023", "late 2023", "the beginning/end of 2023", "2023年初", "2023年年中",
     * "2023年底". Read as the whole year they were lists of every release of that year; the year is taken in thirds
     * (January–April, May–August, September–December) and the answer names the months it read.
     */
    private static final Pattern EN_YEAR_PART = Pattern.compile("\\b(early|mid|middle\\s+of|late|beginning\\s+of|start\\s+of|end\\s+of)"
            + "\\s*-?\\s*(?:the\\s+year\\s+)?(\\d{4})\\b");
    private static final Pattern ZH_YEAR_PART = Pattern.compile("(\\d{4})\\s*年\\s*(?:的\\s*)?(年初|年中|年底|年末|初|底|末)");
    /**
     * A day or a span of days: "2024年6月6日", "2024年6月1日到10日", "2024-06-06", "6 June 2024", "June 6, 2024",
     * "between 1 and 20 March 2024", "June 1–10, 2024". Read as their month, each was a list of the whole month.
     */
    private static final Pattern ZH_DAY_SPAN = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?\\s*"
            + "(?:到|至|-|–|—|~|～)\\s*(?:\\d{4}\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号]");
    private static final Pattern ZH_DAY = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String DAYS_GAP = "\\s*(?:and|to|-|–|—|through|until|till)\\s*(?:the\\s+)?";
    private static final Pattern EN_DAY_SPAN = Pattern.compile("\\b(?:(?:between|from)\\s+)?(?:the\\s+)?(\\d{1,2})" + ORDINAL + DAYS_GAP
            + "(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(" + MONTHS + ")\\.?\\s*,?\\s*(\\d{4})\\b");
    private static final Pattern EN_MONTH_DAY_SPAN = Pattern.compile("\\b(?:(?:between|from)\\s+)?(" + MONTHS + ")\\.?\\s+(\\d{1,2})" + ORDINAL
            + DAYS_GAP + "(\\d{1,2})" + ORDINAL + "\\s*,?\\s*(\\d{4})\\b");
    private static final Pattern EN_DAY = Pattern.compile("\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(" + MONTHS + ")\\.?\\s*,?\\s*(\\d{4})\\b");
    private static final Pattern EN_MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})" + ORDINAL + "\\s*,?\\s*(\\d{4})\\b");
    private static final Pattern ISO_MONTH = Pattern.compile("\\b(\\d{4})-(\\d{2})\\b(?!-)");
    /** A decade: "the 1970s", "20世纪70年代", "1970年代". */
    private static final Pattern DECADE = Pattern.compile("\\b((?:19|20)\\d)0s\\b|(\\d{2})\\s*世纪\\s*(\\d)0\\s*年代|((?:19|20)\\d)0\\s*年代");
    /**
     * A decade written with two digits: "90年代", "the 90s", "the '90s", "the nineties". It is the latest such decade
     * that has begun ("20年代" is the 2020s, "90年代" the 1990s).
     */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?<![\\d世纪])(\\d)0\\s*年代|\\bthe\\s+'?(\\d)0s\\b|'(\\d)0s\\b"
            + "|\\b(?:the\\s+)?(seventies|eighties|nineties)\\b");
    /**
     * A century named by where it lies from today: "上世纪", "上个世纪", "本世纪", "这个世纪", "last century",
     * "this century". They are rewritten as the numbered century before anything else is read, so "上世纪90年代" is
     * read as "20世纪90年代" (it was read as no date, 世纪 as a subject, and a count of one).
     */
    private static final Pattern RELATIVE_CENTURY = Pattern.compile("(上个?|本|这一?个?)世纪|\\b(last|this|the\\s+last|the\\s+previous|previous)\\s+century\\b");
    /**
     * A span back from today: "in the last five years", "over the past 3 years", "近五年", "最近三年", "过去两年内".
     * It runs from the same day N years ago to today (a catalog has no later release).
     */
    private static final Pattern RECENT_YEARS = Pattern.compile("\\b(?:last|past|previous)\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+years?\\b"
            + "|(?:近|最近|过去|这)\\s*([0-9]{1,2}|[一二两三四五六七八九十])\\s*年");
    /** A year named from today: "this year", "last year", 今年, 去年, 前年; rewritten as the year. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(this|last)\\s+year\\b(?!s)|(今年|(?<!过)去年|前年)");
    /** The century of today: 21 from 2001 (release dates have no later one). */
    private static final int CURRENT_CENTURY = (LocalDate.now().getYear() - 1) / 100 + 1;

    /**
     * A year: not a decimal's part ("2012.5") nor a figure before a multiplier ("2000万", "2000 million", "2000k"),
     * but a year at a sentence's end ("in 2012.") or before a word ("in 2012 by NASA") stays one.
     */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})(?!\\d|\\.\\d|\\s*(?:[万亿]|[kmb](?![a-z])|million|billion|thousand))");

    private static final Pattern AFTER = Pattern.compile("(after|later than|newer than|since|starting|starting from|as of|onwards? from)\\s*$");
    private static final Pattern BEFORE = Pattern.compile("(before|earlier than|older than|prior to|until|till|up to|through|by)\\s*$");
    private static final Pattern NOT_AFTER = Pattern.compile("\\b(no|not)\\s+(later than|after|newer than)\\s*$");
    private static final Pattern NOT_BEFORE = Pattern.compile("\\b(no|not)\\s+(earlier than|before|older than|sooner than)\\s*$");
    private static final Pattern ZH_SUFFIX = Pattern.compile("^\\s*(及以后|及之后|以来|起|开始|之后|以后|后|及以前|及之前|以前|之前|前)");
    private static final Pattern BETWEEN = Pattern.compile("between\\s*$|从\\s*$|^\\s*(and|to|-|–|至|到)");

    private DateExpressions() {
    }

    static Optional<DateRange> parse(String question) {
        Optional<BoundClarifier.Found> clarifier = BoundClarifier.find(question);
        if (clarifier.isEmpty()) return parseBounds(question);
        // the clarifier's own year ("不含2020年") is no second period: read the question without it, then settle the bound
        BoundClarifier.Found f = clarifier.get();
        String without = question.substring(0, f.start()) + " ".repeat(f.end() - f.start()) + question.substring(f.end());
        // the bound is read as parseBounds reads it (今年, 上世纪 written out), or 今年以后（含） had no point to settle
        List<Point> points = points(normalised(without));
        Optional<DateRange> range = parseBounds(without);
        if (points.size() != 1 || range.isEmpty()) return range;
        Point p = points.get(0);
        return Optional.of(BoundClarifier.settle(range.get(), f, p.start(), p.end(), p.en(), p.zh()));
    }

    /** The question in lower case with relative years and centuries written out and joined months given their year. */
    private static String normalised(String question) {
        return yearsIntoJoinedMonths(relativeYears(relativeCenturies(question.toLowerCase(Locale.ROOT))));
    }

    private static Optional<DateRange> parseBounds(String question) {
        String q = normalised(question);
        List<Point> points = points(q);
        for (Point p : points) {
            // "31 June 2024", "2024年13月", "2024年第五季度": read as the month or the year around it, the answer was a
            // confident list of releases the question never asked about; the empty range says no entry falls on it
            if (p.start().isAfter(p.end())) return Optional.of(new DateRange(p.start(), p.end(), p.en(), p.zh()));
        }
        Matcher recent = RECENT_YEARS.matcher(q);
        if (points.isEmpty() && recent.find()) {
            int n = count(recent.group(1) != null ? recent.group(1) : recent.group(2));
            return Optional.of(new DateRange(LocalDate.now().minusYears(n), DateRange.MAX, "in the last " + n + " years",
                    "近" + n + "年"));
        }
        if (points.isEmpty()) return Optional.empty();
        if (points.size() >= 2 && between(q, points.get(0), points.get(1))) {
            Point a = points.get(0);
            Point b = points.get(1);
            return Optional.of(new DateRange(a.start(), b.end(), "between " + a.en() + " and " + b.en(),
                    a.zh() + "至" + b.zh()));
        }
        if (points.size() >= 2 && joinedByOr(q, points)) {
            Point a = points.get(0);
            Point b = points.get(points.size() - 1);
            String en = "in " + String.join(", ", points.subList(0, points.size() - 1).stream().map(Point::en).toList())
                    + " or " + b.en();
            String zh = String.join("或", points.stream().map(Point::zh).toList());
            if (points.size() == 2 && b.start().equals(a.end().plusDays(1))) {
                // "2020 or 2021", "2023年或2024年": the two periods make one when the second follows the first directly
                return Optional.of(new DateRange(a.start(), b.end(), en, zh));
            }
            // "2018 or 2020": either period, not the years between them
            return Optional.of(DateRange.anyOf(points.stream()
                    .map(p -> new DateRange(p.start(), p.end(), "in " + p.en(), p.zh())).toList(), en, zh));
        }
        Point p = points.get(0);
        String before = q.substring(0, p.at());
        String after = q.substring(p.endAt());
        Matcher zh = ZH_SUFFIX.matcher(after);
        if (zh.find()) {
            String s = zh.group(1);
            if (s.equals("及以后") || s.equals("及之后") || s.equals("以来") || s.equals("起") || s.equals("开始")) {
                return Optional.of(new DateRange(p.start(), DateRange.MAX, "in or after " + p.en(), p.zh() + "及以后"));
            }
            if (s.equals("之后") || s.equals("以后") || s.equals("后")) {
                return Optional.of(new DateRange(p.end().plusDays(1), DateRange.MAX, "after " + p.en(), p.zh() + "之后"));
            }
            if (s.startsWith("及")) {
                return Optional.of(new DateRange(DateRange.MIN, p.end(), "in or before " + p.en(), p.zh() + "及以前"));
            }
            return Optional.of(new DateRange(DateRange.MIN, p.start().minusDays(1), "before " + p.en(), p.zh() + "以前"));
        }
        if (after.matches("^\\s*(onwards?|and later|or later|and after|or after)\\b.*")) {
            return Optional.of(new DateRange(p.start(), DateRange.MAX, "in or after " + p.en(), p.zh() + "及以后"));
        }
        if (after.matches("^\\s*(or earlier|and earlier|or before|and before)\\b.*")) {
            return Optional.of(new DateRange(DateRange.MIN, p.end(), "in or before " + p.en(), p.zh() + "及以前"));
        }
        // "no later than 2009" is up to 2009, "not before 2015" from 2015: a negated bound is the other side's, inclusive
        Matcher notAfter = NOT_AFTER.matcher(before);
        if (notAfter.find()) {
            return Optional.of(new DateRange(DateRange.MIN, p.end(), "in or before " + p.en(), p.zh() + "及以前"));
        }
        Matcher notBefore = NOT_BEFORE.matcher(before);
        if (notBefore.find()) {
            return Optional.of(new DateRange(p.start(), DateRange.MAX, "in or after " + p.en(), p.zh() + "及以后"));
        }
        Matcher a = AFTER.matcher(before);
        if (a.find()) {
            boolean inclusive = !a.group(1).startsWith("after") && !a.group(1).startsWith("later") && !a.group(1).startsWith("newer");
            return Optional.of(inclusive
                    ? new DateRange(p.start(), DateRange.MAX, "since " + p.en(), p.zh() + "及以后")
                    : new DateRange(p.end().plusDays(1), DateRange.MAX, "after " + p.en(), p.zh() + "之后"));
        }
        Matcher b = BEFORE.matcher(before);
        if (b.find()) {
            boolean inclusive = b.group(1).matches("until|till|up to|through|by");
            return Optional.of(inclusive
                    ? new DateRange(DateRange.MIN, p.end(), "up to " + p.en(), p.zh() + "及以前")
                    : new DateRange(DateRange.MIN, p.start().minusDays(1), "before " + p.en(), p.zh() + "以前"));
        }
        return Optional.of(new DateRange(p.start(), p.end(), (p.start().equals(p.end()) ? "on " : "in ") + p.en(), p.zh()));
    }

    /** "January or February 2022" → "january 2022 or february 2022", "2024年6月和8月" → "2024年6月和2024年8月". */
    static String yearsIntoJoinedMonths(String q) {
        Matcher en = EN_JOINED_MONTHS.matcher(q);
        StringBuilder out = new StringBuilder();
        while (en.find()) {
            // "between November and February 2024" is a span over the turn of the year (EN_MONTH_SPAN), not two months
            if (q.substring(0, en.start()).matches("(?s).*\\b(?:between|from)\\s+$")) continue;
            String year = en.group(3);
            String head = EN_MONTH_NAME.matcher(en.group(1)).replaceAll(r -> r.group() + " " + year);
            en.appendReplacement(out, Matcher.quoteReplacement(head + en.group(2) + " " + year));
        }
        en.appendTail(out);
        Matcher zh = ZH_JOINED_MONTHS.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (zh.find()) {
            String year = zh.group(1);
            String head = ZH_MONTH_NUMBER.matcher(zh.group(2)).replaceAll(r -> year + "年" + r.group(1) + "月");
            zh.appendReplacement(done, Matcher.quoteReplacement(head + year + "年" + zh.group(3) + "月"));
        }
        zh.appendTail(done);
        return done.toString();
    }

    /** "this year" → "2026", 去年 → "2025年": a year named from today written out. */
    static String relativeYears(String q) {
        Matcher m = RELATIVE_YEAR.matcher(q);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int y = yearNamed(m.group(1) != null ? m.group(1) : m.group(2));
            m.appendReplacement(out, m.group(1) != null ? String.valueOf(y) : y + "年");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The year a word names from today: "this"/今年 this year, "last"/去年 the one before, 前年 two before. */
    static int yearNamed(String word) {
        int now = LocalDate.now().getYear();
        return switch (word.replaceAll("\\s*year$", "")) {
            case "last", "去年" -> now - 1;
            case "前年" -> now - 2;
            default -> now;
        };
    }

    private static int count(String n) {
        int zh = "一二三四五六七八九十".indexOf(n);
        if (zh >= 0) return zh + 1;
        if (n.equals("两")) return 2;
        int en = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").indexOf(n);
        return en >= 0 ? en + 2 : Integer.parseInt(n);
    }

    /** "上世纪" → "20世纪", "this century" → "21st century": the century written out, the rest of the text as it was. */
    static String relativeCenturies(String q) {
        Matcher m = RELATIVE_CENTURY.matcher(q);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean last = m.group(1) != null ? m.group(1).startsWith("上") : !m.group(2).equals("this");
            int c = last ? CURRENT_CENTURY - 1 : CURRENT_CENTURY;
            m.appendReplacement(out, m.group(1) != null ? c + "世纪" : ordinal(c) + " century");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether the periods are a list whose last gap is "or" and others commas, with no bound before the first or
     * after the last ("before 2018 or 2020" is not two periods alike).
     */
    private static boolean joinedByOr(String q, List<Point> points) {
        for (int i = 1; i < points.size(); i++) {
            String gap = q.substring(points.get(i - 1).endAt(), points.get(i).at());
            boolean last = i == points.size() - 1;
            if (!(last ? OR_GAP : LIST_GAP).matcher(gap).matches()) return false;
        }
        String before = q.substring(0, points.get(0).at());
        String after = q.substring(points.get(points.size() - 1).endAt());
        return !AFTER.matcher(before).find() && !BEFORE.matcher(before).find() && !ZH_SUFFIX.matcher(after).find()
                && !after.matches("^\\s*(onwards?|and later|or later|and after|or after|or earlier|and earlier|or before|and before)\\b.*");
    }

    private static boolean between(String q, Point a, Point b) {
        String gap = q.substring(a.endAt(), b.at());
        boolean betweenWord = BETWEEN.matcher(q.substring(0, a.at())).find() || q.substring(b.endAt()).matches("(?s)^\\s*(之间|期间|间).*");
        return gap.matches("\\s*(to|-|–|至|到)\\s*") || gap.matches("\\s*(and|and the end of|和|与|跟)\\s*") && betweenWord
                || betweenWord && gap.length() < 8 && !OR_GAP.matcher(gap).matches();
    }

    private static List<Point> points(String q) {
        var points = new ArrayList<Point>();
        boolean[] taken = new boolean[q.length()];
        Matcher m = ZH_DAY_SPAN.matcher(q);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            addDays(points, taken, m, Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)),
                    m.group(4) != null ? Integer.parseInt(m.group(4)) : month, Integer.parseInt(m.group(5)));
        }
        m = EN_DAY_SPAN.matcher(q);
        while (m.find()) {
            int month = month(m.group(3));
            addDays(points, taken, m, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(2)));
        }
        m = EN_MONTH_DAY_SPAN.matcher(q);
        while (m.find()) {
            int month = month(m.group(1));
            addDays(points, taken, m, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(2)), month, Integer.parseInt(m.group(3)));
        }
        m = ZH_DAY.matcher(q);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            addDays(points, taken, m, Integer.parseInt(m.group(1)), month, day, month, day);
        }
        m = ISO_DAY.matcher(q);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            addDays(points, taken, m, Integer.parseInt(m.group(1)), month, day, month, day);
        }
        m = EN_DAY.matcher(q);
        while (m.find()) {
            int month = month(m.group(2));
            int day = Integer.parseInt(m.group(1));
            addDays(points, taken, m, Integer.parseInt(m.group(3)), month, day, month, day);
        }
        m = EN_MONTH_DAY.matcher(q);
        while (m.find()) {
            int month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            addDays(points, taken, m, Integer.parseInt(m.group(3)), month, day, month, day);
        }
        m = EN_SEASON.matcher(q);
        while (m.find()) addSeason(points, taken, m, Integer.parseInt(m.group(2)), List.of("spring", "summer", "autumn", "fall").indexOf(m.group(1)));
        m = ZH_SEASON.matcher(q);
        while (m.find()) addSeason(points, taken, m, Integer.parseInt(m.group(1)), "春夏秋".indexOf(m.group(2)));
        m = ZH_HALF.matcher(q);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            boolean first = m.group(2).equals("上");
            add(points, taken, m, LocalDate.of(y, first ? 1 : 7, 1), LocalDate.of(y, first ? 6 : 12, first ? 30 : 31),
                    (first ? "the first half of " : "the second half of ") + y, y + "年" + m.group(2) + "半年");
        }
        m = ZH_QUARTER.matcher(q);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            addQuarter(points, taken, m, y, SmallNumbers.chinese(m.group(2)));
        }
        m = EN_QUARTER_WORDS.matcher(q);
        while (m.find()) {
            int quarter = switch (m.group(1)) {
                case "first", "1st" -> 1;
                case "second", "2nd" -> 2;
                case "third", "3rd" -> 3;
                case "fifth", "5th" -> 5;
                case "sixth", "6th" -> 6;
                default -> 4;
            };
            addQuarter(points, taken, m, Integer.parseInt(m.group(2)), quarter);
        }
        m = EN_QUARTER.matcher(q);
        while (m.find()) {
            int quarter = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            int y = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            addQuarter(points, taken, m, y, quarter);
        }
        m = EN_HALF.matcher(q);
        while (m.find()) {
            boolean first = m.group(1) != null ? m.group(1).startsWith("f") || m.group(1).startsWith("1") : m.group(3).equals("1");
            int y = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            add(points, taken, m, LocalDate.of(y, first ? 1 : 7, 1), LocalDate.of(y, first ? 6 : 12, first ? 30 : 31),
                    (first ? "the first half of " : "the second half of ") + y, y + "年" + (first ? "上" : "下") + "半年");
        }
        m = ZH_MONTH_PART.matcher(q);
        while (m.find()) addMonthPart(points, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), monthPart(m.group(3)));
        m = EN_MONTH_PART.matcher(q);
        while (m.find()) {
            String part = m.group(1) != null ? (m.group(1).startsWith("f") || m.group(1).startsWith("1") ? "first half" : "second half")
                    : m.group(2);
            addMonthPart(points, taken, m, Integer.parseInt(m.group(4)), month(m.group(3)), monthPart(part));
        }
        m = EN_MONTH_WEEK.matcher(q);
        while (m.find()) addMonthWeek(points, taken, m, Integer.parseInt(m.group(3)), month(m.group(2)), week(m.group(1)));
        m = ZH_MONTH_WEEK.matcher(q);
        while (m.find()) {
            addMonthWeek(points, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) != null ? week(m.group(3)) : 0);
        }
        m = ZH_YEAR_PART.matcher(q);
        while (m.find()) addYearPart(points, taken, m, Integer.parseInt(m.group(1)), yearPart(m.group(2)));
        m = EN_YEAR_PART.matcher(q);
        while (m.find()) addYearPart(points, taken, m, Integer.parseInt(m.group(2)), yearPart(m.group(1)));
        m = ZH_MONTH_SPAN.matcher(q);
        while (m.find()) addMonths(points, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = EN_MONTH_SPAN.matcher(q);
        while (m.find()) addMonths(points, taken, m, Integer.parseInt(m.group(3)), month(m.group(1)), month(m.group(2)));
        m = ZH_MONTH.matcher(q);
        while (m.find()) addMonth(points, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = EN_MONTH.matcher(q);
        while (m.find()) addMonth(points, taken, m, Integer.parseInt(m.group(2)), month(m.group(1)));
        m = ISO_MONTH.matcher(q);
        while (m.find()) addMonth(points, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = DECADE.matcher(q);
        while (m.find()) {
            int y = m.group(1) != null ? Integer.parseInt(m.group(1)) * 10
                    : m.group(2) != null ? (Integer.parseInt(m.group(2)) - 1) * 100 + Integer.parseInt(m.group(3)) * 10
                    : Integer.parseInt(m.group(4)) * 10;
            add(points, taken, m, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), "the " + y + "s", y + "年代");
        }
        m = SHORT_DECADE.matcher(q);
        while (m.find()) {
            int d = m.group(4) != null ? switch (m.group(4)) {
                case "seventies" -> 7;
                case "eighties" -> 8;
                default -> 9;
            } : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            int y = (CURRENT_CENTURY - 1) * 100 + d * 10;
            if (y > LocalDate.now().getYear()) y -= 100;
            add(points, taken, m, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), "the " + y + "s", y + "年代");
        }
        m = CENTURY.matcher(q);
        while (m.find()) {
            int c = m.group(1) == null ? Integer.parseInt(m.group(2)) : switch (m.group(1)) {
                case "二十一" -> 21;
                case "二十" -> 20;
                case "十九" -> 19;
                default -> Integer.parseInt(m.group(1));
            };
            if (c < 19 || c > 21) continue; // release dates lie between 1900 and today
            int y = (c - 1) * 100;
            add(points, taken, m, LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31), "the " + ordinal(c) + " century", c + "世纪");
        }
        m = YEAR.matcher(q);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int end = q.startsWith("年", m.end()) ? m.end() + 1 : m.end();
            if (free(taken, m.start(), end)) {
                mark(taken, m.start(), end);
                points.add(new Point(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), String.valueOf(y), y + "年", m.start(), end));
            }
        }
        points.sort((x, y) -> Integer.compare(x.at(), y.at()));
        return points;
    }

    private static void addQuarter(List<Point> points, boolean[] taken, Matcher m, int y, int quarter) {
        String zh = y + "年第" + QUARTER_NUMERALS.charAt(quarter - 1) + "季度";
        if (quarter > 4) {
            addImpossible(points, taken, m, "Q" + quarter + " " + y, zh);
            return;
        }
        LocalDate start = LocalDate.of(y, (quarter - 1) * 3 + 1, 1);
        add(points, taken, m, start, YearMonth.of(y, quarter * 3).atEndOfMonth(), "Q" + quarter + " " + y, zh);
    }

    /** Days {@code fromDay} of {@code fromMonth} to {@code toDay} of {@code toMonth} of year {@code y}, if they are days. */
    private static void addDays(List<Point> points, boolean[] taken, Matcher m, int y, int fromMonth, int fromDay, int toMonth, int toDay) {
        if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12
                || fromDay < 1 || fromDay > YearMonth.of(y, fromMonth).lengthOfMonth()
                || toDay < 1 || toDay > YearMonth.of(y, toMonth).lengthOfMonth()) {
            String en = fromMonth < 1 || fromMonth > 12 ? "month " + fromMonth + " of " + y
                    : fromDay + " " + monthName(java.time.Month.of(fromMonth)) + " " + y;
            addImpossible(points, taken, m, en, y + "年" + fromMonth + "月" + fromDay + "日");
            return;
        }
        YearMonth a = YearMonth.of(y, fromMonth);
        YearMonth b = YearMonth.of(y, toMonth);
        LocalDate start = a.atDay(fromDay);
        LocalDate end = b.atDay(toDay);
        if (end.isBefore(start)) return;
        String first = fromDay + " " + monthName(a.getMonth());
        String en = start.equals(end) ? first + " " + y
                : fromMonth == toMonth ? fromDay + "–" + toDay + " " + monthName(a.getMonth()) + " " + y
                : first + " to " + toDay + " " + monthName(b.getMonth()) + " " + y;
        String zh = start.equals(end) ? y + "年" + fromMonth + "月" + fromDay + "日"
                : y + "年" + fromMonth + "月" + fromDay + "日至" + (fromMonth == toMonth ? "" : toMonth + "月") + toDay + "日";
        add(points, taken, m, start, end, en, zh);
    }

    private static void addMonth(List<Point> points, boolean[] taken, Matcher m, int y, int month) {
        if (month < 1 || month > 12) {
            addImpossible(points, taken, m, "month " + month + " of " + y, y + "年" + month + "月");
            return;
        }
        YearMonth ym = YearMonth.of(y, month);
        add(points, taken, m, ym.atDay(1), ym.atEndOfMonth(),
                monthName(ym.getMonth()) + " " + y, y + "年" + month + "月");
    }

    /** Days of a month a part names ({@link #EN_MONTH_PART}); the last day 31 stands for the month's end. */
    private enum MonthPart {
        FIRST_HALF(1, 15, "the first half of", "上半月"), SECOND_HALF(16, 31, "the second half of", "下半月"),
        EARLY(1, 10, "early", "上旬"), MID(11, 20, "mid-", "中旬"), LATE(21, 31, "late", "下旬");

        final int firstDay;
        final int lastDay;
        final String en;
        final String zh;

        MonthPart(int firstDay, int lastDay, String en, String zh) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.en = en;
            this.zh = zh;
        }
    }

    private static MonthPart monthPart(String words) {
        String w = words.replaceAll("\\s+", " ");
        return switch (w) {
            case "first half", "上半月", "前半月" -> MonthPart.FIRST_HALF;
            case "second half", "下半月", "后半月" -> MonthPart.SECOND_HALF;
            case "early", "beginning of", "start of", "上旬", "初" -> MonthPart.EARLY;
            case "mid", "middle of", "中旬" -> MonthPart.MID;
            default -> MonthPart.LATE;
        };
    }

    private static void addMonthPart(List<Point> points, boolean[] taken, Matcher m, int y, int month, MonthPart part) {
        if (month < 1 || month > 12) return;
        YearMonth ym = YearMonth.of(y, month);
        int last = Math.min(part.lastDay, ym.lengthOfMonth());
        String name = monthName(ym.getMonth());
        String en = (part == MonthPart.MID ? part.en + name : part.en + " " + name) + " " + y + " (" + name + " " + part.firstDay + "–" + last + ")";
        add(points, taken, m, ym.atDay(part.firstDay), ym.atDay(last), en, y + "年" + month + "月" + part.zh + "（" + part.firstDay + "–" + last + "日）");
    }

    /** The week of a month a word names, 1–4, or 0 for the last ("last", "final", 最后一). */
    private static int week(String word) {
        return switch (word) {
            case "first", "1st", "一", "1" -> 1;
            case "second", "2nd", "二", "2" -> 2;
            case "third", "3rd", "三", "3" -> 3;
            case "fourth", "4th", "四", "4" -> 4;
            default -> 0;
        };
    }

    private static void addMonthWeek(List<Point> points, boolean[] taken, Matcher m, int y, int month, int week) {
        if (month < 1 || month > 12) return;
        YearMonth ym = YearMonth.of(y, month);
        int first = week == 0 ? ym.lengthOfMonth() - 6 : (week - 1) * 7 + 1;
        int last = first + 6;
        String name = monthName(ym.getMonth());
        String[] en = {"the last", "the first", "the second", "the third", "the fourth"};
        String[] zh = {"最后一周", "第一周", "第二周", "第三周", "第四周"};
        add(points, taken, m, ym.atDay(first), ym.atDay(last), en[week] + " week of " + name + " " + y + " (" + name + " " + first + "–" + last + ")",
                y + "年" + month + "月" + zh[week] + "（" + first + "–" + last + "日）");
    }

    /** The third of a year a part names: 0 early (January–April), 1 mid (May–August), 2 late (September–December). */
    private static int yearPart(String words) {
        String w = words.replaceAll("\\s+", " ");
        return switch (w) {
            case "early", "beginning of", "start of", "年初", "初" -> 0;
            case "mid", "middle of", "年中" -> 1;
            default -> 2;
        };
    }

    private static void addYearPart(List<Point> points, boolean[] taken, Matcher m, int y, int third) {
        YearMonth from = YearMonth.of(y, third * 4 + 1);
        YearMonth to = YearMonth.of(y, third * 4 + 4);
        String words = new String[] {"early", "mid-", "late"}[third];
        addNamedMonths(points, taken, m, from, to, third == 1 ? words + y : words + " " + y,
                y + "年" + new String[] {"年初", "年中", "年底"}[third]);
    }

    /** Months {@code from} to {@code to} of year {@code y}; a first month after the second is of the year before. */
    private static void addMonths(List<Point> points, boolean[] taken, Matcher m, int y, int from, int to) {
        if (from < 1 || from > 12 || to < 1 || to > 12) return;
        YearMonth a = YearMonth.of(from <= to ? y : y - 1, from);
        YearMonth b = YearMonth.of(y, to);
        String en = monthName(a.getMonth())
                + (a.getYear() == y ? "" : " " + a.getYear()) + " to "
                + monthName(b.getMonth()) + " " + y;
        String zh = a.getYear() + "年" + from + "月至" + (a.getYear() == y ? "" : y + "年") + to + "月";
        add(points, taken, m, a.atDay(1), b.atEndOfMonth(), en, zh);
    }

    /** Spring, summer or autumn ({@code season} 0–2, or 3 for "fall") of year {@code y}: three months named in the answer. */
    private static void addSeason(List<Point> points, boolean[] taken, Matcher m, int y, int season) {
        int index = season > 2 ? 2 : season;
        YearMonth from = YearMonth.of(y, 3 + index * 3);
        YearMonth to = from.plusMonths(2);
        addNamedMonths(points, taken, m, from, to, new String[] {"spring", "summer", "autumn"}[index] + " " + y,
                y + "年" + "春夏秋".charAt(index) + "季");
    }

    /** Months {@code from} to {@code to} under a name the answer gives with them: "spring 2024 (March–May)", "2024年春季（3–5月）". */
    private static void addNamedMonths(List<Point> points, boolean[] taken, Matcher m, YearMonth from, YearMonth to, String en, String zh) {
        add(points, taken, m, from.atDay(1), to.atEndOfMonth(), en + " (" + monthName(from.getMonth()) + "–" + monthName(to.getMonth()) + ")",
                zh + "（" + from.getMonthValue() + "–" + to.getMonthValue() + "月）");
    }

    /** A month's English name, as the answers write it: "March". */
    private static String monthName(java.time.Month month) {
        return month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    /** A day, month or quarter that no calendar has: an empty period (start after end) named as written. */
    private static void addImpossible(List<Point> points, boolean[] taken, Matcher m, String en, String zh) {
        add(points, taken, m, DateRange.MAX, DateRange.MIN, en + ", a date that does not exist", zh + "（没有这个日期）");
    }

    private static void add(List<Point> points, boolean[] taken, Matcher m, LocalDate start, LocalDate end, String en, String zh) {
        if (!free(taken, m.start(), m.end())) return;
        mark(taken, m.start(), m.end());
        points.add(new Point(start, end, en, zh, m.start(), m.end()));
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return false;
        return true;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) taken[i] = true;
    }

    private static String ordinal(int n) {
        return n + (n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th");
    }

    private static int month(String name) {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) if (name.startsWith(names[i])) return i + 1;
        return 0;
    }
}
