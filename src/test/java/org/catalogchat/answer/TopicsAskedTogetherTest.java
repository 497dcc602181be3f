package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.catalogchat.testing.FixtureBot;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two topics joined by 和 with a word saying they come together (同时, 配对, "paired with") ask for one entry with
 * both: the entries writing only one side are not listed, as the reading apart would list them.
 */
class TopicsAskedTogetherTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(entries());

    private static FixtureCatalog.Entry[] entries() {
        var list = new ArrayList<FixtureCatalog.Entry>(List.of(
                entry("IntentAV").released("2023-01-01").publisher("某大学")
                        .description("IntentAV 是多模态对话意图数据集，每段对话同时提供视频和音频。"),
                entry("ClipQA").released("2022-01-01").publisher("某大学")
                        .description("ClipQA 是视频问答数据集。"),
                entry("SoundTags").released("2021-01-01").publisher("某公司")
                        .description("SoundTags 是音频分类数据集。")));
        // other topics, so that the two sides apart stay a narrow part of the catalog
        IntStream.range(0, 12).forEach(i -> list.add(entry("Table" + i).released("2020-01-0" + (1 + i % 9))
                .publisher("某研究所").description("Table" + i + " 收录了表格与文本。")));
        return list.toArray(FixtureCatalog.Entry[]::new);
    }

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void togetherKeepsTheJointReading() {
        Answer a = bot.ask("同时有视频和音频的数据");
        assertEquals(Set.of("intentav"), ids(a.sources()), a.markdown());
    }

    @Test
    void withoutTheCueTheTwoTopicsAreReadApart() {
        Answer a = bot.ask("视频和音频的数据");
        assertTrue(ids(a.sources()).containsAll(Set.of("intentav", "clipqa", "soundtags")), a.markdown());
    }
}
