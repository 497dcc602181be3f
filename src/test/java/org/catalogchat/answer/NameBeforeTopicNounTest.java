package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A capitalised name before a topic noun ("Atari games") is a word of the topic when an entry writes the name right
 * before that noun ("Atari 2600 游戏", a model number between): the question asks for games of that kind, not for a
 * dataset called Atari. Asked alone, the name is still a dataset the catalog does not have.
 */
class NameBeforeTopicNounTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ReplayLog").released("2019-07-01").publisher("某公司")
                    .description("ReplayLog 是一个离线强化学习数据集，记录了智能体在60款 Atari 2600 游戏上训练时的全部交互。"),
            entry("BlockWorld").released("2022-06-01").publisher("某大学")
                    .description("BlockWorld 是基于一款沙盒游戏的智能体研究框架，附带游戏视频。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aNameTheCatalogWritesBeforeTheNounIsATopicWord() {
        assertEquals(Set.of("replaylog"), ids("datasets of Atari games"));
    }

    @Test
    void theNameAloneIsStillNoDataset() {
        assertTrue(bot.ask("Do you have Atari?").markdown().contains("Not in the catalog"), bot.ask("Do you have Atari?").markdown());
    }
}
