package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The figure that counts the noun asked about one entry, where the entry writes the noun otherwise than the
 * question: people counted by a measure word for people, a measure word glossed with an article, a list of
 * modifiers between the measure word and its noun. A small catalog written here, with made-up names.
 */
class CountedFiguresTest {
    private static final String CATALOG = """
            ### HandSigns

            - 发布时间：2018-01-01
            - 发布机构：某手语研究中心
            - 数据集说明：HandSigns 是连续手语视频数据集，包含100个日常用语句子。
            - 由60名手语者每人各演示5次，共30,000个视频。

            ### InkLines

            - 发布时间：1999-09-01
            - 发布机构：某大学
            - 数据集说明：InkLines 是英文手写文本数据库，包含657位书写者写下的1,539页扫描文本。

            ### MathSteps

            - 发布时间：2021-10-27
            - 发布机构：某研究院
            - 数据集说明：MathSteps 是小学数学应用题数据集，包含约8,500道题。
            - 每道题需要2到8步推理，并附有解题过程。

            ### SmallMolecules

            - 发布时间：2014-08-05
            - 发布机构：某化学系
            - 数据集说明：SmallMolecules 是量子化学数据集，包含约13万个小有机分子。
            - 分子由最多9个碳、氮、氧、氟重原子组成。

            ### FaceTags

            - 发布时间：2015-12-01
            - 发布机构：某多媒体实验室
            - 数据集说明：FaceTags 是人脸属性数据集，包含1万位名人的20万张人脸图像。
            - 每张图像标注了40个二值属性（如是否戴眼镜、是否微笑）和5个人脸关键点位置。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void anAgentNounIsCountedByTheMeasureWordForPeople() {
        Answer a = bot.ask("How many signers are in HandSigns?");
        assertEquals(List.of("handsigns"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("60名手语者"), a.markdown());
        Answer b = bot.ask("how many writers contributed to InkLines");
        assertEquals(List.of("inklines"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("657位书写者"), b.markdown());
    }

    @Test
    void aMeasureWordGlossedWithAnArticleStillCountsItsNoun() {
        Answer a = bot.ask("How many steps does a MathSteps problem need?");
        assertEquals(List.of("mathsteps"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2到8步"), a.markdown());
    }

    @Test
    void aListOfModifiersMayStandBetweenTheMeasureWordAndItsNoun() {
        Answer a = bot.ask("SmallMolecules 的分子最多有几个重原子？");
        assertEquals(List.of("smallmolecules"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("9个碳、氮、氧、氟重原子"), a.markdown());
    }
}
