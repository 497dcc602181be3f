package org.catalogchat.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.ReleaseDate;

/**
 * An inclusive range of release dates, with the words a reader would use for it ("in 2022",
 * "2024年8月及以后"). Periods apart joined by "or" ("in 2018 or 2020") are one condition of several {@code parts};
 * {@code from} and {@code to} then span them all, so a look-up by the span is a superset that {@link #contains}
 * narrows. {@code except} are the entries a period was taken from ("the same day as X", "before X"): X gives the
 * period and is not one of the entries asked for.
 */
public record DateRange(LocalDate from, LocalDate to, String english, String chinese, List<DateRange> parts, Set<String> except) {
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2999, 12, 31);

    public DateRange {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        parts = List.copyOf(parts);
        except = Set.copyOf(except);
    }

    public DateRange(LocalDate from, LocalDate to, String english, String chinese, List<DateRange> parts) {
        this(from, to, english, chinese, parts, Set.of());
    }

    public DateRange(LocalDate from, LocalDate to, String english, String chinese) {
        this(from, to, english, chinese, List.of());
    }

    /** Whether the entry is released within the range and is not an entry the range was taken from. */
    public boolean holds(Dataset d) {
        return contains(d.released()) && !except.contains(d.id());
    }

    /** Either of {@code parts} (at least two, in order), described as {@code english} / {@code chinese}. */
    static DateRange anyOf(List<DateRange> parts, String english, String chinese) {
        LocalDate from = parts.stream().map(DateRange::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = parts.stream().map(DateRange::to).max(LocalDate::compareTo).orElseThrow();
        return new DateRange(from, to, english, chinese, parts);
    }

    /** True when the whole stated period lies in the range: "2023" is in 2023 but not known to be in May 2023. */
    public boolean contains(ReleaseDate d) {
        return parts.isEmpty() ? d.within(from, to) : parts.stream().anyMatch(p -> p.contains(d));
    }

    public boolean isEmpty() {
        return from.isAfter(to);
    }

    public String describe(Language lang) {
        return lang == Language.ZH ? chinese : english;
    }
}
