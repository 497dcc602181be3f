package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A date bounded by named entries ("before X", "after X but before Y", "between X and Y", "和X同一天"), days and
 * ranges of days, two years joined by "and": the entries a bound comes from are never in the answer.
 */
class RelativeDatesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("OldSet").released("2022-03-10").publisher("某大学").description("OldSet 是一个图像数据集。"),
            entry("PivotOne").released("2023-05-04").publisher("某大学").description("PivotOne 是一个文本数据集。"),
            entry("MidSet").released("2023-05-04").publisher("某公司").description("MidSet 是一个视频数据集。"),
            entry("LaterSet").released("2024-03-12").publisher("某公司").description("LaterSet 是一个语音数据集。"),
            entry("PivotTwo").released("2024-06-20").publisher("某研究所").description("PivotTwo 是一个表格数据集。"),
            entry("NewSet").released("2024-06-25").publisher("某研究所").description("NewSet 是一个图表数据集。"));

    @Test
    void beforeAndAfterANamedEntry() {
        assertEquals(Set.of("oldset"), Set.copyOf(ids(bot.ask("Which datasets came out before PivotOne?"))));
        assertEquals(Set.of("laterset", "pivottwo", "newset"), Set.copyOf(ids(bot.ask("在PivotOne之后发布的数据集有哪些？"))));
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("Which datasets came out after PivotOne but before PivotTwo?"))));
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("Which datasets were released between PivotOne and PivotTwo?"))));
        assertEquals(Set.of("newset"), Set.copyOf(ids(bot.ask("How many datasets came out in 2024 after PivotTwo?"))));
    }

    @Test
    void theNextOrPreviousEntryIsTheNearestPastTheBound() {
        // not every entry after PivotOne (laterset, pivottwo, newset), and "next"/"right" are no subjects
        assertEquals(List.of("laterset"), ids(bot.ask("What was the next dataset released after PivotOne?")));
        assertEquals(List.of("pivottwo"), ids(bot.ask("Which dataset was released right before NewSet?")));
        assertEquals(List.of("laterset"), ids(bot.ask("Which was the first dataset to come out after the PivotOne?")));
        assertEquals(List.of("laterset"), ids(bot.ask("PivotOne之后的下一个数据集是哪个？")));
    }

    @Test
    void aLengthWrittenAfterTheNameOpensAWindowAfterIt() {
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("Once PivotOne was out, which datasets followed over the next year?"))));
        // "else" says the named entries are left out, no subject
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("What else got released between PivotOne and PivotTwo?"))));
    }

    @Test
    void theSameDayAsANamedEntryLeavesItOut() {
        assertEquals(Set.of("midset"), Set.copyOf(ids(bot.ask("和PivotOne同一天发布的数据集是哪个？"))));
        assertEquals(Set.of("midset"), Set.copyOf(ids(bot.ask("Which datasets were released on the same day as PivotOne?"))));
        assertEquals(Set.of("newset"), Set.copyOf(ids(bot.ask("Which datasets were released in the same month as PivotTwo?"))));
    }

    @Test
    void twoNamedEntriesWithoutATimeWordStayAComparison() {
        Answer a = bot.ask("What is the difference between PivotOne and PivotTwo?");
        assertEquals(Set.of("pivotone", "pivottwo"), Set.copyOf(ids(a)));
    }

    @Test
    void daysAndRangesOfDays() {
        assertEquals(Set.of("pivottwo", "newset"), Set.copyOf(ids(bot.ask("2024年6月20日到30日发布了哪些数据集？"))));
        assertEquals(Set.of("pivottwo"), Set.copyOf(ids(bot.ask("How many datasets were released between 1 and 22 June 2024?"))));
        assertEquals(Set.of("pivotone", "midset"), Set.copyOf(ids(bot.ask("2023年5月4日当天发布了几个数据集？"))));
        Answer onADay = bot.ask("Which datasets came out on May 4, 2023?");
        assertEquals(Set.of("pivotone", "midset"), Set.copyOf(ids(onADay)));
        assertTrue(onADay.markdown().contains("4 May 2023"), onADay.markdown());
    }

    @Test
    void twoYearsJoinedByAnd() {
        assertEquals(Set.of("oldset", "pivotone", "midset"), Set.copyOf(ids(bot.ask("2022年和2023年一共发布了多少个数据集？"))));
        // "2022 and 2024" are either year, not the years between them
        assertEquals(Set.of("oldset", "laterset", "pivottwo", "newset"),
                Set.copyOf(ids(bot.ask("How many datasets were released in 2022 and 2024?"))));
    }

    @Test
    void aWindowOfAWrittenLengthAroundANamedEntry() {
        // the length bounds the other side: not every later entry, and its words are no subject ("days", "半年内")
        assertEquals(Set.of("newset"), Set.copyOf(ids(bot.ask("How many datasets came out in the ten days after PivotTwo?"))));
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("Which datasets came out within a year after PivotOne?"))));
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("PivotTwo之前半年内发布了哪些数据集？"))));
        assertEquals(Set.of("newset"), Set.copyOf(ids(bot.ask("PivotTwo发布后的十天内发布了几个数据集？"))));
        // "within N of X" and "X前后N内" are both sides of X's day, X left out
        assertEquals(Set.of("newset"), Set.copyOf(ids(bot.ask("Which datasets came out within a month of PivotTwo?"))));
        assertEquals(Set.of("newset"), Set.copyOf(ids(bot.ask("PivotTwo前后一个月内发布的数据集有几个？"))));
        // "less than" keeps the last day out: 2023-05-04 + 1 year is 2024-05-04, LaterSet is in either way
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("Which datasets were released less than four months before PivotTwo?"))));
    }

    @Test
    void windowsWrittenInWords() {
        // "leading up to X" is before X; "fortnight" is two weeks; the words are no subject ("leading", "counting")
        assertEquals(Set.of("pivottwo"), Set.copyOf(ids(bot.ask("How many datasets came out in the fortnight leading up to NewSet?"))));
        assertEquals(Set.of("laterset"), Set.copyOf(ids(bot.ask("Which datasets were released in the six months leading up to PivotTwo?"))));
        assertEquals(Set.of("laterset"),
                Set.copyOf(ids(bot.ask("Counting only releases after PivotOne and before PivotTwo, how many datasets are there?"))));
        assertEquals(Set.of("pivotone", "midset", "laterset"),
                Set.copyOf(ids(bot.ask("How many datasets came out between OldSet and PivotTwo, not counting those two?"))));
        // "within N of X coming out" runs from the release on; "within N of X" is either side
        assertEquals(Set.of("newset"), Set.copyOf(ids(bot.ask("Within four months of PivotTwo coming out, how many datasets were released?"))));
        assertEquals(Set.of("laterset", "newset"), Set.copyOf(ids(bot.ask("Which datasets came out within four months of PivotTwo?"))));
    }
}
