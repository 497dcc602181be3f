package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A superlative of hours within a topic ranks the topic's entries by their hours. */
class RankedByHoursTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SoundClips").released("2020-10-01").publisher("某大学")
                    .description("SoundClips 是一个环境声音数据集，总时长108.3小时。"),
            entry("ClipPairs").released("2020-04-01").publisher("某大学")
                    .description("ClipPairs 从网络视频中截取声音片段，总长约550小时。"),
            entry("ChemAtlas").released("2009-01-01").publisher("某研究所")
                    .description("ChemAtlas 是一个化合物数据库，数据整理自已发表的文献。"));

    @Test
    void theMaterialTheHoursMeasureSelectsNothing() {
        // "material" was a subject (material → 文献): the chemistry database was the only "audio dataset" asked about
        Answer a = bot.ask("Which audio dataset has the most hours of material?");
        assertEquals(List.of("clippairs"), ids(a).subList(0, 1), a.markdown());
        assertTrue(a.markdown().contains("550"), a.markdown());
    }
}
