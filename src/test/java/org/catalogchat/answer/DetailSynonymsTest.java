package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A detail asked in other words than the entry's: a Chinese word the entry never writes finds the sentence that
 * writes a word with its head character (比赛 → 竞赛, 追溯 → 回溯), for one entry only; a comparison sets each
 * entry's size beside the other's whatever the measure word (行 rows, 笔 transactions).
 */
class DetailSynonymsTest {
    private static final String CATALOG = """
            ### WheatSet

            - 发布时间：2020-05-05
            - 发布机构：某农业大学
            - 数据集说明：WheatSet 是一个小麦麦穗检测数据集，包含4,700张田间图像。
            - 该数据集用于2020年 Kaggle 上的 Wheat Detection 竞赛，可用于估算产量。

            ### EventBase

            - 发布时间：2013-04-01
            - 发布机构：某项目
            - 数据集说明：EventBase 是一个全球新闻事件数据库，每15分钟更新一次。
            - 事件库分为300多类事件，历史数据可回溯到1979年。

            ### BankCalls

            - 发布时间：2012-02-13
            - 发布机构：某大学
            - 数据集说明：BankCalls 来自一家银行的电话营销活动，目标是预测客户是否会认购定期存款。
            - 完整版有45,211行、16个输入特征。

            ### CardSpend

            - 发布时间：2016-01-01
            - 发布机构：某银行
            - 数据集说明：CardSpend 是一个信用卡消费数据集，用于欺诈检测。
            - 数据包含284,807笔信用卡交易。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void aWordTheEntryWritesAsASynonymWithTheSameHeadFindsItsSentence() {
        Answer a = bot.ask("WheatSet被用在哪个比赛里？");
        assertTrue(a.markdown().contains("Wheat Detection 竞赛"), a.markdown());
        Answer year = bot.ask("EventBase的数据最早可以追溯到哪年");
        assertTrue(year.markdown().contains("1979"), year.markdown());
    }

    @Test
    void theHeadMustFollowAnotherCharacterAndBeNoGrammar() {
        assertTrue(DetailSelector.sharesHead("用于 Kaggle 竞赛", "比赛"));
        assertFalse(DetailSelector.sharesHead("赛事开始", "比赛"));
        assertFalse(DetailSelector.sharesHead("我们的数据", "别的"));
    }

    @Test
    void aComparisonShowsEachSizeWhateverItsMeasureWord() {
        Answer a = bot.ask("Compare BankCalls and CardSpend");
        assertTrue(a.markdown().contains("45,211"), a.markdown());
        assertTrue(a.markdown().contains("284,807"), a.markdown());
    }
}
