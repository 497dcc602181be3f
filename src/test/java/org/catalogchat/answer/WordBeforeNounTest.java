package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An entry named by an ordinary word (MATH, the sizeless Human3.6M) is not meant where the asker types that word in
 * lower case before the noun it modifies: "math reasoning datasets" asks for a kind of data. The name still holds in
 * its own casing, before its kind ("the math dataset"), and where a detail of it is asked.
 */
class WordBeforeNounTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MATH").released("2021-03-05").publisher("加州大学伯克利分校")
                    .description("MATH 是竞赛数学题数据集，包含12,500道题目，题目来自高中数学竞赛，每道题附有分步推理解答。"),
            entry("GSM8K").released("2021-10-27").publisher("OpenAI")
                    .description("GSM8K 是小学数学应用题数据集，包含约8,500道题，每道题需要多步推理。"),
            entry("Human3.6M").released("2014-01-01").publisher("罗马尼亚科学院数学研究所")
                    .description("Human3.6M 是三维人体姿态数据集，包含360万个三维人体姿态及对应图像。"));

    private static List<String> ids(Answer a) {
        return a.sources().stream().map(Source::id).toList();
    }

    @Test
    void aLowerCaseWordBeforeItsNounAsksForAKindOfData() {
        Answer a = bot.ask("math reasoning datasets");
        assertNotEquals(Intent.FACT, a.intent(), a.markdown());
        Answer pose = bot.ask("human pose estimation datasets");
        assertNotEquals(Intent.FACT, pose.intent(), pose.markdown());
    }

    @Test
    void theNameInItsOwnCasingOrBeforeItsKindIsTheEntry() {
        assertEquals(List.of("math"), ids(bot.ask("Who released MATH?")));
        assertEquals(List.of("math"), ids(bot.ask("when did the math dataset come out?")));
    }

    @Test
    void aDetailAskedOfTheWordIsAboutTheEntry() {
        assertEquals(List.of("math"), ids(bot.ask("who published math?")));
    }
}
