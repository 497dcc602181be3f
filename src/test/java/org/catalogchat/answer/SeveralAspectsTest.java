package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One question about one entry that asks two things ("how many X, and which Y?"): each part is answered, not only
 * the first. A small catalog written here, with made-up names.
 */
class SeveralAspectsTest {
    private static final String CATALOG = """
            ### TouchLang

            - 发布时间：2024-06-06
            - 发布机构：某交通大学、某科技公司
            - 数据集说明：TouchLang数据集是某交通大学构建的一个大规模触觉-语言-视觉多模态数据集。
            - 该数据集包含了10万个与触觉、视觉和语言描述相关联的样本，支持触觉描述和触觉检索两类任务。

            ### ClipBench

            - 发布时间：2024-06-03
            - 发布机构：某大学
            - 数据集说明：ClipBench是首个专为视频分析设计的多模态评估基准，包含900个视频。
            - 研究人员手动设计了2,700个高质量的多选题。
            - 数据集涵盖6大视觉领域，包括知识、电影与电视和体育竞赛，共30个任务。

            ### PaperPairs

            - 发布时间：2024-07-06
            - 发布机构：某研究院
            - 数据集说明：PaperPairs是一个多模态学术文章和图表集合，包含13万篇文章，用于图表理解任务。

            ### StreetText

            - 发布时间：2024-04-18
            - 发布机构：某电商公司
            - 数据集说明：StreetText是一个多模态多语言文字生成数据集，包含300万张图片，用于文字生成任务。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void aCountAndAWhichAreBothAnswered() {
        Answer a = bot.ask("ClipBench 有多少道多选题，覆盖哪些领域？");
        assertEquals(List.of("clipbench"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2,700"), a.markdown());
        assertTrue(a.markdown().contains("知识、电影与电视"), a.markdown());
    }
}
