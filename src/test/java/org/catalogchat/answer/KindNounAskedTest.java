package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "resources" after a topic names the kind of entry asked, as "datasets" does, under a filter or not. */
class KindNounAskedTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("PixEdit").released("2023-03-01").publisher("某大学")
                    .description("PixEdit 是指令式图像编辑数据集，包含45万组编辑前后的图像。"),
            entry("BrushSet").released("2023-06-01").publisher("某研究院")
                    .description("BrushSet 是人工标注的图像编辑数据集，包含1万组编辑样例。"),
            entry("LateEdit").released("2024-05-01").publisher("某大学")
                    .description("LateEdit 是大规模图像编辑数据集。"),
            entry("RiverFlow").released("2020-01-01").publisher("某水文站")
                    .description("RiverFlow 记录了河流流量。"));

    @Test
    void resourcesUnderADateFilterAreTheEntriesAsked() {
        // was "not in the catalog": "resources" a subject no entry writes
        Answer a = bot.ask("Which image editing resources came out before 2024?");
        assertEquals(Set.of("pixedit", "brushset"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void resourcesUnderAPublisherAreTheEntriesAsked() {
        Answer a = bot.ask("How many image editing resources did 某大学 publish?");
        assertEquals(Set.of("pixedit", "lateedit"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void aDictionaryPhraseKeepsItsNoun() {
        String q = "Which water resources datasets are there?";
        assertEquals(q, KindNounAsked.without(q, q, List.of("resources"), p -> p.equals("water resources")));
        String editing = "Which image editing resources are there?";
        assertEquals("Which image editing           are there?", KindNounAsked.without(editing, editing, List.of("resources"), p -> false));
    }
}
