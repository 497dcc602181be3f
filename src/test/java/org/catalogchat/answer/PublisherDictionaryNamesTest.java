package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Latin word in a publisher's slot that the dictionary gives as a publisher's own name (麻省理工学院 "MIT") asks for
 * that publisher and its laboratories, even where the word opens one publisher's alias (MIT LCP) or an entry's name
 * (MIT Scenes); "did MIT help publish", "MIT as one of the publishers", "datasets MIT helped publish" are such slots.
 */
class PublisherDictionaryNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MIT Scenes 12").released("2009-06-01").publisher("麻省理工学院").description("MIT Scenes 12 是室内场景图像数据集。"),
            entry("LabCare").released("2016-05-24").publisher("麻省理工学院计算生理学实验室（MIT LCP）", "某医疗中心")
                    .description("LabCare 是重症监护数据库，由 MIT LCP 维护。"),
            entry("StormSet").released("2020-12-01").publisher("麻省理工学院林肯实验室").description("StormSet 是雷暴图像数据集。"),
            entry("BugList").released("2017-10-01").publisher("麻省理工学院").description("BugList 是程序缺陷数据集。"),
            entry("OtherSet").released("2021-01-01").publisher("某大学").description("OtherSet 是文本数据集。"));

    private static final Set<String> MIT = Set.of("mit-scenes-12", "labcare", "stormset", "buglist");

    @Test
    void aNameInTheDictionaryCountsEveryPublisherItNames() {
        assertEquals(MIT, Set.copyOf(ids(bot.ask("How many datasets have MIT as one of the publishers?"))));
    }

    @Test
    void helpingToPublishIsAPublisherSlotNotAnEntryName() {
        assertEquals(MIT, Set.copyOf(ids(bot.ask("How many datasets did MIT help publish?"))));
        assertEquals(List.of("stormset"), ids(bot.ask("Of the datasets MIT helped publish, which one came out last?")).subList(0, 1));
    }
}
