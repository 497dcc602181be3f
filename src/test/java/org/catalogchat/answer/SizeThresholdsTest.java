package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "More than N samples": each entry is measured in its own unit, never by the parts of a sample. */
class SizeThresholdsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("BirdPairs").released("2024-01-01").publisher("某大学")
                    .description("BirdPairs 是一个鸟类图文数据集，包含5.85亿个图像-文本对。"),
            entry("BirdWeb").released("2023-01-01").publisher("某研究院")
                    .description("BirdWeb 是一个网页交错数据集，包含3亿张图像和1万亿个文本Token。"),
            entry("BirdText").released("2022-01-01").publisher("某公司")
                    .description("BirdText 是一个鸟类文本语料，包含2000万条样本，共5000亿个Token。"),
            entry("BirdCaps-120M").released("2021-01-01").publisher("某实验室")
                    .description("BirdCaps 是一个鸟类图像字幕数据集，每个条目有图片网址和标题两个字段。"),
            entry("BirdClips").released("2020-01-01").publisher("某大学")
                    .description("BirdClips 是一个鸟类视频数据集，包含500万个视频。"));

    @Test
    void genericSamplesAreEachEntrysOwnUnitNotItsTokens() {
        // only the figures written in 条/样本 counted: BirdWeb (images) and BirdPairs (pairs) were missed, a wrong list
        for (String q : List.of("which datasets have more than 100 million samples?", "哪些数据集超过1亿条样本？",
                "datasets with over 100 million items")) {
            Answer a = bot.ask(q);
            assertEquals(Set.of("birdpairs", "birdweb", "birdcaps-120m"), Set.copyOf(ids(a)), q + "\n" + a.markdown());
            assertTrue(a.markdown().contains("5.85亿"), a.markdown()); // the figure each entry meets it by
        }
    }

    @Test
    void aNamedUnitIsStillThatUnit() {
        Answer tokens = bot.ask("which datasets have more than 1 billion tokens?");
        assertEquals(Set.of("birdweb", "birdtext"), Set.copyOf(ids(tokens)), tokens.markdown());
        Answer videos = bot.ask("which datasets have more than 1 million videos?");
        assertEquals(List.of("birdclips"), ids(videos), videos.markdown());
    }
}
