package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "2020年以后（不含2020年）发布的数据集有几个？": the bracket settles whether the bound year counts. Before, its 不 was read
 * as a subject and the count was of the two entries that happen to write 不 (unseen27/dev's first run: 2 of 11).
 */
class BoundClarifierTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Alpha").released("2019-03-01").publisher("某大学").description("Alpha 是一个图像数据集。"),
            entry("Beta").released("2020-05-01").publisher("某大学").description("Beta 是一个语音数据集，不含标注。"),
            entry("Gamma").released("2021-06-01").publisher("某大学").description("Gamma 是一个文本数据集。"),
            entry("Delta").released("2022-07-01").publisher("某大学").description("Delta 是一个视频数据集，不公开原始音频。"));

    private static DateRange range(String q) {
        return DateExpressions.parse(q).orElseThrow();
    }

    @Test
    void theBracketSettlesWhetherTheBoundYearCounts() {
        assertEquals(LocalDate.of(2021, 1, 1), range("2020年以后（不含2020年）发布的数据集有几个？").from());
        assertEquals(LocalDate.of(2020, 1, 1), range("2020年以后（含2020年）发布的数据集有几个？").from());
        assertEquals(LocalDate.of(2018, 12, 31), range("datasets released before 2018 (inclusive)").to());
        assertEquals(LocalDate.of(2017, 12, 31), range("datasets released until 2018 (excluding 2018)").to());
    }

    @Test
    void aBoundNamedFromTodayIsSettledToo() {
        int now = LocalDate.now().getYear();
        assertEquals(LocalDate.of(now - 1, 1, 1), range("去年以后（含）发布的数据集有几个？").from());
        assertEquals(LocalDate.of(now, 1, 1), range("去年以后（不含去年）发布的数据集有几个？").from());
        assertEquals(LocalDate.of(now - 1, 1, 1), range("datasets released after last year (including last year)").from());
    }

    @Test
    void aBracketNamingAnotherYearLeavesTheBound() {
        assertEquals(LocalDate.of(2021, 1, 1), range("2020年以后（含2019年）发布的数据集").from());
    }

    @Test
    void theBracketIsNoSubjectOfTheCount() {
        assertEquals(List.of("delta", "gamma"), ids(bot.ask("2020年以后（不含2020年）发布的数据集有几个？")));
        assertTrue(bot.ask("2020年以后（不含2020年）发布的数据集有几个？").markdown().contains("**2**"));
        assertEquals(List.of("delta", "gamma", "beta"), ids(bot.ask("2020年以后（含2020年）发布的数据集有哪些？")));
    }
}
