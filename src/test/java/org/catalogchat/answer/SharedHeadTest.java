package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two topics joined by 和 that share a head written once (道路和混凝土裂缝 = 道路裂缝 + 混凝土裂缝; 水下图像增强和语义分割 =
 * 水下图像增强 + 水下图像语义分割) count and list the entries of either topic: the head goes to both sides. Read jointly
 * the phrase is one subject no entry writes and the count is 0; read apart without the head, 道路 alone lists every
 * road entry.
 */
class SharedHeadTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("RoadCrackSet").released("2019-06-01").publisher("某大学")
                    .description("RoadCrackSet 收集了城市道路的裂缝图像，标注了每条裂缝的位置。"),
            entry("ConcreteSet").released("2020-06-01").publisher("某大学")
                    .description("ConcreteSet 是一个混凝土裂缝图像数据集，图像取自桥梁和墙体。"),
            entry("RoadTrafficSet").released("2021-06-01").publisher("某公司")
                    .description("RoadTrafficSet 记录了高速道路上的车流量和车速。"),
            entry("SeaEnhance").released("2019-03-01").publisher("某研究所")
                    .description("SeaEnhance 是真实水下图像增强基准，每张图配有参考图。"),
            entry("SeaSegment").released("2020-03-01").publisher("某研究所")
                    .description("SeaSegment 是水下图像语义分割数据集，逐像素标注了鱼类和珊瑚。"),
            entry("StreetSegment").released("2021-03-01").publisher("某公司")
                    .description("StreetSegment 是城市街景图像语义分割数据集，标注了道路和行人。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void theHeadAfterTheSecondSideIsSharedByTheFirst() {
        assertEquals(Set.of("roadcrackset", "concreteset"), ids("道路和混凝土裂缝相关的数据集有几个？"));
        assertTrue(bot.ask("道路和混凝土裂缝相关的数据集有几个？").markdown().contains("2"));
    }

    @Test
    void theHeadBeforeTheFirstSideIsSharedByTheSecond() {
        assertEquals(Set.of("seaenhance", "seasegment"), ids("水下图像增强和语义分割数据集有几个？"));
    }
}
