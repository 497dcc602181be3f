package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Names that begin like an entry's and go on differently are other datasets, not that entry; a comparison cue after an
 * answer about one entry compares it with the entry named now; non-commercial terms are a licence. Made-up names.
 */
class OtherEditionsTest {
    private static final String CATALOG = """
            ### QA COCOA

            - 发布时间：2014-01-01
            - 发布机构：某视觉实验室
            - 数据集说明：QA COCOA 是图像问答数据集，包含12万张图像。
            - 问题由众包工作者编写，每张图像配有5个问题。
            - 数据仅限非商业的研究使用。

            ### Tern Cup 1999

            - 发布时间：1999-01-01
            - 发布机构：某数据挖掘学会
            - 数据集说明：Tern Cup 1999 是网络入侵检测竞赛的数据集，包含490万条连接记录。

            ### Farm Census 2020（第三次全国农业普查）

            - 发布时间：2021-01-01
            - 发布机构：某统计机构
            - 数据集说明：第三次全国农业普查以2016年为标准时点，与第二次全国农业普查相比，耕地增加了1亿亩。

            ### Digits

            - 发布时间：1998-01-01
            - 发布机构：某大学
            - 数据集说明：Digits 是手写数字图像数据集，包含70,000张图像。

            ### Fashion-Digits

            - 发布时间：2017-01-01
            - 发布机构：某电商研究部
            - 数据集说明：Fashion-Digits 是服装图像数据集，包含70,000张图像，格式与 Digits 相同。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    private static Answer ask(String q, String... earlier) {
        var turns = new ArrayList<Question.Turn>();
        for (String e : earlier) turns.add(new Question.Turn(e, bot.answerer().answer(new Question(e, List.copyOf(turns)))));
        return bot.answerer().answer(new Question(q, turns));
    }

    @Test
    void aFirstNameWordThatOtherNameWordsFollowIsAnotherDataset() {
        Answer a = ask("Do you have QA MARCO?");
        assertEquals(List.of(), ids(a), a.markdown());
        assertTrue(a.markdown().contains("QA MARCO is not in the catalog"), a.markdown());
        Answer b = ask("有没有Tern Cup 2012的数据？");
        assertEquals(List.of(), ids(b), b.markdown());
        // the name begun as the entry's goes on is still the entry
        assertEquals(List.of("tern-cup-1999"), ids(ask("How many records does Tern Cup have?")));
    }

    @Test
    void aChineseNumberedNameWithAnotherNumberIsAnotherEdition() {
        Answer a = ask("有没有第五次全国农业普查的数据？");
        assertEquals(List.of(), ids(a), a.markdown());
        assertTrue(a.markdown().contains("第五次全国农业普查"), a.markdown());
        assertEquals(List.of("farm-census-2020"), ids(ask("第三次全国农业普查是什么时候发布的？")));
    }

    @Test
    void nonCommercialUseIsALicence() {
        Answer a = ask("QA COCOA 可以商用吗？");
        assertEquals(List.of("qa-cocoa"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("非商业") && !a.markdown().contains("未说明"), a.markdown());
    }

    @Test
    void aComparisonAskedAfterOneEntryComparesItWithTheEntryNamedNow() {
        Answer a = ask("和 Fashion-Digits 比呢？", "Digits 是什么？");
        assertEquals(Intent.COMPARE, a.intent(), a.markdown());
        assertEquals(List.of("digits", "fashion-digits"), ids(a), a.markdown());
    }
}
