package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A noun that says what a dataset is made of (样本, samples, records) need not be written by an entry about the
 * rest of a topic question, unless some entry writes it together with the rest: then it narrows like any word.
 */
class ContainerNounsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("NoteBank").released("2017-04-01").publisher("某实验室")
                    .description("NoteBank 是一个乐器音符数据集，收录三十万个音符的声音，来自一千件乐器。"),
            entry("StreetSounds").released("2015-01-01").publisher("某大学")
                    .description("StreetSounds 是城市环境声音数据集，包含两千个录音样本。"),
            entry("MalwareSet").released("2018-04-01").publisher("某公司")
                    .description("MalwareSet 收录了一百万个恶意软件样本的静态特征，用于恶意软件检测。"),
            entry("ChainGraph").released("2019-07-01").publisher("某公司")
                    .description("ChainGraph 是比特币交易图数据集，用于反洗钱研究。交易被标为合法或非法，非法类别包括诈骗、恶意软件和勒索等。"),
            entry("RiverGauge").released("2001-01-01").publisher("某研究所")
                    .description("RiverGauge 汇集了各水文站的水位记录。"),
            entry("StationDaily").released("2012-01-01").publisher("某气象中心")
                    .description("StationDaily 是全国气象站的日值数据，要素包括气温、降水和风速。"),
            entry("StormRain").released("2016-01-01").publisher("某大学")
                    .description("StormRain 是台风期间的降水观测数据集。"),
            entry("WebWeave").released("2023-04-01").publisher("某研究院")
                    .description("WebWeave 是一个图文交错的网页文档语料库，图片和文字相互交错。"),
            entry("PageMix").released("2024-06-01").publisher("某大学")
                    .description("PageMix 是一个大规模图文交错数据集，收录十亿张图片和万亿个文本令牌。"),
            entry("PaperLens").released("2024-05-01").publisher("某学院")
                    .description("PaperLens 是科学论文理解数据集，包含五万篇论文的图表。论文里偶有图文交错的片段。"));

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void aContainerNoEntryWritesWithTheRestIsNotRequired() {
        // no entry writes 降水 with 记录: the rainfall entries answer "rainfall records"; the one writing only
        // 记录 (of river levels) is not about rainfall
        assertEquals(Set.of("stationdaily", "stormrain"), ids(bot.ask("降水记录").sources()));
        assertEquals(Set.of("stationdaily", "stormrain"), ids(bot.ask("rainfall records").sources()));
        // no entry writes 乐器, 声音 and 样本 together: the notes of instruments answer "sound samples of instruments"
        assertTrue(ids(bot.ask("乐器的声音样本").sources()).contains("notebank"));
    }

    @Test
    void aContainerSomeEntryWritesWithTheRestStillNarrows() {
        // MalwareSet writes malware samples; ChainGraph only lists malware among its classes
        assertEquals(Set.of("malwareset"), ids(bot.ask("恶意软件样本").sources()));
        assertEquals(Set.of("malwareset"), ids(bot.ask("malware samples").sources()));
    }

    @Test
    void anEntryAsMuchAboutTheTopicAsAMemberNeedNotWriteTheContainer() {
        // WebWeave writes 文档 with 图文交错; PageMix is as much an interleaved image-text dataset without 文档;
        // PaperLens writes 图文交错 only in passing, below WebWeave's: it stays out
        for (String q : List.of("interleaved image-text documents", "any datasets of interleaved image-text documents?")) {
            assertEquals(Set.of("webweave", "pagemix"), ids(bot.ask(q).sources()), q);
        }
    }

    @Test
    void aCountStaysExact() {
        Answer a = bot.ask("有几个降水记录数据集？");
        assertFalse(ids(a.sources()).contains("stationdaily"), a.markdown());
    }
}
