package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Details asked after an answer about one entry without naming it, and details only a description holds.
 * A small catalog written here, with made-up names.
 */
class FactFollowUpsTest {
    private static final String CATALOG = """
            ### WaveTalk

            - 发布时间：2021-01-01
            - 发布机构：某语音实验室
            - 数据集说明：WaveTalk 是一个语音数据集，总时长超过500小时，由300名说话人录制。
            - 录音的采样率为16kHz，研究人员使用GPT-4V生成了文本描述。

            ### RiverSat

            - 发布时间：2019-01-01
            - 发布机构：某遥感中心
            - 数据集说明：RiverSat 是河流遥感影像数据集，空间分辨率为10米。
            - 另含总时长约20小时的航拍视频。

            ### LakeSat

            - 发布时间：2018-01-01
            - 发布机构：某湖泊研究所
            - 数据集说明：LakeSat 是湖泊遥感影像数据集，空间分辨率为30米。

            ### Payment Fraud Detection

            - 发布时间：2016-01-01
            - 发布机构：某银行研究组
            - 数据集说明：该数据集包含10万笔支付交易，其中500笔为欺诈，类别极不平衡。
            - 出于保密，特征经过变换；作者建议用F1分数评估。

            ### TextPaint

            - 发布时间：2024-01-01
            - 发布机构：某图像实验室
            - 数据集说明：TextPaint 是一个多语言文字生成数据集，包含10万张图片。
            - 所有图片都通过使用PP-OCR的检测和识别模型进行处理。
            - 然后，使用BLIP-2生成文本描述。

            ### RoomScan

            - 发布时间：2017-01-01
            - 发布机构：某大学
            - 数据集说明：RoomScan 是室内场景 RGB-D 数据集，完成了1,000次扫描。
            - 2023年的 RoomScan++ 用激光扫描仪提供了更高精度的场景。

            ### CraftRL

            - 发布时间：2019-01-01
            - 发布机构：某游戏研究组
            - 数据集说明：CraftRL 是一个游戏人类示范数据集，包含100万个状态-动作对。

            ### FarmCount（第七次全国农业普查）

            - 发布时间：2021-01-01
            - 发布机构：某统计机构
            - 数据集说明：第七次全国农业普查以2020年为标准时点。
            - 普查结果显示全国耕地共20亿亩，与2010年相比增加了1亿亩。

            ### HomePower（家庭用电数据集）

            - 发布时间：2012-01-01
            - 发布机构：某电力公司
            - 数据集说明：该数据集记录了一户家庭四年的用电数据，采样间隔为1分钟。

            ### PopCount

            - 发布时间：2021-05-11
            - 发布机构：某统计局
            - 数据集说明：PopCount 以2020年为标准时点，发布了主要数据公报。
            - 普查结果显示全国人口共5,000万人，与上次普查相比有所增加。

            ### TownPanel

            - 发布时间：2012-01-01
            - 发布机构：某调查中心
            - 数据集说明：TownPanel 是一项追踪调查，样本覆盖的人口约占总人口的95%。

            ### ShortClips

            - 发布时间：2022-02-22
            - 发布机构：某短视频公司
            - 数据集说明：ShortClips 是短视频推荐数据集，采集自真实日志。
            - 它包含一个完全观测的小矩阵：1,411名用户对3,327个视频的交互几乎全部已知，密度达99.6%。

            ### TinyPics

            - 发布时间：2009-04-01
            - 发布机构：某大学
            - 数据集说明：TinyPics 是彩色图像分类数据集，包含60,000张32×32像素的彩色图像，分为10个类别，每类6,000张。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    private static Answer ask(String q, String... earlier) {
        var turns = new ArrayList<Question.Turn>();
        for (String e : earlier) turns.add(new Question.Turn(e, bot.answerer().answer(new Question(e, List.copyOf(turns)))));
        return bot.answerer().answer(new Question(q, turns));
    }

    @Test
    void aValueAskedWithoutANameIsAskedOfTheOneEntryJustAnswered() {
        Answer a = ask("总时长多少？", "介绍一下WaveTalk");
        assertEquals(List.of("wavetalk"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("500小时"), a.markdown());
        Answer b = ask("分辨率是多少？", "介绍一下LakeSat");
        assertEquals(List.of("lakesat"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("30米"), b.markdown());
    }

    @Test
    void whereOrWhenAskedWithoutANameIsAskedOfTheOneEntryJustAnswered() {
        Answer a = ask("where was the data recorded?", "Tell me about WaveTalk");
        assertEquals(List.of("wavetalk"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("300名说话人录制"), a.markdown());
        Answer b = ask("数据是在哪里录制的？", "介绍一下WaveTalk");
        assertEquals(List.of("wavetalk"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("300名说话人录制"), b.markdown());
    }

    @Test
    void aValueOfWordsTheEntryJustAnsweredDoesNotWriteIsNoFollowUp() {
        Answer a = ask("分辨率是多少？", "介绍一下WaveTalk");
        assertNotEquals(List.of("wavetalk"), ids(a), a.markdown());
    }

    @Test
    void aDetailAskedWithAWordTheEntryDoesNotWriteIsStillAskedOfTheOneEntryJustAnswered() {
        // "made" and 怎么 are the asking, not subjects WaveTalk writes: without DetailAsked these went to a catalog
        // search, a list of every entry writing 文本描述 (TextPaint too) or "no dataset about made"
        Answer a = ask("how were the text descriptions made?", "Tell me about WaveTalk");
        assertEquals(List.of("wavetalk"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("GPT-4V"), a.markdown());
        Answer b = ask("文本描述是怎么生成的？", "介绍一下WaveTalk");
        assertEquals(List.of("wavetalk"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("GPT-4V"), b.markdown());
    }

    @Test
    void aQuestionForOtherEntriesIsNoDetailOfTheOneJustAnswered() {
        assertTrue(DetailAsked.asked("what format are the games in?", "what format are the games in?"));
        assertTrue(DetailAsked.asked("一场灾害要满足什么条件才会被收进去？", "一场灾害要满足什么条件才会被收进去？"));
        assertTrue(DetailAsked.asked("指令平均有多长", "指令平均有多长"));
        for (String other : List.of("what about speech?", "哪些是关于遥感的？", "还有什么类似的？", "which ones are larger?",
                "what other datasets are there?")) {
            assertTrue(!DetailAsked.asked(other, other.toLowerCase(java.util.Locale.ROOT)), other);
        }
    }

    @Test
    void theyAfterAnAnswerAboutOneEntryIsThatEntry() {
        Answer a = ask("what did they use to write the text descriptions?", "Tell me about WaveTalk");
        assertEquals(List.of("wavetalk"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("GPT-4V"), a.markdown());
    }

    @Test
    void wordsOfTheEntrysNameDoNotPickTheSentenceTheAskersVerbDoes() {
        Answer a = ask("What metric does the payment fraud dataset recommend?");
        assertEquals(List.of("payment-fraud-detection"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("F1"), a.markdown());
    }

    @Test
    void severalAskedForGoOnIntoTheNextSentenceNamingAnotherOfTheKind() {
        Answer a = ask("TextPaint用了哪些模型处理图片");
        assertEquals(List.of("textpaint"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("PP-OCR") && a.markdown().contains("BLIP-2"), a.markdown());
    }

    @Test
    void aNameWithPlusesTheEntryWritesAsAnotherIsNotTheEntry() {
        Answer a = ask("Do you have RoomScan++?");
        assertEquals(List.of(), ids(a), a.markdown());
        assertTrue(a.markdown().contains("RoomScan++ is not in the catalog"), a.markdown());
    }

    @Test
    void aNameLikeWordAfterAnEntrysNameThatTheEntryNeverWritesMakesAnotherName() {
        Answer a = ask("Is CraftRL BASALT in the catalog?");
        assertEquals(List.of(), ids(a), a.markdown());
        assertTrue(a.markdown().contains("CraftRL BASALT is not in the catalog"), a.markdown());
        assertEquals(List.of("craftrl"), ids(ask("Is CraftRL in the catalog?")));
    }

    @Test
    void oneEntrysChineseNameWithAWordLeftOutStillNamesIt() {
        Answer a = ask("第七次农业普查的耕地比2010年增加了多少？");
        assertEquals(List.of("farmcount"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("1亿亩"), a.markdown());
    }

    @Test
    void theWordForDatasetsAfterAFewOfANamesCharactersIsNoShortenedName() {
        Answer a = ask("家庭数据集有哪些？");
        assertNotEquals(Intent.FACT, a.intent(), a.markdown());
        assertEquals(Intent.FACT, ask("家庭用数据集的采样间隔是多少？").intent());
    }

    @Test
    void aCompoundTheEntryWritesOnlyByItsHeadWordStillPicksTheSentence() {
        Answer a = ask("PopCount 的总人口是多少？");
        assertEquals(List.of("popcount"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("5,000万人"), a.markdown());
    }

    @Test
    void singleCharactersTakenInOrderFromOneEntrysChineseNameAbbreviateIt() {
        Answer a = ask("七普全国耕地比2010年增加了多少？");
        assertEquals(List.of("farmcount"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("1亿亩"), a.markdown());
    }

    @Test
    void aBareValueQuestionAfterAnAnswerAboutOneEntryAsksThatEntry() {
        // "how <adjective> is …", "what <noun>?", "每类多少张": a value asked, of words the entry just answered writes
        Answer a = ask("and how dense is the fully observed matrix?", "What is ShortClips?");
        assertEquals(List.of("shortclips"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("99.6%"), a.markdown());
        Answer b = ask("what sampling rate?", "Tell me about WaveTalk");
        assertEquals(List.of("wavetalk"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("16kHz"), b.markdown());
        Answer c = ask("每类多少张？", "介绍一下 TinyPics");
        assertEquals(List.of("tinypics"), ids(c), c.markdown());
        assertTrue(c.markdown().contains("6,000张"), c.markdown());
    }
}
