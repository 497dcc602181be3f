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
 * How list and superlative questions are read: a period taken from a named entry, a year at a sentence's end, the
 * noun a figure counts, and the verb that holds a ranked noun.
 */
class SetReadingsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ShopReviews").released("2023-05-01").publisher("某大学")
                    .description("ShopReviews 是一个电商推荐数据集，包含3.2亿条用户评论，涉及120万名用户。"),
            entry("ClickLog").released("2019-07-01").publisher("某公司")
                    .description("ClickLog 是一个新闻推荐数据集，记录了800万名用户的点击。"),
            entry("ViewGPT4Clips").released("2019-03-01").publisher("某研究院")
                    .description("ViewGPT4Clips数据集是一个大型视频描述数据集，包含2,000个视频。"),
            entry("TinyVideo").released("2018-01-01").publisher("某实验室")
                    .description("TinyVideo 是一个小型视频数据集，包含300个视频。"),
            entry("ShapeBank").released("2015-12-01").publisher("斯坦福大学")
                    .description("ShapeBank 是一个三维形状库，包含约300万个三维模型。"),
            entry("MeshZoo").released("2016-06-01").publisher("斯坦福大学")
                    .description("MeshZoo 是一个三维数据集，收录了12万个三维模型。"),
            entry("CaseVault").released("2018-10-29").publisher("哈佛法学院图书馆")
                    .description("CaseVault 是一个判例数据库。"),
            entry("WordYears").released("2010-12-16").publisher("谷歌", "哈佛大学")
                    .description("WordYears 是一个词频数据集。"),
            entry("StoreWeek").released("2020-03-02").publisher("尼科西亚大学", "沃尔玛")
                    .description("StoreWeek 是一个零售销量预测数据集。"),
            entry("CityRail").released("2021-01-01").publisher("北京交通大学")
                    .description("CityRail 是一个铁路客流数据集。"),
            entry("OldCensus").released("1996-04-30").publisher("某基金会")
                    .description("OldCensus 是一个人口普查表格数据集。"),
            entry("PekingPanel").released("2012-01-01").publisher("北京大学中国社会科学调查中心")
                    .description("PekingPanel 是一个家庭追踪调查。"));

    @Test
    void theSamePeriodAsANamedEntryIsADateConditionNotAQuestionAboutIt() {
        for (String q : List.of("Which datasets came out the same year as ClickLog?", "和ClickLog同一年发布的数据集有哪些？")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.LIST, a.intent(), q + "\n" + a.markdown());
            // the entry the period is taken from is the reference, not an answer ("和 VEGA 同一个月发布的还有哪些")
            assertEquals(List.of("viewgpt4clips"), ids(a), q + "\n" + a.markdown());
        }
        // the month, when the catalog dates the entry to the day: only ClickLog itself came out then
        assertEquals(List.of(), ids(bot.ask("What was released in the same month as ClickLog?")));
    }

    @Test
    void aYearAtTheEndOfASentenceOrBeforeAWordIsStillAYear() {
        assertEquals(List.of("clicklog", "viewgpt4clips"), ids(bot.ask("List everything released in 2019.")));
        // "2015 by" is no "2015 billion": Stanford's MeshZoo came out in 2016
        assertEquals(List.of("shapebank"), ids(bot.ask("Which datasets were released in 2015 by Stanford?")));
    }

    @Test
    void aFigureCountsTheNounThatEndsThereNotOneModifyingAnother() {
        // 3.2亿条用户评论 counts reviews; ShopReviews has 120万名用户, ClickLog 800万名用户
        Answer a = bot.ask("哪个推荐数据集的用户最多？");
        assertEquals(List.of("clicklog"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("800万"), a.markdown());
    }

    @Test
    void aUniversitysSchoolsAndLibraryAreItsParts() {
        for (String q : List.of("哈佛大学参与了哪些数据集？", "Which datasets did Harvard take part in?")) {
            Answer a = bot.ask(q);
            assertEquals(java.util.Set.of("casevault", "wordyears"), java.util.Set.copyOf(ids(a)), q + "\n" + a.markdown());
        }
        // the cut name alone is no university's part: 北京交通大学 is not 北京大学's
        assertEquals(List.of("pekingpanel"), ids(bot.ask("北京大学发布了哪些数据集？")));
    }

    @Test
    void aNameTheDictionaryTranslatesIntoAPublishersNameIsThatPublisher() {
        Answer a = bot.ask("Which datasets did Walmart take part in?");
        assertEquals(List.of("storeweek"), ids(a), a.markdown());
    }

    @Test
    void digitsInsideANameAreNoFigure() {
        // "ViewGPT4Clips" is no figure of 4 videos
        Answer a = bot.ask("Which dataset has the fewest videos?");
        assertEquals(List.of("tinyvideo"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("300"), a.markdown());
    }

    @Test
    void theVerbHoldingARankedNounIsNoSubject() {
        Answer a = bot.ask("哪个数据集收录的三维模型最多？");
        assertEquals(List.of("shapebank"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("300万"), a.markdown());
    }

    @Test
    void theAspectParticleAfterAVerbIsNoSubject() {
        // 过 in 发布过 is grammar: read as a word, it kept only the entries whose text writes 过 (通过)
        Answer a = bot.ask("斯坦福大学发布过几个数据集？");
        assertEquals(List.of("meshzoo", "shapebank"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2"), a.markdown());
    }

    @Test
    void twoYearsJoinedByOrSelectEitherYearAndACenturyItsYears() {
        Answer a = bot.ask("Which datasets came out in 2015 or 2018?");
        assertEquals(java.util.Set.of("shapebank", "tinyvideo", "casevault"), java.util.Set.copyOf(ids(a)), a.markdown());
        for (String q : List.of("20世纪发布的数据集有哪些？", "Which datasets are from the 20th century?")) {
            Answer century = bot.ask(q);
            assertEquals(List.of("oldcensus"), ids(century), q + "\n" + century.markdown());
        }
    }

    @Test
    void aCenturyNamedFromTodayIsAPeriodNotASubject() {
        // 上世纪 was left in the question: 世纪 became the topic ("与'世纪'相关"), a wrong count
        for (String q : List.of("上世纪90年代发布的数据集有几个？", "How many datasets came out in the 90s?")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("oldcensus"), ids(a), q + "\n" + a.markdown());
            assertTrue(a.markdown().contains("1"), a.markdown());
        }
    }

    @Test
    void aSpanBackFromTodayIsAPeriodNotASubject() {
        // "five" and 三 were subjects: "no dataset about five"
        LocalDate from = LocalDate.now().minusYears(5);
        List<String> expected = java.util.stream.Stream.of(
                        new Object[]{"shopreviews", "2023-05-01"}, new Object[]{"clicklog", "2019-07-01"},
                        new Object[]{"viewgpt4clips", "2019-03-01"}, new Object[]{"tinyvideo", "2018-01-01"},
                        new Object[]{"shapebank", "2015-12-01"}, new Object[]{"meshzoo", "2016-06-01"},
                        new Object[]{"casevault", "2018-10-29"}, new Object[]{"wordyears", "2010-12-16"},
                        new Object[]{"storeweek", "2020-03-02"}, new Object[]{"cityrail", "2021-01-01"},
                        new Object[]{"oldcensus", "1996-04-30"}, new Object[]{"pekingpanel", "2012-01-01"})
                .filter(e -> !LocalDate.parse((String) e[1]).isBefore(from)).map(e -> (String) e[0]).sorted().toList();
        Answer a = bot.ask("Any datasets released in the last five years?");
        assertEquals(expected, ids(a).stream().sorted().toList(), a.markdown());
        assertTrue(!a.markdown().contains("five"), a.markdown());
    }

    @Test
    void aRankNounTooCommonForTopicsStillRanks() {
        // "model" is a stop word for topic questions; "the most models" still ranks by 三维模型
        Answer a = bot.ask("Which 3D dataset has the most models?");
        assertEquals(List.of("shapebank"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("300万"), a.markdown());
    }

    @Test
    void aRankNounNoEntryStatesIsTheCatalogNotSayingNotNothingMatching() {
        Answer a = bot.ask("Which video dataset has the most stations?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("does not say") && a.markdown().contains("stations"), a.markdown());
    }

    @Test
    void publishersAskedTogetherAreBothAnEntrysNotEither() {
        for (String q : List.of("谷歌和哈佛大学合作发布的数据集有哪些？", "Which datasets did Google and Harvard release jointly?")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("wordyears"), ids(a), q + "\n" + a.markdown());
        }
        // without a word of working together, either publisher's entries
        assertEquals(java.util.Set.of("casevault", "wordyears"),
                java.util.Set.copyOf(ids(bot.ask("Which datasets did Google and Harvard release?"))));
    }

    @Test
    void noneUnderTheConditionsSaysWhatTheSubjectsMatched() {
        Answer a = bot.ask("How many video datasets were released in 2022?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("Not in the catalog"), a.markdown());
        assertTrue(a.markdown().contains("The catalog's 2 video datasets are"), a.markdown());
        assertTrue(a.markdown().contains("TinyVideo (2018-01-01"), a.markdown());
        Answer zh = bot.ask("2022年发布了哪些视频数据集？");
        assertTrue(zh.markdown().contains("目录中没有") && zh.markdown().contains("个数据集是：ViewGPT4Clips"), zh.markdown());
    }
}
