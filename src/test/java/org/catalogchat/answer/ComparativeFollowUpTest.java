package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After an answer about a few entries, "which one is bigger/older?", 哪个更新？, 哪个用户更多？ rank those entries and
 * name the one that wins with its figure or date, as the superlative would; an entry that states no figure is named.
 */
class ComparativeFollowUpTest {
    private static final String CATALOG = """
            ### ShopLog

            - 发布时间：2018-01-01
            - 发布机构：某电商
            - 数据集说明：ShopLog 随机抽取了约100万名（987,994名）用户的购物行为，共1亿条记录。

            ### BasketSet

            - 发布时间：2017-05-03
            - 发布机构：某超市
            - 数据集说明：BasketSet 包含超过20万名匿名用户的300多万笔订单。

            ### SpeechBig

            - 发布时间：2021-10-07
            - 发布机构：某大学
            - 数据集说明：SpeechBig 是一个普通话语音语料库，总时长超过22,400小时。

            ### SpeechSmall

            - 发布时间：2017-09-16
            - 发布机构：某公司
            - 数据集说明：SpeechSmall 是一个普通话语音数据库，总时长178小时。

            ### LeafPics

            - 发布时间：2015-11-25
            - 发布机构：某农业大学
            - 数据集说明：LeafPics 是植物病害叶片图像数据集，包含54,306张叶片照片。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void whichIsOlderRanksTheComparedEntriesByDate() {
        Answer a = bot.conversation("Compare ShopLog and BasketSet", "which one is older?");
        assertEquals(List.of("basketset"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2017-05-03"), a.markdown());
    }

    @Test
    void aChineseComparativeOfANounRanksByThatNoun() {
        Answer a = bot.conversation("ShopLog 和 BasketSet 有什么区别？", "哪个用户更多？");
        assertEquals(List.of("shoplog"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("987,994"), a.markdown());
    }

    @Test
    void aLongerDurationIsRankedNotAskedOfEach() {
        Answer a = bot.conversation("SpeechBig 和 SpeechSmall 有什么不同？", "哪个时长更长？");
        assertEquals(List.of("speechbig"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("22,400"), a.markdown());
    }

    @Test
    void anEntryStatingNoFigureIsNamed() {
        Answer a = bot.conversation("Compare ShopLog and LeafPics", "which one has more users?");
        assertEquals(List.of("shoplog"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("does not state this for **LeafPics**"), a.markdown());
    }

    @Test
    void theComparativeBecomesTheSuperlative() {
        assertEquals(Optional.of("which one is biggest?"), ComparativeFollowUp.asSuperlative("which one is bigger?"));
        assertEquals(Optional.of("which has most images?"), ComparativeFollowUp.asSuperlative("which has more images?"));
        assertEquals(Optional.of("哪个最新？"), ComparativeFollowUp.asSuperlative("哪个更新？"));
        assertEquals(Optional.of("哪个用户最多？"), ComparativeFollowUp.asSuperlative("哪个用户更多？"));
        // no "which": not a pick among the entries; 更新 as "update" is no comparative
        assertEquals(Optional.empty(), ComparativeFollowUp.asSuperlative("tell me more about it"));
        assertEquals(Optional.empty(), ComparativeFollowUp.asSuperlative("哪个更新频率高？"));
    }
}
