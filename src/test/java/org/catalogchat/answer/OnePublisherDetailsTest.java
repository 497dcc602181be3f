package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A detail (licence, duration, a counted noun) asked of what a publisher released, when it released one entry only,
 * is asked of that entry; a licence written as 公有领域 is a licence. A small catalog with made-up names.
 */
class OnePublisherDetailsTest {
    private static final String CATALOG = """
            ### Harbor Sounds

            - 发布时间：2021-01-01
            - 发布机构：某海洋声学研究所
            - 数据集说明：Harbor Sounds 收录了港口环境的水下声音，包含1,200段录音，每段约30秒。
            - 这些声音以 CC0 协议发布，任何人都可以免费使用。

            ### Glimmer Street Scenes

            - 发布时间：2020-01-01
            - 发布机构：Glimmer
            - 数据集说明：Glimmer Street Scenes 是街景感知数据集，包含800个场景，每个场景时长20秒。

            ### Chorus

            - 发布时间：2019-01-01
            - 发布机构：Mozzle
            - 数据集说明：Chorus 是众包收集的多语种朗读语音语料库，最新版本包含29种语言。

            ### Old Letters

            - 发布时间：2017-01-01
            - 发布机构：某档案馆
            - 数据集说明：Old Letters 包含3,000封手写信件的扫描件和转写文本，以公有领域发布。

            ### River Gauges

            - 发布时间：2015-01-01
            - 发布机构：某水文大学
            - 数据集说明：River Gauges 记录了200个水文站的日流量。

            ### Lake Gauges

            - 发布时间：2016-01-01
            - 发布机构：某水文大学
            - 数据集说明：Lake Gauges 记录了50个湖泊的日水位。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void aLicenceAskedOfAPublishersOnlyEntryIsThatEntrysLicence() {
        // the entry writes 声音 and 录音, not the asked 音频: the publisher alone selects it
        Answer a = bot.ask("某海洋声学研究所的音频用什么协议发布？");
        assertEquals(List.of("harbor-sounds"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("CC0"), a.markdown());
    }

    @Test
    void aPublisherThatOpensItsOnlyEntrysNameNamesItWhenADetailIsAsked() {
        Answer a = bot.ask("How long is each Glimmer scene?");
        assertEquals(List.of("glimmer-street-scenes"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("20秒"), a.markdown());
        Answer b = bot.ask("Can I use the Glimmer data commercially?");
        assertEquals(List.of("glimmer-street-scenes"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("does not state"), b.markdown());
    }

    @Test
    void aPossessiveOwnerIsTheOwnersWordAndItsOneEntryCountsTheAskedNoun() {
        Answer a = bot.ask("How many languages does Mozzle's voice corpus cover?");
        assertEquals(List.of("chorus"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("29种语言"), a.markdown());
    }

    @Test
    void publicDomainIsALicence() {
        Answer a = bot.ask("What licence is Old Letters released under?");
        assertEquals(List.of("old-letters"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("公有领域"), a.markdown());
        assertFalse(a.markdown().contains("does not state"), a.markdown());
    }

    @Test
    void aPublisherOfSeveralEntriesIsNoOneEntrysDetailAndAListStaysAList() {
        Answer a = bot.ask("某水文大学的数据用什么协议发布？");
        assertFalse(ids(a).size() == 1, a.markdown());
        Answer b = bot.ask("Which datasets did Glimmer release?");
        assertEquals(List.of("glimmer-street-scenes"), ids(b), b.markdown());
        assertTrue(b.intent() != Intent.FACT, b.markdown());
    }
}
