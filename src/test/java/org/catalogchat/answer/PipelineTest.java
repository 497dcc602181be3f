package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.core.Engine;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer pipeline on a small catalog written here, in another domain than the bundled one, with the word-hash
 * model: what is asserted comes from the names, fields, vocabulary and lexical index, not from MiniLM.
 */
class PipelineTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path topicsDir;
    @TempDir
    static Path weatherDir;
    private static Answerer answerer;
    /** Entries that write the same words in different places: as their subject, in passing, in a list. */
    private static Answerer topics;

    @BeforeAll
    static void load() {
        Engine e = FixtureCatalog.of(
                entry("SpeechA").released("2020-01-01").publisher("微软亚洲研究院")
                        .description("SpeechA 是一个中文语音识别数据集，包含1000小时的录音，来自400名说话人。"),
                entry("ClipSet").released("2022-05-01").publisher("谷歌")
                        .description("ClipSet 是一个视频理解数据集，包含5万个视频。它的标注参考了 Kinetics-600 的类别。"),
                entry("MotionNet").released("2023-03-01").publisher("某大学")
                        .description("MotionNet 收集了12万个视频，用于动作识别。数据来自YouTube。"),
                entry("TableD").released("2019-07-01").publisher("某研究所")
                        .description("TableD 是一个表格数据集，包含4万条记录。"))
                .engine(dir);
        answerer = e.answerer();
        topics = FixtureCatalog.of(
                entry("MedScan").released("2021-01-01").publisher("某医院")
                        .description("MedScan 是一个医疗影像数据集，包含2万张图像。"),
                entry("PicMix").released("2022-01-01").publisher("某公司")
                        .description("PicMix 是一个图文对数据集，包含100万对图文，部分用微软 Kinect 拍摄。数据来自网络。图片按类别均衡抽取，"
                                + "分别为:能源、表情、工业、医疗、风景、动物、新闻、花卉、教育、艺术等。"),
                entry("DriveL").released("2023-01-01").publisher("某车企")
                        .description("DriveL 是一个自动驾驶数据集，由激光雷达和相机采集，包含900个视频。"),
                entry("SignPose").released("2023-06-01").publisher("谷歌DeepMind等")
                        .description("SignPose 是一个手语视频数据集，包含3000个视频。标注由志愿者完成。"
                                + "其中一个子集提供三维姿态信息。"),
                entry("CrashCam").released("2024-01-01").publisher("北方交通安全研究所（NTSL）")
                        .description("CrashCam 是一个事故视频理解数据集，包含1,200个野外视角的事故视频。"
                                + "数据集标注了58,650对基于视频的事故原因，以及199分钟的视频数据。"))
                .engine(topicsDir).answerer();
    }

    private static List<String> topic(String q) {
        return ids(topics.answer(Question.of(q)).sources());
    }

    private static Answer ask(String q) {
        return answerer.answer(Question.of(q));
    }

    private static List<String> ids(List<Source> sources) {
        return sources.stream().map(Source::id).toList();
    }

    @Test
    void aWordTheCatalogWritesOnlyAsASiblingHeadwordIsBridged() {
        // "rainfall" is 降雨 in CC-CEDICT, which this catalog never writes; 降雨's other main sense,
        // "precipitation", is its 降水. "sea" (大海, also "ocean") reaches 海洋 the same way.
        Answerer weather = FixtureCatalog.of(
                entry("StationX").released("2020-01-01").publisher("某气象局")
                        .description("StationX 是一个气象站数据集，记录每日降水和气温。"),
                entry("FloatY").released("2021-01-01").publisher("某海洋研究所")
                        .description("FloatY 是一个海洋观测数据集，由浮标测量温度和盐度。"),
                entry("TextZ").released("2022-01-01").publisher("某大学")
                        .description("TextZ 是一个中文新闻文本数据集。"))
                .engine(weatherDir).answerer();
        assertEquals(List.of("stationx"), ids(weather.answer(Question.of("rainfall datasets")).sources()));
        assertEquals(List.of("floaty"), ids(weather.answer(Question.of("any sea datasets?")).sources()));
        // A far sense is not followed: nothing in this catalog is about stocks.
        assertTrue(weather.answer(Question.of("stock prices data")).sources().isEmpty());
    }

    @Test
    void aSubjectTheCatalogNeverWritesCountsZeroNotTheWholeCatalog() {
        Answer a = ask("How many legal datasets are there?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("**0**") && a.markdown().contains("Not in the catalog"), a.markdown());
    }

    @Test
    void aTranslatedSubjectSelectsEveryEntryThatWritesIt() {
        Answer a = ask("Which video datasets are there?");
        assertEquals(List.of("motionnet", "clipset"), ids(a.sources()), a.markdown());
    }

    @Test
    void aNameThatIsNoEntryIsNotInTheCatalogAndItsMentionIsOnlyASuggestion() {
        Answer a = ask("Do you have Kinetics-600?");
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().contains("Kinetics-600 is not in the catalog"), a.markdown());
        assertEquals(List.of("clipset"), ids(a.suggestions()));
    }

    @Test
    void aDetailTheEntryDoesNotStateIsSaidPlainly() {
        Answer a = ask("What is the license of TableD?");
        assertEquals(List.of("tabled"), ids(a.sources()));
        assertTrue(a.markdown().contains("The catalog does not state **TableD**"), a.markdown());
    }

    @Test
    void aSizeQuestionPicksTheFigureWithTheUnitAsked() {
        Answer hours = ask("How many hours of audio are in SpeechA?");
        assertTrue(hours.markdown().contains("1000小时"), hours.markdown());
        Answer speakers = ask("SpeechA有多少名说话人？");
        assertTrue(speakers.markdown().contains("400名说话人"), speakers.markdown());
    }

    @Test
    void aSubOrganisationCountsForItsParentInEitherLanguage() {
        assertEquals(List.of("speecha"), ids(ask("Which datasets involve Microsoft?").sources()));
        assertEquals(List.of("clipset"), ids(ask("谷歌发布了哪些数据集？").sources()));
    }

    @Test
    void aSuperlativeRanksByTheFieldAskedWithItsEvidence() {
        Answer a = ask("Which dataset has the most videos?");
        assertEquals(List.of("motionnet"), ids(a.sources()), a.markdown());
        assertTrue(a.markdown().contains("12万"), a.markdown());
    }

    @Test
    void anAmbiguousFollowUpAfterAListAsksWhichOne() {
        Answer list = ask("Which video datasets are there?");
        Answer a = answerer.answer(new Question("谁发布的？", List.of(new Question.Turn("Which video datasets are there?", list))));
        assertEquals(Intent.CLARIFY, a.intent(), a.markdown());
        assertTrue(a.sources().isEmpty());
        assertEquals(List.of("motionnet", "clipset"), ids(a.suggestions()));
    }

    @Test
    void aWordInALongListOfCategoriesIsNotWhatTheEntryIsAbout() {
        assertEquals(List.of("medscan"), topic("有哪些医疗数据集？"));
        assertEquals(List.of("medscan"), topic("medical datasets"));
    }

    @Test
    void aSiblingOfTheAskedWordCountsForLessThanTheWordItself() {
        // LiDAR and 三维 share a term group; the entry written with 激光雷达 is the answer, not the one with 三维.
        assertEquals(List.of("drivel"), topic("Which datasets have lidar?"));
    }

    @Test
    void questionGrammarTheCatalogNeverWritesIsNotASubject() {
        // 有关 (from 有关于…) and 跟 are how the question is asked; a count over them would be 0.
        assertEquals(List.of("drivel"), topic("有关于自动驾驶的数据吗"));
        assertEquals(List.of("medscan"), topic("有没有跟医疗相关的数据"));
        Answer absent = topics.answer(Question.of("有没有股票数据"));
        assertTrue(absent.sources().isEmpty() && absent.markdown().contains("目录中没有"), absent.markdown());
    }

    @Test
    void aSuperlativeRanksOnlyFiguresInTheUnitAsked() {
        // 58,650对…视频的事故原因 counts causes and 199分钟的视频 minutes, not videos.
        Answer a = topics.answer(Question.of("Which dataset has the most videos?"));
        assertEquals(List.of("signpose"), ids(a.sources()), a.markdown());
        assertTrue(a.markdown().contains("3000个视频") && a.markdown().contains("900个视频"), a.markdown());
        assertTrue(!a.markdown().contains("58,650") && !a.markdown().contains("199分钟"), a.markdown());
        Answer zh = topics.answer(Question.of("哪个数据集的视频最多"));
        assertEquals(List.of("signpose"), ids(zh.sources()), zh.markdown());
    }

    @Test
    void anOrganisationIsFoundByTheLatinNameWrittenInsideAChineseOne() {
        assertEquals(List.of("signpose"), topic("DeepMind参与发布了哪些数据集"));
        assertEquals(List.of("crashcam"), topic("Which datasets did NTSL publish?"));
    }

    @Test
    void anOrganisationSelectsWhatItPublishedNotWhatMentionsIt() {
        Answer a = topics.answer(Question.of("Which datasets did Microsoft publish?"));
        assertTrue(a.sources().isEmpty() && a.markdown().contains("Not in the catalog"), a.markdown());
    }

    @Test
    void aWordNoDictionaryTranslatesIsSetAsideWhenTheRestOfTheTopicMatches() {
        // "zorbl" could not have been found in Chinese text even if written there; the answer says it was left out.
        Answer loose = topics.answer(Question.of("sign language video zorbl datasets"));
        assertEquals(List.of("signpose"), ids(loose.sources()), loose.markdown());
        assertTrue(loose.markdown().contains("No entry writes “zorbl”"), loose.markdown());
        // A word the dictionary translates (music → 音乐) that the catalog never writes is a topic the catalog lacks.
        Answer music = topics.answer(Question.of("sign language video music datasets"));
        assertTrue(music.sources().isEmpty() && music.markdown().contains("Not in the catalog"), music.markdown());
        // Alone, or in a count, the unknown word still answers "not in the catalog" / 0.
        for (String q : List.of("zorbl datasets", "how many sign language video zorbl datasets?")) {
            Answer a = topics.answer(Question.of(q));
            assertTrue(a.sources().isEmpty() && a.markdown().contains("Not in the catalog"), q + ": " + a.markdown());
        }
    }

    @Test
    void theLongestDurationRanksByHours() {
        Answerer clips = FixtureCatalog.of(
                entry("MatchCam").released("2020-01-01").publisher("某体育台")
                        .description("MatchCam 是一个体育比赛视频数据集，包含500场比赛，总时长764小时。"),
                entry("ShortClips").released("2022-01-01").publisher("某公司")
                        .description("ShortClips 是一个短视频数据集，包含9万个视频，总时长120小时。"),
                entry("TextOnly").released("2021-01-01").publisher("某大学")
                        .description("TextOnly 是一个文本数据集，包含100万条句子。"))
                .engine(weatherDir.resolve("clips")).answerer();
        Answer longest = clips.answer(Question.of("时长最长的视频数据集是哪个？"));
        assertEquals(List.of("matchcam"), ids(longest.sources()), longest.markdown());
        assertTrue(longest.markdown().contains("764小时") && longest.markdown().contains("时长最长"), longest.markdown());
        Answer shortest = clips.answer(Question.of("Which video dataset has the shortest total duration?"));
        assertEquals(List.of("shortclips"), ids(shortest.sources()), shortest.markdown());
    }

    @Test
    void comeFromAPublisherIsWhoPublishedIt() {
        // ClipSet's text says nothing about where its data comes from; "come from Google" asks who published it.
        Answer a = ask("Which datasets come from Google?");
        assertEquals(List.of("clipset"), ids(a.sources()), a.markdown());
    }

    @Test
    void aChineseNounThatOpensAPublishersNameIsATopicNotThatPublisher() {
        // 蛋白质 opens 蛋白质信息资源's name; asked as a topic it selects the entries writing 蛋白质结构, not that
        // publisher's entry (before, the count was 0: the publisher's entry writes no 结构).
        Answerer proteins = FixtureCatalog.of(
                entry("SeqBase").released("2003-01-01").publisher("蛋白质信息资源")
                        .description("SeqBase 是一个蛋白质序列与功能注释数据库。"),
                entry("FoldDB").released("2021-01-01").publisher("某研究院")
                        .description("FoldDB 是一个蛋白质结构预测数据库，收录了2亿个预测结构。"),
                entry("StructBank").released("1971-01-01").publisher("某大学")
                        .description("StructBank 收录实验测定的蛋白质结构，是最早的开放数据资源之一。"))
                .engine(weatherDir.resolve("proteins")).answerer();
        Answer count = proteins.answer(Question.of("有几个蛋白质结构数据集"));
        assertTrue(count.markdown().contains("**2**"), count.markdown());
        assertEquals(List.of("folddb", "structbank"), ids(count.sources()), count.markdown());
    }

    @Test
    void aSuperlativeNoEntryStatesAFigureForSaysSo() {
        Answerer plain = FixtureCatalog.of(
                entry("NoteA").released("2020-01-01").publisher("某大学").description("NoteA 是一个文本分类数据集。"),
                entry("NoteB").released("2021-01-01").publisher("某公司").description("NoteB 是一个问答数据集。"))
                .engine(weatherDir.resolve("plain")).answerer();
        Answer en = plain.answer(Question.of("which dataset is the largest?"));
        assertTrue(en.sources().isEmpty() && en.markdown().contains("None of the 2 datasets asked about states a figure"),
                en.markdown());
        Answer zh = plain.answer(Question.of("哪个数据集最大？"));
        assertTrue(zh.sources().isEmpty() && zh.markdown().contains("目录未说明"), zh.markdown());
        assertEquals(List.of("noteb", "notea"), ids(zh.suggestions()), zh.markdown());
    }

    @Test
    void anEntryDatedOnlyToAYearOrNotAtAllIsStillFoundListedAndCounted() {
        Answerer dated = FixtureCatalog.of(
                entry("OldCorpus").released("1998").publisher("某大学").description("OldCorpus 是一个新闻文本语料库。"),
                entry("MonthSet").released("2019年5月").publisher("某公司").description("MonthSet 是一个新闻文本分类数据集。"),
                entry("DaySet").released("2019-08-01").publisher("某研究所").description("DaySet 是一个新闻问答数据集。"),
                entry("Undated").released(null).publisher("某实验室").description("Undated 是一个新闻摘要数据集。"))
                .engine(weatherDir.resolve("dated")).answerer();
        Answer one = dated.answer(Question.of("How many datasets came out in 1998?"));
        assertTrue(one.markdown().startsWith("The catalog has **1** dataset released in 1998"), one.markdown());
        Answer in2019 = dated.answer(Question.of("Which datasets came out in 2019?"));
        assertEquals(List.of("dayset", "monthset"), ids(in2019.sources()), in2019.markdown());
        assertTrue(in2019.markdown().contains("2019-05 ·"), in2019.markdown());
        Answer inAugust = dated.answer(Question.of("Which datasets came out in August 2019?"));
        assertEquals(List.of("dayset"), ids(inAugust.sources()), inAugust.markdown());
        Answer when = dated.answer(Question.of("When was OldCorpus released?"));
        assertTrue(when.markdown().contains("released in 1998"), when.markdown());
        Answer unstated = dated.answer(Question.of("When was Undated released?"));
        assertTrue(unstated.markdown().contains("does not state when"), unstated.markdown());
        Answer oldest = dated.answer(Question.of("Which is the oldest dataset?"));
        assertEquals("oldcorpus", ids(oldest.sources()).get(0), oldest.markdown());
        Answer count = dated.answer(Question.of("How many news datasets are there?"));
        assertTrue(count.markdown().contains("**4**"), count.markdown());
        assertEquals(null, count.sources().get(3).released(), count.markdown());
    }

    @Test
    void aNameIsKnownByItsFirstWordAfterAnArticleAndWithAPossessive() {
        Answerer art = FixtureCatalog.of(
                entry("The Lumen Archive").released("2017-02-07").publisher("某博物馆")
                        .description("The Lumen Archive 收录了5万幅画作的图像。藏品元数据以 CSV 格式发布。"),
                entry("Sketches").released("2019-01-01").publisher("某大学").description("Sketches 是一个素描数据集。"))
                .engine(weatherDir.resolve("art")).answerer();
        Answer a = art.answer(Question.of("In what format is the Lumen's metadata released?"));
        assertEquals(List.of("the-lumen-archive"), ids(a.sources()), a.markdown());
        assertTrue(a.markdown().contains("CSV"), a.markdown());
    }

    @Test
    void aSizeInAThingNoUnitCountsIsNotMetByCountsOfOtherThings() {
        Answerer sized = FixtureCatalog.of(
                entry("TweetMood").released("2009-06-01").publisher("某大学").description("TweetMood 收集了160万条推文，用于情感分类。"),
                entry("NewsPairs").released("2019-01-01").publisher("某组织").description("NewsPairs 是新闻翻译数据，包含2,500万句对。"))
                .engine(weatherDir.resolve("sized")).answerer();
        for (String q : List.of("which datasets cover more than 100 languages?", "哪些数据集覆盖超过100种语言？")) {
            Answer a = sized.answer(Question.of(q));
            assertTrue(a.sources().isEmpty(), q + ": " + a.markdown());
        }
        Answer samples = sized.answer(Question.of("which datasets have more than 1 million samples?"));
        assertTrue(ids(samples.sources()).contains("tweetmood"), samples.markdown());
    }

    @Test
    void askingForEverythingListsTheCatalogAndNoQuestionIsToldTheCatalogIsEmpty() {
        for (String q : List.of("list everything", "what do you have?", "show me everything")) {
            assertEquals(4, ask(q).sources().size(), q + ": " + ask(q).markdown());
        }
        assertEquals(List.of("tabled"), ids(ask("list everything from 2019").sources()));
        Answer nothing = ask("asdf qwer");
        assertTrue(nothing.sources().isEmpty() && !nothing.markdown().contains("has no datasets"), nothing.markdown());
    }
}
