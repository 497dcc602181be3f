package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A superlative's unit written after a modifier ("the most image-text pairs"), and a count of 0 that rests on what the
 * entries the conditions select happen to write.
 */
class UnitsAndConditionsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("HanPairs").released("2022-03-22").publisher("某研究院")
                    .description("HanPairs 是中文图文多模态预训练数据，全量数据集包含6.5亿图文对。"),
            entry("SmallHan").released("2022-01-30").publisher("某实验室")
                    .description("SmallHan 是中文跨模态预训练数据集，包含1亿对中文图像-文本对。"),
            entry("PhotoHeap").released("2022-02-10").publisher("某大学")
                    .description("PhotoHeap 是中文视觉语言数据，包含80亿张图片，没有配套的文本描述。"),
            entry("LongShows").released("2024-08-18").publisher("某公司")
                    .description("LongShows 是一个短剧视频数据集，包含6000个视频，总时长超过2000小时。"),
            entry("ManyClips").released("2024-06-06").publisher("某团队")
                    .description("ManyClips 是一个视频描述数据集，包含40000个视频，共291小时。"),
            entry("WheatField").released("2020-05-05").publisher("某农业研究院")
                    .description("WheatField 是多国农业研究机构合作发布的小麦麦穗检测数据集。"),
            entry("BugCrops").released("2019-06-01").publisher("南开大学")
                    .description("BugCrops 是一个农作物害虫识别数据集，包含7万张图像。"),
            entry("WeedSnap").released("2019-02-14").publisher("某大学")
                    .description("WeedSnap 是一个杂草图像分类数据集，包含1.7万张图像。"));

    @Test
    void aUnitAfterItsModifierIsWhatTheSuperlativeRanksBy() {
        // "image-text" selects the entries, "pairs" is what they are ranked by: before, "pairs" was a topic word
        // no entry writes and the answer was "no Chinese pairs datasets"
        Answer a = bot.ask("Which Chinese image-text dataset has the most image-text pairs?");
        assertEquals("hanpairs", ids(a).get(0), a.markdown());
        // "video hours" are hours: ranked by duration, not by the number of videos
        Answer hours = bot.ask("Which dataset has the most video hours?");
        assertEquals("longshows", ids(hours).get(0), hours.markdown());
        // a word that is no unit after it leaves the ranked word as it was
        assertEquals("manyclips", ids(bot.ask("Which dataset has the most videos?")).get(0));
    }

    @Test
    void aUnitAfterItsModifierIsWhatTheFewestRanksByToo() {
        // "the fewest" read its first word only: "image-text" was the unit and "pairs" a topic word nothing writes
        Answer a = bot.ask("Which Chinese image-text dataset has the fewest image-text pairs?");
        assertEquals("smallhan", ids(a).get(0), a.markdown());
        Answer hours = bot.ask("Which dataset has the least video hours?");
        assertEquals("manyclips", ids(hours).get(0), hours.markdown());
        assertEquals("longshows", ids(bot.ask("Which dataset has the fewest videos?")).get(0));
    }

    @Test
    void aZeroUnderConditionsThatSelectEntriesNamesThemInsteadOfStatingTheCount() {
        Answer a = bot.ask("How many agriculture datasets were released in 2019?");
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertFalse(a.markdown().contains("**0**"), a.markdown());
        assertTrue(a.markdown().contains("BugCrops") && a.markdown().contains("WeedSnap"), a.markdown());
        Answer zh = bot.ask("2019年发布了几个农业数据集？");
        assertFalse(zh.markdown().contains("**0**"), zh.markdown());
        assertTrue(zh.markdown().contains("BugCrops"), zh.markdown());
    }

    @Test
    void conditionsThatSelectNothingStillCountZero() {
        Answer a = bot.ask("How many agriculture datasets were released in 2015?");
        assertTrue(a.markdown().startsWith("**0**"), a.markdown());
        assertTrue(a.sources().isEmpty(), a.markdown());
    }

    @Test
    void entriesWritingTheTopicUnderTheConditionsAreCountedAsBefore() {
        assertEquals(List.of("wheatfield"), ids(bot.ask("How many agriculture datasets were released in 2020?")));
    }
}
