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
 * A follow-up after an answer about two or three entries that points at one of them by its place ("the second
 * one", 第一个, 后者) is asked of that entry, not read as a topic word nor answered with "which one do you mean?".
 */
class OrdinalFollowUpTest {
    private static final String CATALOG = """
            ### StarMap

            - 发布时间：2016-09-14
            - 发布机构：某空间局
            - 数据集说明：StarMap 是一个星表数据集，收录约18亿个天体。

            ### SpectraSky

            - 发布时间：2015-03-01
            - 发布机构：某天文台
            - 数据集说明：SpectraSky 是一个光谱数据集，累计公开的光谱超过2,000万条。

            ### HousePlans

            - 发布时间：2019-11-01
            - 发布机构：某大学
            - 数据集说明：HousePlans 收录8万多张住宅户型图。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void theSecondOneIsTheSecondEntryOfTheComparison() {
        Answer a = bot.conversation("Compare StarMap and SpectraSky", "who made the second one?");
        assertEquals(List.of("spectrasky"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("某天文台"), a.markdown());
    }

    @Test
    void aChineseOrdinalOpeningTheQuestionPicksTheEntry() {
        Answer a = bot.conversation("StarMap 和 SpectraSky 对比一下", "第一个收录了多少天体？");
        assertEquals(List.of("starmap"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("18亿"), a.markdown());
    }

    @Test
    void theLatterIsTheLastEntry() {
        Answer a = bot.conversation("StarMap 和 SpectraSky 有什么区别？", "后者是哪年发布的？");
        assertEquals(List.of("spectrasky"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("2015"), a.markdown());
    }

    @Test
    void aLetterWhoseLowerCaseIsLongerDoesNotShiftTheBlankedReference() {
        String question = "İ: who made THE SECOND ONE";
        OrdinalReference ref = OrdinalReference.in(question).orElseThrow();
        assertEquals(Optional.of(1), ref.of(2));
        assertEquals("İ: who made               ", ref.without(question));
    }

    @Test
    void rankingsAndPlacesBeyondTheListAreNoReference() {
        assertEquals(Optional.empty(), OrdinalReference.in("what was the first dataset released in 2020?"));
        assertEquals(Optional.empty(), OrdinalReference.in("第一个发布的是哪个？"));
        assertEquals(Optional.empty(), OrdinalReference.in("which came out first?"));
        assertEquals(Optional.empty(), OrdinalReference.in("who made the third one?").flatMap(o -> o.of(2)));
        assertEquals(Optional.of(2), OrdinalReference.in("who made the third one?").flatMap(o -> o.of(3)));
    }
}
