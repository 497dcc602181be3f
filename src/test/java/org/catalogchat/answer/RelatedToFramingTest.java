package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 跟…有关 frames a Chinese topic the way 与…相关 does: 有关 ("related") is no word an entry must write, so
 * "有几个跟舞蹈有关的数据集？" counts the dance datasets, even where some entry writes 有关 of something else.
 */
class RelatedToFramingTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("DanceMotion").released("2021-01-01").publisher("某大学")
                    .description("DanceMotion 收录了三维舞蹈动作序列。"),
            entry("StreetDance").released("2022-01-01").publisher("某公司")
                    .description("StreetDance 是街舞舞蹈视频数据集。"),
            entry("WalkData").released("2020-01-01").publisher("某大学")
                    .description("WalkData 记录了行走时的步态，与健康有关。"));

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void youGuanFramesTheTopic() {
        Answer a = bot.ask("有几个跟舞蹈有关的数据集？");
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(Set.of("dancemotion", "streetdance"), ids(a.sources()), a.markdown());
    }
}
