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
    private static Answerer answerer;

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
    }

    private static Answer ask(String q) {
        return answerer.answer(Question.of(q));
    }

    private static List<String> ids(List<Source> sources) {
        return sources.stream().map(Source::id).toList();
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
}
