package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word that only qualifies the thing asked (a relative clause's verb, an adverb, a participle after a noun) and that
 * no entry writes does not sink a topic whose own words are written; the entries writing every other word answer, and
 * none writing fewer. The thing itself, written nowhere, keeps the answer "not in the catalog".
 */
class QualifyingWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Pests").released("2019-06-01").publisher("某农业大学")
                    .description("Pests 是农作物害虫图像数据集，包含102类害虫的七万多张图像。"),
            entry("Leaves").released("2018-01-01").publisher("某研究所")
                    .description("Leaves 是农作物叶片病害图像数据集，人工标注了五万多张图像。"),
            entry("Grasp").released("2020-03-01").publisher("某机器人实验室")
                    .description("Grasp 记录了机器人抓取物体的演示视频。"));

    private static Set<String> ids(String q) {
        List<Source> sources = bot.ask(q).sources();
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void aRelativeClausesVerbWrittenNowhereIsSetAside() {
        // nothing writes "damage"; Pests writes insects, crops and images. Leaves writes crops and images but no insects:
        // with the verb already set aside it is no partial match
        assertEquals(Set.of("pests"), ids("images of insects that damage crops"));
        assertTrue(bot.ask("images of insects that damage crops").markdown().contains("damage"), "the word set aside is named");
    }

    @Test
    void anAdverbWrittenNowhereIsSetAside() {
        assertEquals(Set.of("leaves"), ids("crop leaf images, carefully labelled"));
    }

    @Test
    void theThingAQualifierQualifiesStaysAsked() {
        // "fold" qualifies, "laundry" is what is folded: written nowhere, it keeps the answer "not in the catalog"
        var a = bot.ask("videos of robots that fold laundry");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().toLowerCase(Locale.ROOT).contains("not in the catalog"), a.markdown());
    }
}
