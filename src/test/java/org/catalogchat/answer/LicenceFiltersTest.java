package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A licence named in a question filters the entries that write that licence, however the catalog spells it. */
class LicenceFiltersTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ClipSet").released("2020-10-01").publisher("某大学")
                    .description("ClipSet 是一个声音片段数据集，数据集整体以 CC BY 4.0 协议发布。"),
            entry("ContractText").released("2021-03-01").publisher("某项目")
                    .description("ContractText 是一个合同文本数据集，以 CC-BY-4.0 发布。"),
            entry("SceneScans").released("2019-04-01").publisher("某大学")
                    .description("SceneScans 是一个激光雷达扫描数据集，数据沿用 CC BY-NC-SA 3.0 协议。"),
            entry("PhraseBank").released("2013-07-01").publisher("某大学")
                    .description("PhraseBank 是一个金融新闻句子数据集，以 CC BY-SA 4.0 协议发布。"),
            entry("GameRecords").released("2013-01-01").publisher("某网站")
                    .description("GameRecords 收录在线对局记录，全部数据以 CC0 协议发布。"),
            entry("ChatTurns").released("2023-04-01").publisher("某团队")
                    .description("ChatTurns 是一个对话数据集，以 Apache 2.0 许可发布。"),
            entry("CrowdCorpus").released("2022-04-01").publisher("某公司")
                    .description("CrowdCorpus 是一个偏好数据集，以 MIT 许可证发布。"));

    @Test
    void aLicenceAskedInEnglishIsAFilterNotAName() {
        // "CC" read as a dataset name: "CC is not in the catalog", though two entries are CC BY 4.0
        assertEquals(Set.of("clipset", "contracttext"), Set.copyOf(ids(bot.ask("Which datasets are released under CC BY 4.0?"))));
        assertEquals(List.of("chatturns"), ids(bot.ask("Which datasets are released under Apache 2.0?")));
        assertEquals(List.of("crowdcorpus"), ids(bot.ask("Which datasets use the MIT license?")));
    }

    @Test
    void aVersionAndTheElementsOfACreativeCommonsLicenceAreKept() {
        // the version is no number to drop: CC BY-SA 4.0 is not CC BY-NC-SA 3.0
        assertEquals(List.of("phrasebank"), ids(bot.ask("哪些数据集以 CC BY-SA 4.0 协议发布？")));
        // without a version, CC BY holds at any version but not with one more element (CC BY-SA, CC BY-NC-SA)
        assertEquals(Set.of("clipset", "contracttext"), Set.copyOf(ids(bot.ask("Which datasets are CC BY?"))));
        // the family holds for every Creative Commons licence, CC0 too
        assertEquals(Set.of("clipset", "contracttext", "scenescans", "phrasebank", "gamerecords"),
                Set.copyOf(ids(bot.ask("Which datasets use a Creative Commons licence?"))));
    }

    @Test
    void aLicenceNoEntryWritesIsNotInTheCatalog() {
        Answer a = bot.ask("Which datasets are released under CC BY-ND 4.0?");
        assertTrue(ids(a).isEmpty(), a.markdown());
    }

    @Test
    void theFormsOfALicenceAreTheWaysItIsWritten() {
        Subject s = LicenceNames.in("which datasets are cc-by-nc 4.0?").get(0).subject();
        assertEquals("CC BY-NC 4.0", s.text());
        assertTrue(s.forms().containsAll(List.of("CC BY-NC 4.0", "CC-BY-NC-4.0", "知识共享署名-非商业性使用 4.0")), s.forms().toString());
        // MIT alone is an institute
        assertTrue(LicenceNames.in("datasets from MIT").isEmpty());
    }
}
