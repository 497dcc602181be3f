package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.catalog.Sentences;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An item of a list of examples ("非法（如诈骗、恶意软件、勒索）") is one instance of a kind, not what the entry is
 * about: next to an entry about the item itself it is no member; alone it still answers.
 */
class ExampleListTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MalwareSet").released("2018-04-01").publisher("某安全公司")
                    .description("MalwareSet 收录了一百万个恶意软件文件的静态特征，用于恶意软件检测。"),
            entry("ChainGraph").released("2019-07-01").publisher("某区块链公司")
                    .description("ChainGraph 是比特币交易图数据集。约2%的交易被标为非法（如诈骗、恶意软件、勒索），其余为合法。"),
            entry("SoundBank").released("2015-10-01").publisher("某大学")
                    .description("SoundBank 是环境声音分类数据集，例如狗叫、雨声、咳嗽、敲门和警笛。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void anExampleIsNoMemberBesideAnEntryAboutIt() {
        assertEquals(Set.of("malwareset"), ids("恶意软件数据集有几个？"));
        assertTrue(bot.ask("恶意软件数据集有几个？").markdown().contains("1"), bot.ask("恶意软件数据集有几个？").markdown());
        assertEquals(Set.of("malwareset"), ids("malware datasets"));
    }

    @Test
    void anExampleAloneStillAnswers() {
        assertEquals(Set.of("soundbank"), ids("有没有狗叫的数据"));
    }

    @Test
    void aListOpenedByAnExampleCueCountsAsALongerList() {
        assertEquals(Sentences.EXAMPLE_ITEMS, Sentences.listItems("非法（如诈骗、恶意软件、勒索）", 5, 4));
        assertEquals(3, Sentences.listItems("包括诈骗、恶意软件和勒索", 5, 4));
        assertEquals(3, Sentences.listItems("如果诈骗、恶意软件和勒索", 5, 4));
    }
}
