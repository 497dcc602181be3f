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
 * stated for every entry; the entries whose lists fit are counted and those ending in 等 that may or may not are named
 * apart. It used to read the number as a topic (两 written in a description) or drop it, and give a confident wrong
 * count; then it said "not stated" for every such question.
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
    @ValueSource(strings = {"datasets released by several organizations"})
    void saysTheCatalogDoesNotStateANumberItCannotRead(String question) {
        Answer a = bot.ask(question);
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("等"), a.markdown());
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
    }

    /**
     * "exactly two": RecipeBox lists two and ends in no 等, so it counts; DishShots lists one and 等, so it has two or
     * more and is named apart as not stated, never counted either way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"有两个发布机构的数据集有几个？", "How many datasets have exactly two publishing institutions?"})
    void countsTheEntriesWhoseListsFitAndNamesThoseEndingIn等Apart(String question) {
        Answer a = bot.ask(question);
        assertEquals(java.util.List.of("recipebox"), a.sources().stream().map(s -> s.id()).toList(), a.markdown());
        assertTrue(a.markdown().contains("**1**"), a.markdown());
        assertTrue(a.markdown().contains("DishShots") && a.markdown().contains("等"), a.markdown());
    }

    /** A number past what an int holds is a number no entry has, not a crash (it threw NumberFormatException). */
    @ParameterizedTest
    @ValueSource(strings = {"Which datasets have exactly 99999999999 publishers?", "发布机构恰好有99999999999家的数据集有哪些？"})
    void aNumberTooLargeForAnIntMeetsNoEntry(String question) {
        Answer a = bot.ask(question);
        assertTrue(a.sources().isEmpty(), a.markdown());
    }

    /** A list ending in 等 names one and more: it has at least two, so it is no single publisher's, and is "several". */
    @Test
    void aListEndingIn等HasMoreThanItNames() {
        Answer single = bot.ask("只有一个发布机构的数据集有多少个？");
        assertEquals(java.util.List.of("streetcount"), single.sources().stream().map(s -> s.id()).toList(), single.markdown());
        assertFalse(single.markdown().contains("DishShots"), single.markdown());
        Answer several = bot.ask("哪些数据集是多家机构联合发布的？");
        assertEquals(java.util.Set.of("recipebox", "dishshots"),
                several.sources().stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet()), several.markdown());
    }

    @Test
    void anEntrysNumberOfPublishersIsItsListOrAtLeastOneMore() {
        Answer listed = bot.ask("How many publishers does RecipeBox have?");
        assertTrue(listed.markdown().contains("**2**"), listed.markdown());
        assertEquals(Intent.FACT, listed.intent());
        Answer open = bot.ask("DishShots 有几个发布机构？");
        assertTrue(open.markdown().contains("至少有 2"), open.markdown());
    }

    @Test
    void theCatalogsPublishersAreCountedAtLeastWhereAListEndsIn等() {
        Answer a = bot.ask("how many institutions are in the catalog?");
        assertTrue(a.markdown().contains("**3**") && a.markdown().contains("at least 3"), a.markdown());
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
