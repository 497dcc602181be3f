package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Chinese word the catalog never writes reaches the plan character by character (声纹 of 声纹识别 as 声 + 纹). An
 * entry writing those characters inside words of its own (纹 in 指纹, 声 in 声音) writes neither the word nor a part
 * of it: with the rest of the topic (识别) it would be a confident wrong member. A character asked on its own (鱼)
 * is a word and still selects.
 */
class CutWordCharactersTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("PrintSet").released("2004-01-01").publisher("某大学")
                    .description("PrintSet 是一个指纹识别数据库，包含880张指纹图像。"),
            entry("SoundEvents").released("2019-01-01").publisher("某大学")
                    .description("SoundEvents 是一个声音事件数据集，包含5000段环境声音。"),
            entry("FishCount").released("2021-01-01").publisher("某大学")
                    .description("FishCount 是一个水下鱼类计数数据集，包含2万张鱼的图像。"),
            entry("GaitSet").released("2006-08-01").publisher("某研究所")
                    .description("GaitSet 是一个步态识别数据库，共124名受试者。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void charactersOfAnUnwrittenWordInsideOtherWordsAreNoMember() {
        String q = "有没有声纹识别的数据集？";
        assertEquals(Set.of(), ids(q), bot.ask(q).markdown());
        assertTrue(bot.ask(q).markdown().contains("目录中没有"), bot.ask(q).markdown());
    }

    @Test
    void aCharacterAskedOnItsOwnStillSelects() {
        assertEquals(Set.of("fishcount"), ids("鱼的图像"));
    }
}
