package org.catalogchat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseDateTest {

    private static String read(String text) {
        return ReleaseDate.parse(text).map(r -> r.precision() + " " + r).orElse("none");
    }

    @Test
    void readsADayAMonthOrAYearInTheWaysCatalogsWriteThem() {
        assertEquals("DAY 2024-10-25", read("2024-10-25"));
        assertEquals("DAY 2024-10-05", read("2024年10月5日"));
        assertEquals("DAY 2024-10-05", read("2024/10/5"));
        assertEquals("DAY 2024-10-25", read("25 October 2024"));
        assertEquals("DAY 2024-10-25", read("Oct 25, 2024"));
        assertEquals("MONTH 2023-05", read("2023-05"));
        assertEquals("MONTH 2023-05", read("2023年5月"));
        assertEquals("MONTH 2023-05", read("May 2023"));
        assertEquals("YEAR 1998", read("1998"));
        assertEquals("YEAR 1998", read("1998年"));
        assertEquals("YEAR 1998", read("约1998年（首版）"));
    }

    @Test
    void anImpossibleOrMissingDateIsNoDate() {
        assertEquals("none", read("2024-13-45"));
        assertEquals("none", read("2023-13"));
        assertEquals("none", read("不详"));
        assertEquals("none", read("v12345"));
        assertEquals(Optional.empty(), ReleaseDate.parse(null));
    }

    @Test
    void aPeriodIsWithinARangeOnlyWhenAllOfItIs() {
        ReleaseDate year = ReleaseDate.parse("2023").orElseThrow();
        assertEquals(LocalDate.of(2023, 12, 31), year.last());
        assertTrue(year.within(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        assertTrue(year.within(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)));
        // "released in May 2023" cannot be said of an entry the catalog dates only to 2023
        assertFalse(year.within(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31)));
        ReleaseDate month = ReleaseDate.parse("2023年2月").orElseThrow();
        assertEquals(LocalDate.of(2023, 2, 28), month.last());
        assertTrue(month.within(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28)));
        assertFalse(ReleaseDate.UNSTATED.within(LocalDate.MIN, LocalDate.MAX));
    }

    @Test
    void unstatedDatesComeLastInBothOrders() {
        ReleaseDate a = ReleaseDate.parse("2020-01-01").orElseThrow();
        ReleaseDate b = ReleaseDate.parse("2022").orElseThrow();
        var dates = new ArrayList<>(List.of(ReleaseDate.UNSTATED, a, b));
        dates.sort(ReleaseDate.NEWEST_FIRST);
        assertEquals(List.of(b, a, ReleaseDate.UNSTATED), dates);
        dates.sort(ReleaseDate.OLDEST_FIRST);
        assertEquals(List.of(a, b, ReleaseDate.UNSTATED), dates);
        assertEquals("", ReleaseDate.UNSTATED.toString());
    }

    @Test
    void onlyTwoStatedDaysAreTheSameDay() {
        ReleaseDate day = ReleaseDate.parse("2024-01-01").orElseThrow();
        assertTrue(day.sameDayAs(ReleaseDate.parse("2024年1月1日").orElseThrow()));
        assertFalse(ReleaseDate.parse("2024").orElseThrow().sameDayAs(ReleaseDate.parse("2024").orElseThrow()));
    }
}
