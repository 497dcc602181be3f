package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long conversational questions on a small catalog written here: the words that narrate what the asker does
 * (first-person clauses beside a clause that asks for something, "my team", the head of "a project about",
 * verb forms, a stated preference) weigh nothing and are never named as missing, while the asked words decide,
 * and a question whose asked words the catalog lacks is still "not in the catalog".
 */
class AskerWordsTest {
    private static final String CATALOG = """
            ### BigSpeech

            - 发布时间：2021-01-01
            - 发布机构：某大学
            - 数据集说明：BigSpeech 是一个普通话语音语料库，总时长超过10,000小时，全部经过人工转写。

            ### SmallSpeech

            - 发布时间：2017-01-01
            - 发布机构：某公司
            - 数据集说明：SmallSpeech 是一个普通话语音语料库，共178小时，经过人工转写。

            ### LawCases

            - 发布时间：2018-01-01
            - 发布机构：某法学院
            - 数据集说明：LawCases 收录260万份刑事案件的判决书，用于判决预测研究。

            ### RudeTalk

            - 发布时间：2024-01-01
            - 发布机构：某理工大学
            - 数据集说明：RudeTalk 用于检测中文在线视频中的居高临下和轻蔑语言。

            ### CityCam

            - 发布时间：2020-01-01
            - 发布机构：某研究所
            - 数据集说明：CityCam 是一个城市交通监控视频数据集。
            """;

    @TempDir
    static Path dir;
    private static GroundedAnswerer answerer;

    @BeforeAll
    static void load() throws Exception {
        answerer = (GroundedAnswerer) FixtureCatalog.answererOver(dir, CATALOG);
    }

    private static Answer ask(String q) {
        return answerer.answer(Question.of(q));
    }

    private static List<String> subjects(String q) {
        return answerer.plan(Question.of(q)).subjects().stream().map(Subject::text).toList();
    }

    @Test
    void aNarratedClauseBesideAnAskingOneIsContextAndAVaguePreferenceStillFilters() {
        String q = "my team is building a Mandarin voice assistant and we need lots of transcribed Mandarin speech, "
                + "ideally more than a few hundred hours, what would you suggest from the catalog?";
        List<String> s = subjects(q);
        assertFalse(s.contains("team"), s.toString());
        assertFalse(s.contains("assistant"), s.toString());
        assertEquals(1, s.stream().filter(w -> w.equalsIgnoreCase("mandarin")).count(), s.toString());
        assertEquals(List.of("bigspeech"), ids(ask(q)), ask(q).markdown());
    }

    @Test
    void theCharactersLeftAroundAWordTakenDoNotJoinIntoAnother() {
        // 有 … 的 around 刑事案件: analysed as one piece they were the bigram 有的 ("some"), a subject no entry writes
        List<String> s = subjects("有刑事案件的数据集吗？");
        assertFalse(s.contains("有的"), s.toString());
        Answer a = ask("有刑事案件的数据集吗？");
        assertEquals(List.of("lawcases"), ids(a), a.markdown());
        assertFalse(a.markdown().contains("有的"), a.markdown());
    }

    @Test
    void theProjectAQuestionIsAboutAndAPreferenceAreNoSubjects() {
        String q = "我在做一个关于判决预测的课题，想找刑事案件数据，最好量大一点，你们目录里有吗？是谁发布的？";
        List<String> s = subjects(q);
        assertFalse(s.contains("课题"), s.toString());
        assertFalse(s.contains("大一"), s.toString());
        assertFalse(s.contains("做"), s.toString());
        Answer a = ask(q);
        assertEquals(List.of("lawcases"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("某法学院"), a.markdown());
    }

    @Test
    void verbFormsTheCatalogNeverWritesAreHowTheQuestionIsAskedNotWhatAbout() {
        String q = "I'm working on a project about spotting condescending language in Chinese online videos and "
                + "wondered whether your catalog has anything for that, and if so who made it?";
        List<String> s = subjects(q);
        assertFalse(s.stream().anyMatch(w -> w.startsWith("I")), s.toString());
        assertFalse(s.contains("spotting"), s.toString());
        assertFalse(s.contains("wondered"), s.toString());
        assertEquals(List.of("rudetalk"), ids(ask(q)), ask(q).markdown());
        // 出来 "to come out": only a verb, never written, so never the missing subject
        assertFalse(subjects("有没有从视频里整理出来的数据集").contains("出来"));
    }

    @Test
    void aNounStandingInForWhatIsAskedIsNoSubjectWhereTheCatalogHasNothingForIt() {
        // "things": no entry writes it and no term translates it; it only stands in for what the asker means
        String q = "Which datasets have people transcribing things in Mandarin speech?";
        assertFalse(subjects(q).contains("things"), subjects(q).toString());
        assertEquals(List.of("bigspeech", "smallspeech"), ids(ask(q)).stream().sorted().toList(), ask(q).markdown());
        // beside another word the catalog lacks it stays: the question is not one the catalog answers in part
        String opera = "Which datasets have people singing things in Mandarin opera?";
        assertTrue(subjects(opera).contains("things"), subjects(opera).toString());
        assertTrue(ids(ask(opera)).isEmpty(), ask(opera).markdown());
    }

    @Test
    void aLongQuestionWhoseAskedWordsTheCatalogLacksIsStillNotInTheCatalog() {
        Answer a = ask("my team is building a karaoke app and we need song lyrics, ideally a lot of them, "
                + "what would you suggest?");
        assertTrue(ids(a).isEmpty(), a.markdown());
        assertTrue(a.markdown().startsWith("**Not in the catalog.**"), a.markdown());
        Answer zh = ask("我在做一个关于城市的课题，想找音乐数据，你们目录里有吗？");
        assertTrue(ids(zh).isEmpty(), zh.markdown());
        assertTrue(zh.markdown().contains("音乐"), zh.markdown());
        assertFalse(zh.markdown().contains("课题"), zh.markdown());
    }
}
