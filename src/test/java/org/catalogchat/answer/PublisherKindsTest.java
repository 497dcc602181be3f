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
 * Publishers asked by kind ("published by universities") rather than by name, a kind qualified by where publishers
 * are based (which the catalog does not state), and a catalog publisher's name that holds a shorter glossary name.
 */
class PublisherKindsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ReadBench").released("2023-05-01").publisher("清华大学")
                    .description("ReadBench 是一个中文阅读理解数据集，包含2万个问题。"),
            entry("StarMaps").released("2022-03-01").publisher("中国科学院")
                    .description("StarMaps 是一个天文观测数据集。"),
            entry("ClipTube").released("2021-07-01").publisher("谷歌")
                    .description("ClipTube 是一个视频数据集，来自多所大学的研究者参与了标注。"),
            entry("CodePairs").released("2019-09-01").publisher("麻省理工学院", "微软研究院")
                    .description("CodePairs 是一个代码检索数据集。"),
            entry("ObjectSet").released("2014-05-01").publisher("微软")
                    .description("ObjectSet 是一个目标检测数据集。"),
            entry("LuBehave").released("2020-02-03").publisher("鹭岛")
                    .description("LuBehave 是鹭岛用户行为数据集。"),
            entry("IslandWeb").released("2018-01-01").publisher("某研究所")
                    .description("IslandWeb 采集自鹭岛的公开网页。"));

    @Test
    void aKindOfPublisherSelectsThePublishersWhoseNamesSayIt() {
        // 科学院 holds 学院 but is no college; ClipTube's text writes 大学, its publisher does not
        for (String q : List.of("Which datasets were published by universities?", "高校发布了哪些数据集？")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("readbench", "codepairs"), ids(a), q + "\n" + a.markdown());
        }
        Answer count = bot.ask("How many datasets came from universities?");
        assertTrue(count.markdown().contains("**2**"), count.markdown());
    }

    @Test
    void aKindQualifiedByWhereItIsBasedIsNotStatedNotATopicList() {
        for (String q : List.of("Which datasets were published by Chinese universities?", "中国高校发布的数据集有哪些？")) {
            Answer a = bot.ask(q);
            assertTrue(a.sources().isEmpty(), q + "\n" + a.markdown());
            assertTrue(a.markdown().contains("does not say") || a.markdown().contains("目录未说明"), q + "\n" + a.markdown());
            assertFalse(a.markdown().toLowerCase().contains("not in the catalog"), q + "\n" + a.markdown());
            assertEquals(List.of("readbench", "codepairs"), a.suggestions().stream().map(Source::id).toList(), q);
        }
    }

    @Test
    void aCatalogPublishersWholeNameIsThatPublisherNotAShorterNameWithinIt() {
        // 微软 is a glossary publisher; 微软研究院 is the catalog's own publisher, and 研究院 no topic word
        Answer a = bot.ask("微软研究院参与了哪些数据集？");
        assertEquals(List.of("codepairs"), ids(a), a.markdown());
        assertEquals(List.of("codepairs", "objectset"), ids(bot.ask("微软发布了哪些数据集？")));
    }

    @Test
    void aTwoCharacterPublisherWrittenWholeIsThatPublisher() {
        // 鹭岛 was a topic word: IslandWeb, whose text writes it, was listed as one of its datasets
        Answer a = bot.ask("鹭岛发布了哪些数据集？");
        assertEquals(List.of("lubehave"), ids(a), a.markdown());
        Answer both = bot.ask("鹭岛和清华大学各发布了哪些数据集？");
        assertEquals(java.util.Set.of("lubehave", "readbench"), java.util.Set.copyOf(ids(both)), both.markdown());
        // not said to publish, the name is the place the data comes from: a topic word
        Answer place = bot.ask("有没有来自鹭岛的网页数据？");
        assertEquals(List.of("islandweb"), ids(place), place.markdown());
    }
}
