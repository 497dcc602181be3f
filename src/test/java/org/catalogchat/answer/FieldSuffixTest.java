package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A field or quality (天文学, 多样性) that no entry writes is looked for as the word it is made from (天文, 多样). */
class FieldSuffixTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SkyScan").released("2015-03-01").publisher("某天文台")
                    .description("SkyScan 是一架天文望远镜的光谱巡天数据，收录两千万条恒星光谱。"),
            entry("StarMap").released("2016-09-14").publisher("某空间局")
                    .description("StarMap 是空间天文台的星表，收录十亿个天体的位置。"),
            entry("CellBank").released("2010-01-01").publisher("某研究所")
                    .description("CellBank 是细胞生物学实验图像数据集。"),
            entry("LeafPix").released("2012-01-01").publisher("某大学")
                    .description("LeafPix 收录了五万张生物叶片照片。"),
            entry("Reinforce").released("2020-01-01").publisher("某实验室")
                    .description("Reinforce 是离线强化学习基准。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aFieldNoEntryWritesIsLookedForByItsStem() {
        assertEquals(Set.of("skyscan", "starmap"), ids("有没有天文学的数据"));
    }

    @Test
    void aFieldSomeEntryWritesIsNotWidened() {
        // CellBank writes 生物学; LeafPix's 生物 is not asked for
        assertEquals(Set.of("cellbank"), ids("有没有生物学的数据"));
    }
}
