package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Datasets selected by their number of publishers: the catalog's publisher lists may end in 等, so the number is not
 * stated for every entry, and the answer says so with no sources. It used to read the number as a topic (两 written
 * in a description) or drop it, and give a confident wrong count.
 */
class PublisherNumbersTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("RecipeBox").released("2018-01-01").publisher("东湖大学、西山研究所")
                    .description("RecipeBox 收录了一百万份菜谱，分为两个部分。"),
            entry("DishShots").released("2019-01-01").publisher("西山研究所等")
                    .description("DishShots 包含十万张菜品照片，两种拍摄角度。"),
            entry("StreetCount").released("2020-01-01").publisher("南城公司")
                    .description("StreetCount 是一个街头人群计数数据集，共有五千张图像。"));

    @ParameterizedTest
    @ValueSource(strings = {"有两个发布机构的数据集有几个？", "只有一个发布机构的数据集有多少个？", "由多家机构联合发布的数据集有哪些？",
            "How many datasets have exactly two publishing institutions?", "which datasets have a single publisher?",
            "Which datasets have more than three publishers?", "datasets released by several organizations"})
    void saysTheCatalogDoesNotStateHowManyPublishers(String question) {
        Answer a = bot.ask(question);
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("等"), a.markdown());
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
    }

    @Test
    void aRankingOfPublishersIsNoNumberOfThem() {
        Answer a = bot.ask("哪一个机构发布的数据集最多？");
        assertTrue(a.markdown().contains("西山研究所"), a.markdown());
    }

    @Test
    void aNamedEntrysPublishersAreStillAnswered() {
        Answer a = bot.ask("RecipeBox 是哪两个机构发布的？");
        assertFalse(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("东湖大学"), a.markdown());
    }
}
