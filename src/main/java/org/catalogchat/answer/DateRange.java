package org.catalogchat.answer;

import java.time.LocalDate;
import java.util.Objects;
import org.catalogchat.catalog.ReleaseDate;

/**
 * An inclusive range of release dates, with the words a reader would use for it ("in 2022",
 * "2024年8月及以后").
 */
public record DateRange(LocalDate from, LocalDate to, String english, String chinese) {
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2999, 12, 31);

    public DateRange {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    /** True when the whole stated period lies in the range: "2023" is in 2023 but not known to be in May 2023. */
    public boolean contains(ReleaseDate d) {
        return d.within(from, to);
    }

    public boolean isEmpty() {
        return from.isAfter(to);
    }

    public String describe(Language lang) {
        return lang == Language.ZH ? chinese : english;
    }
}
