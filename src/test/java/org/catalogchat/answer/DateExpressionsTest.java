package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {
    private static DateRange parse(String q) {
        return DateExpressions.parse(q).orElseThrow();
    }

    @Test
    void yearsMonthsQuartersAndHalves() {
        assertEquals(LocalDate.of(2022, 1, 1), parse("in 2022").from());
        assertEquals(LocalDate.of(2022, 12, 31), parse("in 2022").to());
        assertEquals(LocalDate.of(2024, 6, 30), parse("June 2024").to());
        assertEquals(LocalDate.of(2024, 3, 31), parse("Q1 2024").to());
        assertEquals(LocalDate.of(2024, 6, 30), parse("2024年上半年").to());
        assertEquals(LocalDate.of(2024, 4, 1), parse("2024年第二季度").from());
    }

    @Test
    void quartersInWordsAndPeriodsJoinedByOr() {
        // "the first quarter of 2020" was the whole of 2020
        assertEquals(LocalDate.of(2020, 1, 1), parse("Which datasets came out in the first quarter of 2020?").from());
        assertEquals(LocalDate.of(2020, 3, 31), parse("Which datasets came out in the first quarter of 2020?").to());
        assertEquals(LocalDate.of(2024, 4, 1), parse("the second quarter of 2024").from());
        assertEquals(LocalDate.of(2019, 12, 31), parse("last quarter of 2019").to());
        // "2020 or 2021" was 2020 only; two periods apart stay as before (the first), not the years between
        assertEquals(LocalDate.of(2021, 12, 31), parse("What came out in 2020 or 2021?").to());
        assertEquals(LocalDate.of(2023, 1, 1), parse("2023年或2024年发布的数据集").from());
        assertEquals(LocalDate.of(2024, 12, 31), parse("2023年或2024年发布的数据集").to());
        // a year at a sentence's end, or before "by", is a year; a decimal or a multiplier is not
        assertEquals(LocalDate.of(2012, 12, 31), parse("List everything released in 2012.").to());
        assertEquals(LocalDate.of(2015, 1, 1), parse("released in 2015 by Stanford").from());
        assertTrue(DateExpressions.parse("more than 2000 million images").isEmpty());
    }

    @Test
    void openRanges() {
        assertEquals(LocalDate.of(2024, 9, 1), parse("after August 2024").from());
        assertEquals(LocalDate.of(2024, 8, 1), parse("2024年8月及以后").from());
        assertEquals(LocalDate.of(2022, 12, 31), parse("before 2023").to());
        assertEquals(LocalDate.of(2022, 12, 31), parse("2023年以前").to());
        assertEquals(LocalDate.of(2024, 1, 1), parse("since 2024").from());
        assertEquals(LocalDate.of(2023, 12, 31), parse("anything from 2023?").to(), "'from 2023' is the year 2023");
    }

    @Test
    void aNegatedBoundIsTheOtherSidesInclusive() {
        // "no later than 2009" is not "later than 2009"
        assertEquals(DateRange.MIN, parse("datasets released no later than 2009").from());
        assertEquals(LocalDate.of(2009, 12, 31), parse("datasets released no later than 2009").to());
        assertEquals(LocalDate.of(2015, 1, 1), parse("nothing released not before 2015").from());
        assertEquals(DateRange.MAX, parse("nothing released not before 2015").to());
        assertEquals(LocalDate.of(2008, 12, 31), parse("what was released prior to 2009?").to());
    }

    @Test
    void monthsOfOneYearWrittenOnce() {
        for (String q : new String[]{"published between May and July 2024", "from May to July 2024", "May-July 2024",
                "2024年5月至7月", "2024年5月到7月发布的", "2024年5-7月"}) {
            assertEquals(LocalDate.of(2024, 5, 1), parse(q).from(), q);
            assertEquals(LocalDate.of(2024, 7, 31), parse(q).to(), q);
        }
        // a first month after the second runs over the turn of the year
        assertEquals(LocalDate.of(2023, 11, 1), parse("between November and February 2024").from());
        assertEquals(LocalDate.of(2024, 2, 29), parse("between November and February 2024").to());
    }

    @Test
    void decadesInEitherLanguage() {
        for (String q : new String[]{"Which datasets are from the 1970s?", "20世纪70年代发布的数据集", "1970年代的数据集"}) {
            assertEquals(LocalDate.of(1970, 1, 1), parse(q).from(), q);
            assertEquals(LocalDate.of(1979, 12, 31), parse(q).to(), q);
        }
    }

    @Test
    void betweenTwoPoints() {
        DateRange r = parse("between 2022 and 2023");
        assertEquals(LocalDate.of(2022, 1, 1), r.from());
        assertEquals(LocalDate.of(2023, 12, 31), r.to());
    }

    @Test
    void sizesAreNotYears() {
        assertTrue(DateExpressions.parse("more than 2000万 images").isEmpty());
    }

    @Test
    void periodsApartJoinedByOrAreEitherPeriodNotTheYearsBetween() {
        DateRange r = parse("List the datasets published in 2011 or 2017.");
        assertTrue(r.contains(org.catalogchat.catalog.ReleaseDate.of(LocalDate.of(2011, 1, 1))));
        assertTrue(r.contains(org.catalogchat.catalog.ReleaseDate.of(LocalDate.of(2017, 9, 1))));
        assertTrue(!r.contains(org.catalogchat.catalog.ReleaseDate.of(LocalDate.of(2014, 6, 1))));
        assertEquals("in 2011 or 2017", r.english());
        DateRange zh = parse("2012年或2018年发布的数据集有哪些？");
        assertTrue(zh.contains(org.catalogchat.catalog.ReleaseDate.of(LocalDate.of(2018, 4, 12))));
        assertTrue(!zh.contains(org.catalogchat.catalog.ReleaseDate.of(LocalDate.of(2015, 4, 12))));
        assertEquals("2012年或2018年", zh.chinese());
        // a list: commas, then "or"
        DateRange three = parse("datasets from 2003, 2008 or 2013");
        assertEquals(3, three.parts().size());
        // a bound before the first is no list of periods alike
        assertEquals(LocalDate.of(2017, 12, 31), parse("before 2018 or 2020").to());
    }

    @Test
    void aCenturyIsItsHundredYears() {
        assertEquals(LocalDate.of(1900, 1, 1), parse("20世纪发布的数据集有哪些？").from());
        assertEquals(LocalDate.of(1999, 12, 31), parse("20世纪发布的数据集有哪些？").to());
        assertEquals(LocalDate.of(2000, 1, 1), parse("datasets from the 21st century").from());
        assertEquals(LocalDate.of(1999, 12, 31), parse("二十世纪的数据").to());
        // a decade of a century stays the decade
        assertEquals(LocalDate.of(1980, 1, 1), parse("20世纪80年代以前").to().plusDays(1));
    }

    @Test
    void aCenturyNamedFromTodayAndATwoDigitDecade() {
        // "上世纪90年代" was no date at all (世纪 became a subject)
        assertEquals(LocalDate.of(1990, 1, 1), parse("上世纪90年代发布的数据集有多少个？").from());
        assertEquals(LocalDate.of(1999, 12, 31), parse("上个世纪90年代的数据").to());
        assertEquals(LocalDate.of(1900, 1, 1), parse("上世纪发布的数据集").from());
        assertEquals(LocalDate.of(2000, 1, 1), parse("本世纪发布的数据集").from());
        assertEquals(LocalDate.of(1999, 12, 31), parse("datasets from the last century").to());
        assertEquals(LocalDate.of(2000, 1, 1), parse("anything from this century?").from());
        // two digits name the latest decade that has begun
        assertEquals(LocalDate.of(1990, 1, 1), parse("90年代的数据集").from());
        assertEquals(LocalDate.of(2010, 1, 1), parse("10年代以前").to().plusDays(1));
        assertEquals(LocalDate.of(1989, 12, 31), parse("datasets from the 80s").to());
        assertEquals(LocalDate.of(1990, 1, 1), parse("anything from the '90s?").from());
        assertEquals(LocalDate.of(1970, 1, 1), parse("released in the seventies").from());
        // a figure is no decade
        assertTrue(DateExpressions.parse("clips of 30s each").isEmpty());
    }

    @Test
    void aSpanBackFromTodayAndAYearNamedFromToday() {
        // "in the last five years" was no date: "five" became a subject ("no dataset about five")
        LocalDate today = LocalDate.now();
        assertEquals(today.minusYears(5), parse("Any datasets released in the last five years?").from());
        assertEquals(DateRange.MAX, parse("Any datasets released in the last five years?").to());
        assertEquals(today.minusYears(3), parse("近三年发布了几个数据集？").from());
        assertEquals(today.minusYears(2), parse("过去两年内的数据集").from());
        assertEquals(today.minusYears(4), parse("over the past 4 years").from());
        assertEquals(LocalDate.of(today.getYear() - 1, 1, 1), parse("What came out last year?").from());
        assertEquals(LocalDate.of(today.getYear(), 12, 31), parse("今年发布的数据集").to());
        assertEquals(LocalDate.of(today.getYear() - 2, 1, 1), parse("前年发布的数据集").from());
        // "the last years" names no number: not read
        assertTrue(DateExpressions.parse("datasets of the last years").isEmpty());
    }

    @Test
    void partsOfAMonthAreTheirDaysNotTheWholeMonth() {
        // "the first half of June 2024" and "2024年5月下旬" were read as the whole month: confident lists too long
        assertEquals(LocalDate.of(2024, 6, 1), parse("which datasets came out in the first half of June 2024?").from());
        assertEquals(LocalDate.of(2024, 6, 15), parse("which datasets came out in the first half of June 2024?").to());
        assertEquals(LocalDate.of(2024, 7, 16), parse("the second half of July 2024").from());
        assertEquals(LocalDate.of(2024, 5, 21), parse("2024年5月下旬发布了哪些数据集？").from());
        assertEquals(LocalDate.of(2024, 5, 31), parse("2024年5月下旬发布了哪些数据集？").to());
        assertEquals(LocalDate.of(2024, 2, 29), parse("2024年2月底").to(), "the month's own last day");
        assertEquals(LocalDate.of(2024, 6, 11), parse("mid-June 2024").from());
        assertEquals(LocalDate.of(2024, 6, 20), parse("2024年6月中旬").to());
        assertEquals(LocalDate.of(2024, 6, 10), parse("early June 2024").to());
        assertEquals(LocalDate.of(2024, 6, 10), parse("2024年6月初").to());
        assertEquals(LocalDate.of(2024, 5, 21), parse("released at the end of May 2024").from());
        assertEquals(LocalDate.of(2024, 6, 21), parse("after mid-June 2024").from(), "a bound after the part");
        assertEquals("in the first half of June 2024 (June 1–15)", parse("the first half of June 2024").english());
        // a 的 between the year and its part, or no 年 before 上半年, was read as the whole year
        assertEquals(LocalDate.of(2024, 6, 30), parse("2024年的上半年发布了哪些数据集？").to());
        assertEquals(LocalDate.of(2024, 6, 30), parse("2024上半年发布的数据集").to());
        assertEquals(LocalDate.of(2024, 5, 31), parse("2024年的5月发布的").to());
        assertEquals(LocalDate.of(2024, 5, 21), parse("2024年5月的下旬").from());
    }

    @Test
    void partsOfAYearAreItsThirds() {
        assertEquals(LocalDate.of(2023, 4, 30), parse("datasets released in early 2023").to());
        assertEquals(LocalDate.of(2023, 5, 1), parse("mid-2023").from());
        assertEquals(LocalDate.of(2023, 9, 1), parse("late 2023").from());
        assertEquals(LocalDate.of(2023, 12, 31), parse("2023年底").to());
        assertEquals(LocalDate.of(2023, 1, 1), parse("2023年初发布的数据集").from());
        assertEquals(LocalDate.of(2023, 4, 30), parse("2023年初发布的数据集").to());
        assertEquals(LocalDate.of(2023, 12, 31), parse("the latest 2023 dataset").to(), "'latest' is no part of a year");
        assertEquals(LocalDate.of(2023, 1, 1), parse("the latest 2023 dataset").from());
    }

    @Test
    void monthsJoinedWithOneYearAreEachOfThatYear() {
        // "2024年6月和8月" and "January or February 2022" were the first month alone: a confident wrong count
        DateRange zh = parse("2024年6月和8月一共发布了多少个数据集？");
        assertEquals(LocalDate.of(2024, 6, 1), zh.from());
        assertEquals(LocalDate.of(2024, 8, 31), zh.to());
        assertTrue(zh.contains(org.catalogchat.catalog.ReleaseDate.parse("2024-08-20").orElseThrow()));
        assertTrue(!zh.contains(org.catalogchat.catalog.ReleaseDate.parse("2024-07-02").orElseThrow()));
        assertEquals(LocalDate.of(2022, 2, 28), parse("released in January or February 2022").to());
        assertEquals(LocalDate.of(2022, 1, 1), parse("released in January or February 2022").from());
        assertEquals(LocalDate.of(2017, 7, 31), parse("2017年6、7月发布了哪些").to());
        assertEquals(LocalDate.of(2024, 7, 31), parse("2024年5月、7月发布了几个").to());
        // "between" still closes a range
        DateRange between = parse("between May and July 2024");
        assertTrue(between.contains(org.catalogchat.catalog.ReleaseDate.parse("2024-06-10").orElseThrow()));
    }

    @Test
    void seasonsAreTheirThreeMonths() {
        assertEquals(LocalDate.of(2024, 3, 1), parse("How many datasets were released in spring 2024?").from());
        assertEquals(LocalDate.of(2024, 5, 31), parse("How many datasets were released in spring 2024?").to());
        assertEquals(LocalDate.of(2019, 6, 1), parse("2019年夏天发布了几个数据集？").from());
        assertEquals(LocalDate.of(2018, 11, 30), parse("2018年秋天发布了哪些数据集？").to());
        assertEquals(LocalDate.of(2018, 9, 1), parse("in the fall of 2018").from());
        // winter spans two years: not read
        assertEquals(LocalDate.of(2024, 1, 1), parse("winter 2024").from());
    }

    @Test
    void aDateNoCalendarHasIsAnEmptyRangeNotItsMonthOrYear() {
        // "31 June 2024" was June 2024, "2024年13月" and "2024年第五季度" the whole of 2024: confident lists
        assertTrue(parse("Which datasets were released on 31 June 2024?").isEmpty());
        assertTrue(parse("2015年11月31日发布了哪些数据集？").isEmpty());
        assertTrue(parse("2024年13月第一周发布了几个数据集？").isEmpty());
        assertTrue(parse("2024年第五季度发布了哪些数据集？").isEmpty());
        assertTrue(parse("2024年13月第一周发布了几个数据集？").chinese().contains("没有这个日期"));
        assertTrue(!parse("29 February 2024").isEmpty());
        assertTrue(parse("29 February 2023").isEmpty());
    }
}
