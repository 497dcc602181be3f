package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A figure an entry writes in parentheses after another release's name is that release's, not the entry's: asked
 * about the entry, it is neither quoted as the answer nor as the entry's size. A part the entry introduces as its own
 * (分为 A、B（各…行）) keeps its figures. A small catalog written here, with made-up names.
 */
class OtherReleaseFiguresTest {
    private static final String CATALOG = """
            ### RoadPulse

            - 发布时间：2017-07-06
            - 发布机构：某交通大学
            - 数据集说明：RoadPulse 是道路交通速度数据集，来自城市高速公路上的207个环形线圈检测器，按5分钟聚合。
            - 同一论文还发布了来自另一系统的 BAY-FLOW（湾区325个传感器、6个月），两者是交通预测的常用基准。

            ### GridHeat

            - 发布时间：2020-12-14
            - 发布机构：某电力研究院
            - 数据集说明：GridHeat 是变压器温度数据集，数据采集自两个县的电力变压器。
            - 数据集分为小时级的 GH-h1、GH-h2（各17,420行）和分钟级的 GH-m1、GH-m2（各69,680行）。

            ### BirdCalls

            - 发布时间：2019-03-01
            - 发布机构：某鸟类研究所
            - 数据集说明：BirdCalls 是鸟鸣录音数据集，包含300个物种的12,000段录音。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void aFigureInParenthesesAfterAnotherReleaseIsNotTheEntrys() {
        for (String q : List.of("How many sensors does RoadPulse have?", "RoadPulse 有多少个传感器？")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("roadpulse"), ids(a), a.markdown());
            assertFalse(a.markdown().contains("325"), a.markdown());
        }
    }

    @Test
    void aPartTheEntryIntroducesKeepsItsFigures() {
        Answer a = bot.ask("GridHeat 小时级的数据各有多少行？");
        assertEquals(List.of("gridheat"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("17,420"), a.markdown());
    }

    @Test
    void theOtherReleasesFigureIsNotTheEntrysSize() {
        Answer a = bot.ask("Tell me about RoadPulse");
        assertTrue(a.markdown().contains("207"), a.markdown());
        assertFalse(a.markdown().contains("325个传感器"), a.markdown());
    }
}
