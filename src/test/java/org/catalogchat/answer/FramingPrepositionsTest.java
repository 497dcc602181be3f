package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A preposition of place or path or a reflexive pronoun frames a topic ("built around chess", "poses across
 * frames"): it is no word an entry must write, so the question is not "not in the catalog" for it.
 */
class FramingPrepositionsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("BlockWorld").released("2022-06-01").publisher("某公司")
                    .description("BlockWorld 是基于 Minecraft 游戏的智能体基准，收录了大量游戏视频。"),
            entry("CraftDemos").released("2019-07-01").publisher("某大学")
                    .description("CraftDemos 收录了人类玩家在 Minecraft 中的示范轨迹。"),
            entry("ChessGames").released("2018-01-01").publisher("某大学")
                    .description("ChessGames 收录了一百万盘国际象棋对局。"),
            entry("ChessPuzzles").released("2020-01-01").publisher("某大学")
                    .description("ChessPuzzles 是国际象棋残局题目数据集。"));

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void aFramingPrepositionIsNoWordOfTheTopic() {
        Answer a = bot.ask("How many datasets are built around chess?");
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("chessgames", "chesspuzzles"), ids(a.sources()), a.markdown());
        assertTrue(a.markdown().contains("2"), a.markdown());
    }
}
