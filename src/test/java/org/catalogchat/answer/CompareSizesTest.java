package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which of two entries is larger, judged in a unit both state: the catch-all unit (a figure with 个, 条, 组) holds
 * things of any kind, so it judges only where both figures count the same noun. Made-up names.
 */
class CompareSizesTest {
    private static final String CATALOG = """
            ### CentreCohort

            - 发布时间：2012-03-30
            - 发布机构：某生物样本库
            - 数据集说明：CentreCohort 是一个队列研究，在22个评估中心招募了约50万名参与者。

            ### VillagePanel

            - 发布时间：2013-01-01
            - 发布机构：某研究院
            - 数据集说明：VillagePanel 是一个追踪调查，覆盖450个村级单位，访问了17,708名受访者。

            ### SmallSet

            - 发布时间：2020-01-01
            - 发布机构：某实验室
            - 数据集说明：SmallSet 是一个分类数据集，包含1,000个样本。

            ### LargeSet

            - 发布时间：2021-01-01
            - 发布机构：某实验室
            - 数据集说明：LargeSet 是一个分类数据集，包含5,000个样本。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void figuresOfDifferentThingsWithTheSameMeasureWordAreNotSetSideBySide() {
        String a = bot.ask("CentreCohort 和 VillagePanel 哪个规模更大？").markdown();
        assertFalse(a.contains("规模更大（"), a);
    }

    @Test
    void theNounComparedIsCountedThroughTheMeasureWordsTheDictionaryGivesIt() {
        // 名 is glossed "classifier for people": 50万名参与者 and 17,708名受访者 both count people
        String a = bot.ask("CentreCohort 和 VillagePanel 哪个的人更多？").markdown();
        assertTrue(a.contains("17,708名受访者") && a.contains("50万名参与者"), a);
        assertTrue(a.contains("**CentreCohort** 最多"), a);
        String b = bot.ask("Which has more people, CentreCohort or VillagePanel?").markdown();
        assertTrue(b.contains("**CentreCohort** has the most"), b);
    }

    @Test
    void figuresOfTheSameNounAreCompared() {
        String a = bot.ask("SmallSet 和 LargeSet 哪个规模更大？").markdown();
        assertTrue(a.contains("**LargeSet** 规模更大"), a);
    }
}
