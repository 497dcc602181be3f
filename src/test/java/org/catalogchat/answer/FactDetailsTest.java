package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Details of one named entry that the question's words reach only through the dictionary or the shape of the
 * sentence: whose figure a clause states, measure words, later senses, known problems, sizes on disk, figures
 * after their noun. A small catalog written here, with made-up names.
 */
class FactDetailsTest {
    private static final String CATALOG = """
            ### ShapeBank

            - 发布时间：2020-01-01
            - 发布机构：某研究所
            - 数据集说明：ShapeBank 是一个大规模带标注三维物体数据集，包含超过5万个三维模型。
            - 2023年发布的后续版本 ShapeBank-XL 把规模扩大到超过900万个三维物体。

            ### BirdCalls

            - 发布时间：2016-01-01
            - 发布机构：某鸟类学会
            - 数据集说明：BirdCalls 是鸟鸣分类数据集，包含3,000段录音，分为60个鸟种。
            - 录音都来自公开的野外录音，并预先分成7折供交叉验证。
            - 后来的研究发现其中有重复片段和错误标签，但它仍是常用的基准之一。

            ### CourtRecords

            - 发布时间：2012-01-01
            - 发布机构：某大学法学院
            - 数据集说明：CourtRecords 是判决文书数据集，收录各级法院公开的判决书。
            - 项目由美国能源部资助，提供网页检索和 API。
            - 作者建议用宏平均F1评估分类效果。
            - 数据总计约45GB。

            ### StarMap

            - 发布时间：2015-01-01
            - 发布机构：某天文台
            - 数据集说明：StarMap 是一个天体光谱数据集，最初只收录了9个天体光谱。
            - 目前收录的恒星光谱已超过30万条，覆盖银河系的大部分天区。
            - 其中 StarMap-DR1 收录了12万个星系。
            - 它有36个光谱波段，数据按 CC BY 4.0 许可发布。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void aFigureWhoseClauseNamesALongerNameIsThatNamesFigure() {
        Answer a = bot.ask("How many objects does ShapeBank have?");
        assertTrue(a.markdown().startsWith("The catalog does not state"), a.markdown());
        assertEquals(List.of("shapebank"), a.sources().stream().map(Source::id).toList());
    }

    @Test
    void aChineseNumeralInsideAWordIsNoFigure() {
        // 三维物体 is "3D objects": "三" counts nothing
        assertTrue(DetailSelector.amount("大规模带标注三维物体数据集", List.of("物体")).isEmpty());
        assertEquals(3_000_000, DetailSelector.amount("共三百万个物体", List.of("物体")).getAsDouble());
    }

    @Test
    void aPartNamedInsideTheEntryStillCountsForIt() {
        Answer a = bot.ask("How many galaxies does StarMap have?");
        assertTrue(a.markdown().contains("12万"), a.markdown());
    }

    @Test
    void aMeasureWordRightAfterAFigureIsReachedThroughTheDictionary() {
        Answer a = bot.ask("How many folds is BirdCalls split into?");
        assertTrue(a.markdown().contains("7折"), a.markdown());
        assertFalse(a.markdown().contains("does not state"), a.markdown());
    }

    @Test
    void anEnglishWordTheEntryWritesOnlyInsideAWordsGlossPicksItsSentence() {
        // "department" is no translation the catalog writes; 能源部 is glossed "Department of Energy"
        Answer a = bot.ask("Which department funds CourtRecords?");
        assertTrue(a.markdown().contains("能源部"), a.markdown());
        assertFalse(a.markdown().contains("does not state") || a.markdown().contains("判决书"), a.markdown());
    }

    @Test
    void knownProblemsAreTheSentencesThatSayWhatIsWrong() {
        assertTrue(bot.ask("BirdCalls有什么已知的问题？").markdown().contains("重复片段"));
        assertTrue(bot.ask("What are the known issues with BirdCalls?").markdown().contains("错误标签"));
        Answer none = bot.ask("What are the known issues with StarMap?");
        assertTrue(none.markdown().contains("does not state") && none.markdown().contains("known issues"), none.markdown());
    }

    @Test
    void aSizeOnDiskIsAFigureInBytesOrNotStated() {
        assertTrue(bot.ask("How big is CourtRecords on disk?").markdown().contains("45GB"));
        Answer none = bot.ask("BirdCalls的数据有多大？");
        assertTrue(none.markdown().contains("未说明") && none.markdown().contains("存储大小"), none.markdown());
    }

    @Test
    void aCountedWordIsAlsoTheHeadOfATermsGloss() {
        // 波段 is glossed "wave band": a kind of band, though a weak translation of "band" alone
        Answer a = bot.ask("How many spectral bands does StarMap have?");
        assertTrue(a.markdown().contains("36个光谱波段"), a.markdown());
    }

    @Test
    void aPluralLicenceWordAsksTheLicence() {
        Answer a = bot.ask("Under which licences is StarMap released?");
        assertTrue(a.markdown().contains("CC BY 4.0"), a.markdown());
        assertFalse(a.markdown().contains("does not state"), a.markdown());
    }

    @Test
    void howMuchDataGivesTheBytesAndTheCounts() {
        Answer a = bot.ask("How much data does CourtRecords hold?");
        assertTrue(a.markdown().contains("45GB"), a.markdown());
    }

    @Test
    void aDetailWithNoNameIsNotStatedInTheQuestionsOwnWordsQuoted() {
        Answer a = bot.ask("What happened to StarMap's telescope mirror?");
        assertTrue(a.markdown().startsWith("The catalog does not state this for **StarMap** [1]: its entry writes nothing about “"), a.markdown());
        assertTrue(a.markdown().contains("mirror"), a.markdown());
    }

    @Test
    void aLaterVersionTheEntryOnlyMentionsIsNotInTheCatalogAndCountsNoZero() {
        Answer a = bot.ask("Do you have ShapeBank-XL?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("ShapeBank-XL is not in the catalog"), a.markdown());
        assertEquals(List.of("shapebank"), a.suggestions().stream().map(Source::id).toList());
        Answer many = bot.ask("How many objects does ShapeBank-XL have?");
        assertTrue(many.sources().isEmpty() && !many.markdown().contains("**0**"), many.markdown());
    }

    @Test
    void aPartTheEntryIntroducesAsItsOwnIsTheEntry() {
        Answer a = bot.ask("How many galaxies does StarMap-DR1 have?");
        assertEquals(List.of("starmap"), a.sources().stream().map(Source::id).toList(), a.markdown());
        assertTrue(a.markdown().contains("12万"), a.markdown());
    }

    @Test
    void aFigureClosingItsClauseCountsTheNounBeforeIt() {
        Answer a = bot.ask("How many spectra does StarMap hold?");
        assertTrue(a.markdown().contains("30万"), a.markdown());
    }
}
