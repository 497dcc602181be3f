package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Set logic on a small catalog in another domain (hydrology, sport, weather): follow-ups that narrow the previous
 * answer, ties in a ranking, entries sharing a release date.
 */
class SetLogicTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Kelpie").released("2020-05-01").publisher("某水利研究院")
                    .description("Kelpie 是一个河流流量观测数据集，记录每日水位。"),
            entry("Morrow").released("2022-03-01").publisher("某水利研究院")
                    .description("Morrow 是一个洪水预报数据集，包含300条河流。"),
            entry("Pitchly").released("2022-03-01").publisher("某体育台")
                    .description("Pitchly 是一个足球比赛视频数据集，包含500场比赛。"),
            entry("Nimbo").released("2022-08-01").publisher("某气象局")
                    .description("Nimbo 是一个气象站观测数据集，记录每日降水。"),
            entry("Tessel").released("2020-05-01").publisher("某测绘局")
                    .description("Tessel 是一个地形图数据集。"),
            entry("Gridly").released("2023-09-09").publisher("北辰能源集团研发部")
                    .description("Gridly 是一个家庭用电负荷数据集。"),
            entry("Basinet").released("2023-10-10").publisher("某流域联盟（某测绘局、某气象局等）")
                    .description("Basinet 是一个流域地理信息数据集。"));

    /** Asks the questions in turn, each seeing the turns before it; returns the last answer. */

    @Test
    void aFollowUpOfThoseStaysInsideThePreviousAnswer() {
        Answer all2022 = bot.conversation("2022年发布了几个数据集？");
        assertEquals(3, all2022.sources().size(), all2022.markdown());
        Answer first = bot.conversation("有哪些观测数据集？");
        assertEquals(List.of("nimbo", "kelpie"), ids(first), first.markdown());
        Answer scoped = bot.conversation("有哪些观测数据集？", "其中有几个是2022年发布的？");
        assertEquals(List.of("nimbo"), ids(scoped), scoped.markdown());
        assertTrue(scoped.markdown().contains("**1**"), scoped.markdown());
        Answer en = bot.conversation("Which datasets came out in 2022?", "how many of those are about rivers?");
        assertEquals(List.of("morrow"), ids(en), en.markdown());
        assertTrue(en.markdown().contains("**1**"), en.markdown());
    }

    @Test
    void aFollowUpThatNarrowsToNothingCountsZero() {
        Answer a = bot.conversation("What came out in 2020?", "how many of those came out in 2022?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("**0**"), a.markdown());
    }

    @Test
    void aWordEndingInSIsNoPluralOfAStopWord(@TempDir Path dir) {
        // "news" is not the plural of the stop word "new": before, "news datasets" had no subject at all
        Answerer news = FixtureCatalog.of(
                entry("Wirefeed").released("2021-01-01").publisher("某通讯社").description("Wirefeed 是一个新闻报道文本数据集。"),
                entry("Leafdex").released("2022-01-01").publisher("某大学").description("Leafdex 是一个植物图像数据集。"))
                .engine(dir).answerer();
        assertEquals(List.of("wirefeed"), news.answer(Question.of("news datasets")).sources().stream().map(Source::id).toList());
    }

    @Test
    void anOrganisationSelectsWhatItsPartsAndConsortiaPublished() {
        // a publisher written whole, which the segmenter would cut into words
        assertEquals(List.of("morrow", "kelpie"), ids(bot.conversation("某水利研究院发布了哪些数据集？")));
        // the parent of the publisher 北辰能源集团研发部, named as organisations' names end
        assertEquals(List.of("gridly"), ids(bot.conversation("北辰能源集团发布了什么数据集？")));
        // a member of a consortium, named in brackets after it
        Answer count = bot.conversation("某气象局参与了几个数据集？");
        assertEquals(List.of("basinet", "nimbo"), ids(count), count.markdown());
        assertTrue(count.markdown().contains("**2**"), count.markdown());
        // a noun that only opens a publisher's name names no organisation
        assertTrue(bot.conversation("北辰能源的数据").sources().isEmpty());
    }

    @Test
    void aComparativeOverThePreviousAnswerRanksItsEntries() {
        Answer a = bot.conversation("Which datasets came out in 2022?", "which of those is newer?");
        assertEquals(List.of("nimbo"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2022-08-01"), a.markdown());
    }

    @Test
    void entriesTiedForFirstPlaceAreAllTheAnswer() {
        Answer zh = bot.conversation("最早的数据集是哪个？");
        assertEquals(List.of("kelpie", "tessel"), ids(zh).stream().sorted().toList(), zh.markdown());
        assertTrue(zh.markdown().contains("并列"), zh.markdown());
        Answer en = bot.conversation("Which is the oldest dataset?");
        assertEquals(2, en.sources().size(), en.markdown());
        assertTrue(en.markdown().contains("all released on 2020-05-01"), en.markdown());
    }

    @Test
    void entriesSharingAReleaseDateAreGroupedByDate() {
        Answer a = bot.conversation("Do any two datasets share a release date?");
        assertEquals(List.of("morrow", "pitchly", "kelpie", "tessel"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2022-03-01") && a.markdown().contains("2020-05-01"), a.markdown());
        Answer zh = bot.conversation("2022年有哪些数据集是同一天发布的？");
        assertEquals(List.of("morrow", "pitchly"), ids(zh), zh.markdown());
        Answer none = bot.conversation("Were any observation datasets released on the same day?");
        assertTrue(none.sources().isEmpty(), none.markdown());
    }
}
