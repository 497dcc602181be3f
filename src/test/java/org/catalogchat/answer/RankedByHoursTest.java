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
                    .description("ChemAtlas 是一个化合物数据库，数据整理自已发表的文献。"),
            entry("VidCaps").released("2024-06-06").publisher("某团队")
                    .description("VidCaps 是一个视频描述数据集，其中包括4万条（共291小时）由模型标注的视频数据。研究者用描述模型进一步标注了480万条，总时长3000小时的视频数据VidCaps 4.8M。"),
            entry("BenchVideos").released("2024-06-03").publisher("某大学")
                    .description("BenchVideos 是一个视频理解评测基准，包含900个视频，总时长达256小时。"));

    @Test
    void theMaterialTheHoursMeasureSelectsNothing() {
        // "material" was a subject (material → 文献): the chemistry database was the only "audio dataset" asked about
        Answer a = bot.ask("Which audio dataset has the most hours of material?");
        assertEquals(List.of("clippairs"), ids(a).subList(0, 1), a.markdown());
        assertTrue(a.markdown().contains("550"), a.markdown());
    }

    @Test
    void aFigureOfAnotherReleaseNamedAfterTheEntryIsNotItsOwn() {
        // "…总时长3000小时的视频数据VidCaps 4.8M" is the larger release's; the entry itself has 291 hours
        Answer a = bot.ask("Among the June 2024 releases, which has the most hours of video?");
        assertEquals(List.of("vidcaps"), ids(a).subList(0, 1), a.markdown());
        assertTrue(a.markdown().contains("291") && !a.markdown().contains("3000"), a.markdown());
    }
}
