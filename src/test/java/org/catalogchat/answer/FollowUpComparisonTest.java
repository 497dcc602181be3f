package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A follow-up with "it" and a second named entry: "it" is the earlier entry, the one named now is what it is
 * compared with. Where the earlier entry's text measures itself against that one ("比LAION-5B大1.7倍"), that
 * sentence answers and only the earlier entry is the source; otherwise both are compared.
 */
class FollowUpComparisonTest {
    private static final String CATALOG = """
            ### BigCorpus

            - 发布时间：2024-06-12
            - 发布机构：某实验室
            - 数据集说明：BigCorpus 是一个图文交错语料，包含86亿张图像。
            - 与之前最大的数据集 OldPairs 相比，BigCorpus 在图像方面大了1.7倍。

            ### OldPairs

            - 发布时间：2022-03-31
            - 发布机构：某组织
            - 数据集说明：OldPairs 是一个图文对数据集，包含58.5亿个图像-文本对。

            ### GameDemos

            - 发布时间：2019-07-29
            - 发布机构：某大学
            - 数据集说明：GameDemos 是一个游戏人类示范数据集，包含6,000万个状态-动作对。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);


    @Test
    void itIsTheEarlierEntryAndItsOwnSentenceMeasuresItAgainstTheOther() {
        Answer a = bot.conversation("介绍一下BigCorpus", "它比OldPairs大多少？");
        assertEquals(List.of("bigcorpus"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("1.7倍"), a.markdown());
    }

    @Test
    void withoutSuchASentenceBothAreCompared() {
        Answer a = bot.conversation("Tell me about GameDemos", "how is it different from OldPairs?");
        assertEquals(List.of("gamedemos", "oldpairs"), ids(a), a.markdown());
        assertEquals(Intent.COMPARE, a.intent());
    }
}
