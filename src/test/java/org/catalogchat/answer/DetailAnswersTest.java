package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Details of named entries on a small catalog written here: the sentence or figure that answers, comparisons,
 * "does not state", unknown names and follow-ups that refer back.
 */
class DetailAnswersTest {
    private static final String CATALOG = """
            ### RoboSet

            - 发布时间：2021-01-01
            - 发布机构：某实验室
            - 数据集说明：RoboSet 是一个机器人学习数据集，用于机器人策略研究。
            - 该数据集包含22种不同形态的机器人，共计超过3万条轨迹。
            - 研究者在 RoboSet 上训练了 FooNet 模型，该数据集由 Ada Lovelace 创建。

            ### DriveSet

            - 发布时间：2020-01-01
            - 发布机构：某公司
            - 数据集说明：DriveSet 是一个自动驾驶数据集，包含1,150个场景，每个场景时长20秒。
            - 数据采集自两座城市的道路。

            ### VoiceSet

            - 发布时间：2019-01-01
            - 发布机构：某基金会
            - 数据集说明：VoiceSet 是一个多语种语音语料库，用于语音识别。
            - 已有超过5万名志愿者参与贡献，共收集2,500小时的音频。

            ### ExamSet

            - 发布时间：2022-01-01
            - 发布机构：某大学
            - 数据集说明：ExamSet 是一个考试题数据集，包含13,948道多项选择题。
            - 数据集分为 ExamA 和 ExamB 两部分，可用于评估大模型。

            ### Harbor Open Dataset

            - 发布时间：2018-01-01
            - 发布机构：某港务局
            - 数据集说明：Harbor Open Dataset 是一个港口监控数据集。
            - 数据覆盖上海、宁波等城市的港口。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void aFigureCountsItsNounAcrossARelativeClauseAfterAnyMeasureWord() {
        Answer a = bot.ask("How many robot types are in RoboSet?");
        assertTrue(a.markdown().contains("22种不同形态的机器人"), a.markdown());
    }

    @Test
    void theClauseAfterAFigureComesWithItWhenItGoesOnAboutTheSameThing() {
        Answer a = bot.ask("How many scenes are in DriveSet and how long is each?");
        assertTrue(a.markdown().contains("1,150个场景，每个场景时长20秒"), a.markdown());
    }

    @Test
    void peopleAreCountedByTheirMeasureWord() {
        Answer a = bot.ask("how many people volunteered for VoiceSet");
        assertTrue(a.markdown().contains("名志愿者") && a.markdown().contains("50,000"), a.markdown());
        assertTrue(!a.markdown().contains("does not state"), a.markdown());
    }

    @Test
    void whichOnesIsADetailNotACount() {
        Answer a = bot.ask("ExamSet的数据分为哪几个子集");
        assertTrue(a.markdown().contains("ExamA"), a.markdown());
    }

    @Test
    void theNounAfterWhichPicksTheSentenceThatNamesIt() {
        Answer a = bot.ask("Which model was trained on RoboSet?");
        assertTrue(a.markdown().contains("FooNet"), a.markdown());
    }

    @Test
    void whatItContainsQuotesTheSentenceThatListsIt() {
        Answer a = bot.ask("What does DriveSet contain?");
        assertTrue(a.markdown().contains("1,150"), a.markdown());
    }

    @Test
    void aMeasureWordGoesWithItsNounInAFollowUp() {
        Answer first = bot.ask("ExamSet是谁发布的？");
        Answer a = bot.answerer().answer(new Question("它有多少道题？", List.of(new Question.Turn("ExamSet是谁发布的？", first))));
        assertEquals(List.of("examset"), a.sources().stream().map(Source::id).toList(), a.markdown());
        assertTrue(a.markdown().contains("13,948"), a.markdown());
    }

    @Test
    void aLicenceTheTextNeverStatesIsNotStatedEvenWhenOtherWordsMatch() {
        Answer a = bot.ask("Can VoiceSet be used commercially for speech recognition?");
        assertTrue(a.markdown().contains("does not state"), a.markdown());
        assertEquals(List.of("voiceset"), a.sources().stream().map(Source::id).toList());
    }


    @Test
    void twoNamedEntriesAreComparedWhateverTheWordingAndTheAskedFigureIsSetSideBySide() {
        Answer a = bot.ask("VoiceSet和DriveSet的时长分别是多少？");
        assertEquals(Intent.COMPARE, a.intent(), a.markdown());
        assertEquals(List.of("voiceset", "driveset"), ids(a));
        assertTrue(a.markdown().contains("2,500小时"), a.markdown());
    }

    @Test
    void aComparisonSaysWhichIsNewerAndShowsSizesInUnitsNoGlossaryKnows() {
        Answer a = bot.ask("Compare ExamSet and VoiceSet");
        assertTrue(a.markdown().contains("**ExamSet** is newer"), a.markdown());
        assertTrue(a.markdown().contains("13,948"), a.markdown());
    }

    @Test
    void aComparisonWithSomethingNotInTheCatalogIsNotInTheCatalog() {
        Answer a = bot.ask("Compare RoboSet-400M and DriveSet");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("RoboSet-400M is not in the catalog"), a.markdown());
    }

    @Test
    void itWithOtherWordsAsksADetailOfTheEarlierEntry() {
        Answer a = bot.conversation("Tell me about RoboSet", "which model was trained on it?");
        assertEquals(List.of("roboset"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("FooNet"), a.markdown());
    }

    @Test
    void itAndANewNameAreCompared() {
        Answer a = bot.conversation("Tell me about VoiceSet", "Compare it with ExamSet");
        assertEquals(List.of("voiceset", "examset"), ids(a), a.markdown());
    }

    @Test
    void whichOfThemAfterAComparisonNamesTheNewerOfTheSameTwo() {
        // (pass 27, ComparativeFollowUp: the answer is the one entry that wins, ranked among the two compared, not the
        // comparison again; before, this test asked for a second comparison of both)
        Answer a = bot.conversation("Compare VoiceSet and DriveSet", "Which of them is newer?");
        assertEquals(List.of("driveset"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("DriveSet") && a.markdown().contains("previous answer"), a.markdown());
    }

    @Test
    void aFieldAskedWithADetailAlsoQuotesTheSentenceThatHasIt() {
        Answer a = bot.ask("VoiceSet里志愿者有多少");
        assertTrue(a.markdown().contains("名志愿者参与贡献"), a.markdown());
    }

    @Test
    void aSizeOfSomethingTheTextNeverWritesIsNotStated() {
        Answer a = bot.ask("DriveSet的图像分辨率是多少？");
        assertTrue(a.markdown().contains("目录未说明"), a.markdown());
    }

    @Test
    void eachAfterAListAsksEveryOneOfThem() {
        Answer a = bot.conversation("Which datasets came out before 2021?", "how many hours does each have?");
        assertEquals(Intent.COMPARE, a.intent(), a.markdown());
        assertTrue(a.markdown().contains("2,500小时"), a.markdown());
    }

    @Test
    void aCamelCaseWordIsANameThatIsNotInTheCatalog() {
        Answer a = bot.ask("Do you have eBird?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("eBird is not in the catalog"), a.markdown());
    }

    @Test
    void theDifferenceBetweenTwoSaysWhatEachOneIs() {
        Answer a = bot.ask("DriveSet和ExamSet有什么区别");
        assertTrue(a.markdown().contains("自动驾驶数据集") && a.markdown().contains("考试题数据集"), a.markdown());
    }

    @Test
    void whoMadeItAlsoQuotesThePersonTheTextNames() {
        Answer a = bot.ask("Who created RoboSet?");
        assertTrue(a.markdown().contains("由 Ada Lovelace 创建"), a.markdown());
    }

    @Test
    void aWordOfTheOnlyMatchingEntrysNameWithWhichXIsADetailOfIt() {
        Answer a = bot.ask("Harbor的数据覆盖哪些城市？");
        assertEquals(List.of("harbor-open-dataset"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("上海、宁波"), a.markdown());
    }
}
