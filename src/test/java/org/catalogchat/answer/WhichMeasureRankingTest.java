package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "哪个参与者最多": the measure word after 哪 belongs to "which one", not to what is ranked. Before, the ranking ran by
 * "个参与者", which no entry writes ("110名参与者", "238名受试者", "1,450多人"), and the answer was "not stated".
 */
class WhichMeasureRankingTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("AlphaGaze").released("2015-01-01").publisher("某大学").description("AlphaGaze 是视线估计数据集。数据来自110名参与者。"),
            entry("BetaGaze").released("2016-01-01").publisher("某大学").description("BetaGaze 是视线估计数据集。数据来自1,450多人。"),
            entry("GammaGaze").released("2017-01-01").publisher("某大学").description("GammaGaze 是视线估计数据集。共有238名受试者。"));

    @Test
    void theMeasureWordAfterWhichIsNoPartOfTheRankedNoun() {
        assertEquals("betagaze", ids(bot.ask("视线估计数据集里哪个参与者最多？")).get(0));
        assertEquals("alphagaze", ids(bot.ask("视线估计数据集里哪个参与者最少？")).get(0));
    }

    @Test
    void theSetARankingRunsOverIsNoPartOfTheRankedNoun() {
        // "视线估计数据集里参与者最多": 集里 is "in the datasets"; the four characters before 最多 reached back over it
        assertEquals("alphagaze", ids(bot.ask("视线估计数据集中参与者最少的是哪个？")).get(0));
        assertEquals("betagaze", ids(bot.ask("视线估计数据集里参与者最多的是哪个？")).get(0));
        assertEquals("问题", RankingReader.afterContainer("视觉问答数据集里问题最多", 6, "集里问题"));
        assertEquals("样本数", RankingReader.afterContainer("数据集中样本数最多", 3, "中样本数"));
        assertEquals("中文句子", RankingReader.afterContainer("哪个中文句子最多", 2, "中文句子"));
    }

    @Test
    void aMeasureWordNotAfterWhichStays() {
        assertEquals("个参与者", RankingReader.withoutWhichMeasure("这个参与者最多", 1, "个参与者"));
        assertEquals("参与者", RankingReader.withoutWhichMeasure("哪个参与者最多", 1, "个参与者"));
    }
}
