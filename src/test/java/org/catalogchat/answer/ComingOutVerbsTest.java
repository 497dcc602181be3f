package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "2020年都出了哪些数据集？", "How many datasets appeared in 2017?": a plain verb of coming out (出, 推出, 问世,
 * "appeared") says when, as 发布 and "came out" do, and is no topic. Read as one, 出 matched every entry writing 提出 or
 * 出版 and "appeared" every entry whose paper "appeared" somewhere, so the year's list or count held only those (a
 * confident 1 of 2 on the unseen catalogs' dev sets).
 */
class ComingOutVerbsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("LeafScan").released("2020-03-01").publisher("东湖大学")
                    .description("LeafScan 由东湖大学提出，收录五千张病害叶片照片，论文 appeared at a 2020 workshop。"),
            entry("RiverFlow").released("2020-09-01").publisher("西山研究所")
                    .description("RiverFlow 记录了十条河流十年的日流量。"),
            entry("CityNoise").released("2019-05-01").publisher("南城公司")
                    .description("CityNoise 是城市噪声录音数据集，由南城公司提出。"));

    @ParameterizedTest
    @ValueSource(strings = {"2020年都出了哪些数据集？", "2020年一共出了几个数据集？", "How many datasets appeared in 2020?",
            "Which datasets appeared in 2020?", "2020年推出了哪些数据集？"})
    void aVerbOfComingOutLeavesTheYearsWholeSet(String question) {
        Answer a = bot.ask(question);
        assertEquals(2, a.sources().size(), a.markdown());
        assertTrue(a.sources().stream().noneMatch(s -> s.id().equals("citynoise")), a.markdown());
    }
}
