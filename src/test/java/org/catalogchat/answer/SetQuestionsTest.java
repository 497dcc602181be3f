package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** List, count and superlative questions: which entries make the set, and what a superlative ranks them by. */
class SetQuestionsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("M7 Forecasting - 某超市销量预测").released("2020-03-02").publisher("某大学")
                    .description("M7 是第七届预测竞赛使用的零售销量数据集，包含10家门店3,049种商品的每日销量。"),
            entry("Rossmann Store Sales").released("2015-09-30").publisher("Rossmann")
                    .description("Rossmann 在 Kaggle 上发布的门店销售预测数据，包含1,115家门店的每日销售额。"),
            entry("HomePower (Home Electricity Dataset)").released("2015-03-31").publisher("伦敦帝国理工学院")
                    .description("HomePower 是一个家庭电力消耗数据集，记录了5户家庭的用电。"),
            entry("Materials Atlas").released("2011-01-01").publisher("劳伦斯伯克利国家实验室")
                    .description("Materials Atlas 是一个计算材料科学数据库，收录了超过15万种无机化合物。"),
            entry("MolDock").released("2005-01-01").publisher("加州大学旧金山分校")
                    .description("MolDock 是一个化合物数据库，专为虚拟筛选设计，收录727,842个分子。"),
            entry("RoboGrasp").released("2020-04-01").publisher("加州大学伯克利分校")
                    .description("RoboGrasp 是一个机器人抓取数据集。"),
            entry("NewsClicks").released("2020-07-01").publisher("微软亚洲研究院", "微软新闻")
                    .description("NewsClicks 是一个新闻推荐数据集。"),
            entry("CityTrips").released("2012-08-01").publisher("微软亚洲研究院")
                    .description("CityTrips 是一个GPS轨迹数据集。"),
            entry("OfficeMail").released("2016-01-01").publisher("微软")
                    .description("OfficeMail 是一个电子邮件分类数据集。"),
            entry("FilmScenes").released("2020-07-21").publisher("香港中文大学（某联合实验室）")
                    .description("FilmScenes 是一个电影场景理解数据集。"),
            entry("HarbourSigns").released("2021-01-01").publisher("香港大学")
                    .description("HarbourSigns 是一个街道标志数据集。"));

    @Test
    void whichTopicDatasetsIsAListEvenWhenTheTopicWordIsInOneEntrysName() {
        // "electricity" is a word of HomePower's long name, but "which electricity datasets" asks which datasets
        Answer a = bot.ask("Which electricity datasets are there?");
        assertNotEquals(Intent.FACT, a.intent(), a.markdown());
        assertEquals(List.of("homepower"), ids(a), a.markdown());
    }

    @Test
    void aSuperlativeOverATopicRanksByTheFigureItsMeasureWordCounts() {
        // "1,115家门店": 家 is the measure word between the figure and the stores it counts
        Answer a = bot.ask("Which sales forecasting dataset covers the most stores?");
        assertEquals(List.of("rossmann-store-sales"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("1,115"), a.markdown());
    }

    @Test
    void anEnglishPublisherTranslatedWordByWordIsOneChinesePublisher() {
        // not "Berkeley" (加州大学伯克利分校) plus the topic words "Lawrence", "National", "Laboratory"
        Answer a = bot.ask("What did Lawrence Berkeley National Laboratory release?");
        assertEquals(List.of("materials-atlas"), ids(a), a.markdown());
        // in any word order: 微软亚洲研究院 is "Microsoft Research Asia"; 微软 alone published OfficeMail too
        assertEquals(List.of("newsclicks", "citytrips"), ids(bot.ask("Which datasets did Microsoft Research Asia publish?")));
        assertEquals(List.of("robograsp"), ids(bot.ask("Which datasets did UC Berkeley publish?")));
    }

    @Test
    void aPublisherPhraseIsReadInTheGlossesOfThePublishersDictionaryWords() {
        // 香港中文大学 is one dictionary word glossed "Chinese University of Hong Kong"; the shipped row for
        // "University of Hong Kong" (香港大学) within the phrase is another university
        Answer a = bot.ask("What did the Chinese University of Hong Kong publish?");
        assertEquals(List.of("filmscenes"), ids(a), a.markdown());
        assertEquals(List.of("harboursigns"), ids(bot.ask("What did the University of Hong Kong publish?")));
    }

    @Test
    void aPublisherPhraseWithAWordNoPublisherWritesNamesNone() {
        Answer a = bot.ask("What did Lawrence Livermore National Laboratory release?");
        assertTrue(a.sources().stream().noneMatch(s -> s.id().equals("materials-atlas")), a.markdown());
    }

    @Test
    void anAcronymSpelledByAPublishersGlossInitialsIsThatPublisher() {
        // 加州大学 University of California, 旧金山 San Francisco, (分校)
        assertEquals(List.of("moldock"), ids(bot.ask("Anything from UCSF?")));
        // UCLA spells no publisher here (加州大学洛杉矶分校 is not in the catalog)
        Answer ucla = bot.ask("Anything from UCLA?");
        assertEquals(Intent.NOT_FOUND, ucla.intent(), ucla.markdown());
        assertTrue(ucla.sources().isEmpty());
    }

    @Test
    void theWordsOfADateConditionAreNoSubject() {
        // "prior" is how the date is asked, not a topic no entry writes
        Answer a = bot.ask("What was released prior to 2006?");
        assertEquals(List.of("moldock"), ids(a), a.markdown());
    }

    @Test
    void aSuperlativeWithANumberAnswersThatManyOfTheRanking() {
        for (String q : List.of("What are the three newest datasets?", "最新的三个数据集是哪些？", "Which 3 datasets are the most recent?")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("harboursigns", "filmscenes", "newsclicks"), ids(a), q + "\n" + a.markdown());
        }
        Answer a = bot.ask("Which are the 2 oldest datasets?");
        assertEquals(List.of("moldock", "materials-atlas"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2005-01-01") && a.markdown().contains("2011-01-01"), a.markdown());
        // one asked: one answered
        assertEquals(List.of("harboursigns"), ids(bot.ask("Which is the newest dataset?")));
    }

    @Test
    void takingPartIsHowAPublisherIsAskedNotATopic() {
        List<String> released = ids(bot.ask("What did Microsoft release?"));
        assertEquals(3, released.size(), released.toString());
        assertEquals(released, ids(bot.ask("Which datasets did Microsoft take part in?")));
        assertEquals(released, ids(bot.ask("微软参与了哪些数据集？")));
        // other verbs of taking part: working on, helping create
        assertEquals(released, ids(bot.ask("Which datasets has Microsoft worked on?")));
        assertEquals(released, ids(bot.ask("How many datasets did Microsoft help create?")));
    }

    @Test
    void anOrdinalSuperlativeAnswersThatPlaceOfTheRanking() {
        Answer a = bot.ask("What's the second newest dataset?");
        assertEquals(List.of("filmscenes"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2020-07-21"), a.markdown());
        assertEquals(List.of("materials-atlas"), ids(bot.ask("第二早的数据集是哪个？")));
        assertEquals(List.of("citytrips"), ids(bot.ask("Which is the third oldest dataset?")));
        // within a publisher: Microsoft's three, newest first, are NewsClicks, OfficeMail, CityTrips
        assertEquals(List.of("officemail"), ids(bot.ask("What is the second newest dataset from Microsoft?")));
        // a place past the end of the ranking is said, not answered with the last one
        Answer none = bot.ask("Which is the fifth oldest dataset from Microsoft?");
        assertTrue(none.sources().isEmpty(), none.markdown());
        assertTrue(none.markdown().contains("no fifth earliest"), none.markdown());
    }

    @Test
    void theFirstOrLastReleasedIsADateSuperlative() {
        // 2020: M7 (03-02), RoboGrasp (04-01), NewsClicks (07-01), FilmScenes (07-21)
        assertEquals(List.of("m7-forecasting"), ids(bot.ask("Which was the first dataset released in 2020?")));
        for (String q : List.of("What was the last dataset released in 2020?", "2020年最后发布的数据集是哪个？")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("filmscenes"), ids(a), q + "\n" + a.markdown());
        }
    }

    @Test
    void fewestRanksByTheCountedNounFromTheSmallest() {
        // 10家门店 against 1,115家门店
        for (String q : List.of("Which dataset covers the fewest stores?", "门店最少的数据集是哪个？")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("m7-forecasting"), ids(a), q + "\n" + a.markdown());
        }
    }

    @Test
    void aRankingWithNoFigureSaysTheOneDatasetDoesNotStateIt() {
        // CityTrips states no size at all
        Answer a = bot.ask("Which GPS trajectory dataset is the largest?");
        assertTrue(a.markdown().contains("The one dataset asked about does not state a figure"), a.markdown());
    }

    @Test
    void aPublisherBehindDatasetsPublishedThem() {
        // "behind" was a topic word: "**0**. The catalog has no behind datasets from 微软亚洲研究院"
        Answer a = bot.ask("How many datasets is 微软亚洲研究院 behind?");
        assertEquals(java.util.Set.of("newsclicks", "citytrips"), java.util.Set.copyOf(ids(a)), a.markdown());
        assertTrue(a.markdown().contains("**2**"), a.markdown());
    }
}
