package org.catalogchat.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an entry was released, to the precision its catalog states it: a day, a month, a year, or not at all.
 * Real catalogs often know only the year of an old dataset; such an entry must still be found, listed and
 * counted, and it must never be said to come from a month or day the catalog does not give.
 *
 * <pre>{@code
 * ReleaseDate.parse("2023年5月").orElseThrow(); // 2023-05: first() 2023-05-01, last() 2023-05-31
 * ReleaseDate.UNSTATED.isStated();              // false: the entry gives no date
 * }</pre>
 *
 * @param first     the first day of the stated period (unused when the date is unstated)
 * @param precision how much of the date the catalog states
 */
public record ReleaseDate(LocalDate first, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR, UNSTATED }

    public static final ReleaseDate UNSTATED = new ReleaseDate(LocalDate.of(1, 1, 1), Precision.UNSTATED);

    private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})(?!\\d)\\s*月?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)\\s*年?");
    private static final Pattern NAMED_MONTH = Pattern.compile(
            "(?i)(?:(\\d{1,2})\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    public ReleaseDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        first = switch (precision) {
            case DAY, UNSTATED -> first;
            case MONTH -> first.withDayOfMonth(1);
            case YEAR -> first.withDayOfYear(1);
        };
    }

    public static ReleaseDate of(LocalDate day) {
        return new ReleaseDate(day, Precision.DAY);
    }

    /**
     * Reads the date a catalog line states: 2024-10-25, 2024/10/25, 2024年10月25日, 25 October 2024, October 2024,
     * 2024-10, 2024年10月, 2024. Empty when the text holds no date or an impossible one (2024-13-45).
     */
    public static Optional<ReleaseDate> parse(String text) {
        if (text == null) return Optional.empty();
        try {
            Matcher m = DAY.matcher(text);
            if (m.find()) return Optional.of(of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3))));
            m = NAMED_MONTH.matcher(text);
            if (m.find()) {
                int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) / 3 + 1;
                String day = m.group(1) != null ? m.group(1) : m.group(3);
                return Optional.of(day != null ? of(LocalDate.of(number(m, 4), month, Integer.parseInt(day)))
                        : new ReleaseDate(YearMonth.of(number(m, 4), month).atDay(1), Precision.MONTH));
            }
            m = MONTH.matcher(text);
            if (m.find()) return Optional.of(new ReleaseDate(YearMonth.of(number(m, 1), number(m, 2)).atDay(1), Precision.MONTH));
            m = YEAR.matcher(text);
            if (m.find()) return Optional.of(new ReleaseDate(LocalDate.of(number(m, 1), 1, 1), Precision.YEAR));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    public boolean isStated() {
        return precision != Precision.UNSTATED;
    }

    /** The last day of the stated period: the day itself, or the end of the month or year. */
    public LocalDate last() {
        return switch (precision) {
            case DAY, UNSTATED -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** True when the whole stated period lies between from and to (inclusive); never for an unstated date. */
    public boolean within(LocalDate from, LocalDate to) {
        return isStated() && !first.isBefore(from) && !last().isAfter(to);
    }

    /** Oldest first by the first day of the period; unstated dates last, since they are neither old nor new. */
    public static final Comparator<ReleaseDate> OLDEST_FIRST = order(Comparator.naturalOrder());

    /** Newest first; unstated dates last here too. */
    public static final Comparator<ReleaseDate> NEWEST_FIRST = order(Comparator.reverseOrder());

    private static Comparator<ReleaseDate> order(Comparator<LocalDate> byDay) {
        return Comparator.comparing(ReleaseDate::isStated).reversed()
                .thenComparing(ReleaseDate::first, byDay)
                .thenComparing(ReleaseDate::precision);
    }

    /** True when both state the same day; dates known only to a month or year are never "the same day". */
    public boolean sameDayAs(ReleaseDate other) {
        return precision == Precision.DAY && equals(other);
    }

    /** As the catalog states it: 2024-10-25, 2024-10 or 2024; empty when unstated. */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.valueOf(first.getYear());
            case UNSTATED -> "";
        };
    }
}
