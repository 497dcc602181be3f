package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question about the whole catalog in words no list-all cue spells ("which datasets are listed?", "一共收录了多少个
 * 数据集？") answers the whole catalog. The catalog's own verbs of holding (收录, 包含, listed) are not a topic, even
 * where some descriptions write them: read as one, the count was a confident 2.
 */
class WholeCatalogQuestionsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("RecipeBox").released("2018-01-01").publisher("东湖大学")
                    .description("RecipeBox 收录了一百万份菜谱及其配图。"),
            entry("DishShots").released("2019-01-01").publisher("西山研究所")
                    .description("DishShots 包含十万张菜品照片，收录自点评网站。"),
            entry("StreetCount").released("2020-01-01").publisher("南城公司")
                    .description("StreetCount 是一个街头人群计数数据集，共有五千张图像。"));

    @ParameterizedTest
    @ValueSource(strings = {"一共收录了多少个数据集？", "目录里一共收录了多少个数据集？", "how many datasets are listed?",
            "How many datasets does the catalog include?", "目录中包含多少个数据集？"})
    void countsTheWholeCatalog(String question) {
        Answer a = bot.ask(question);
        assertTrue(a.markdown().contains("**3**"), a.markdown());
        assertEquals(3, a.sources().size(), a.markdown());
    }

    /** A catalog's entries are its datasets: "entries" is no topic the catalog lacks (it answered "0, not in the catalog"). */
    @ParameterizedTest
    @ValueSource(strings = {"How many entries were released in 2019?", "how many entries came out in 2019?",
            "2019年发布了多少个数据集？"})
    void entriesAreTheCatalogsDatasets(String question) {
        Answer a = bot.ask(question);
        assertTrue(a.markdown().contains("**1**"), a.markdown());
        assertEquals("dishshots", a.sources().get(0).id(), a.markdown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"目录收录了哪些数据集？", "目录里有哪些数据集？", "目录中包含哪些数据集？", "which datasets are listed?",
            "what datasets does the catalog include?"})
    void listsTheWholeCatalog(String question) {
        Answer a = bot.ask(question);
        assertEquals(3, a.sources().size(), a.markdown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"哪些数据集收录了菜谱？", "which datasets include recipes?"})
    void aHoldingVerbBeforeATopicLeavesTheTopic(String question) {
        Answer a = bot.ask(question);
        assertEquals(1, a.sources().size(), a.markdown());
        assertEquals("recipebox", a.sources().get(0).id(), a.markdown());
    }
}
