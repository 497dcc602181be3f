package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One word of an English topic that no entry writes, beside two or more content words that a few entries write
 * together, is set aside: those entries answer and the answer names the word. A subject asked with only one other word,
 * written as what the data is of ("videos of elephants") or as the phrase's head ("... statistics"), keeps the answer
 * "not in the catalog".
 */
class CorroboratedRestTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Crash").released("2023-06-01").publisher("某交通大学")
                    .description("Crash 是交通事故视频数据集，收录了一万多段行车记录仪拍到的事故视频。"),
            entry("Cooking").released("2019-03-01").publisher("某大学")
                    .description("Cooking 是烹饪教学视频数据集，包含两千段视频。"),
            entry("Street").released("2020-03-01").publisher("某研究所")
                    .description("Street 收录了城市街景图像，标注了行人和车辆。"),
            entry("Faces").released("2018-03-01").publisher("某实验室")
                    .description("Faces 是人脸图像数据集，包含五万张图像。"),
            entry("Feel").released("2024-03-01").publisher("某大学")
                    .description("Feel 是触觉数据集，用机器人手指按压不同材质的物体，记录不同粒度的触觉信号。"));

    private static Set<String> ids(String q) {
        List<Source> sources = bot.ask(q).sources();
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    private static void notInCatalog(String q) {
        var a = bot.ask(q);
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().toLowerCase(Locale.ROOT).contains("not in the catalog"), a.markdown());
    }

    @Test
    void aLoneWordBesideARestWrittenTogetherIsSetAside() {
        // nothing writes "shallow"; only Crash writes traffic, accident and video together; a degree adjective
        // (WordNet: shallow measures depth) qualifies the compound it stands before rather than naming a narrower thing
        assertEquals(Set.of("crash"), ids("shallow traffic accident videos"));
        assertTrue(bot.ask("shallow traffic accident videos").markdown().contains("shallow"), "the word set aside is named");
    }

    @Test
    void aModifierOfACompoundStaysAsked() {
        // "winter" stands right before "traffic": a noun compound names a narrower thing ("wind turbine sensor data")
        notInCatalog("winter traffic accident videos");
        assertTrue(EntrySelection.degreeAdjective("shallow"));
        assertFalse(EntrySelection.degreeAdjective("wind"));
    }

    @Test
    void whatTheDataIsOfStaysAsked() {
        notInCatalog("traffic accident videos of elephants");
    }

    @Test
    void theHeadOfThePhraseStaysAsked() {
        // the last word names what is asked ("soccer match statistics" are no match videos)
        notInCatalog("traffic accident video statistics");
    }

    @Test
    void aSubjectAskedWithOneOtherWordStaysAsked() {
        // "rubbish" is what is asked; "images" alone corroborates nothing
        notInCatalog("images of rubbish");
    }

    @Test
    void depictedReadsThePrepositionBeforeTheWord() {
        assertTrue(EntrySelection.depicted("videos of the elephants", "elephants"));
        assertTrue(EntrySelection.depicted("data on rubbish", "rubbish"));
        assertTrue(EntrySelection.depicted("the height of the land", "height"));
        assertFalse(EntrySelection.depicted("traffic accident videos in winter", "winter"));
    }

    @Test
    void aWordOfVarietyCorroboratesNothing() {
        // Feel writes robots and "different" (不同) together, but any entry listing more than one of anything writes
        // "different": the rest is "robots" alone, too little to set "pools" aside
        notInCatalog("one dataset that pools data from lots of different kinds of robots");
    }

    @Test
    void varietyWordsAreDeterminerLike() {
        assertTrue(VarietyWords.only("different"));
        assertTrue(VarietyWords.only("lots of"));
        assertTrue(VarietyWords.only("各种"));
        assertFalse(VarietyWords.only("robots"));
        assertFalse(VarietyWords.only("different robots"));
    }
}
