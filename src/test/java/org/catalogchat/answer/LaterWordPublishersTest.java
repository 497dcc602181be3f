package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A later word of a publisher's Latin name ("Face" of Hugging Face, "Magenta" of Google Magenta) names that publisher
 * only where the question says it publishes; as a topic word it is a word ("face datasets" are about faces).
 */
class LaterWordPublishersTest {
    @TempDir
    static Path dir;
    private static Answerer answerer;

    @BeforeAll
    static void load() {
        answerer = FixtureCatalog.of(
                entry("CodePile").released("2022-11-01").publisher("BigCode（Hugging Face、ServiceNow Research）")
                        .description("CodePile 是 BigCode 项目（由 Hugging Face 和 ServiceNow Research 牵头）发布的源代码预训练数据集，覆盖300种编程语言。"),
                entry("FaceSet").released("2015-11-01").publisher("香港中文大学")
                        .description("FaceSet 是人脸检测数据集，包含3万张图像和39万个标注的人脸。"),
                entry("SmileFaces").released("2016-05-01").publisher("某大学")
                        .description("SmileFaces 是人脸表情识别数据集，包含2万张人脸图像。"),
                entry("PianoRolls").released("2018-10-01").publisher("Google Magenta（Google Brain）")
                        .description("PianoRolls 是钢琴演奏的 MIDI 与音频对齐数据集。"),
                entry("NewsEvents").released("2013-04-01").publisher("EventWatch Project")
                        .description("NewsEvents 是全球新闻事件数据库。"),
                entry("Genomes100").released("2008-01-22").publisher("某研究所")
                        .description("Genomes100（Hundred Genomes Project）是人类基因组测序计划的数据。"))
                .engine(dir).answerer();
    }

    @Test
    void aTopicWordIsNoLaterWordOfAPublishersName() {
        // was CodePile: "face" selected by the publisher "BigCode（Hugging Face、…）"
        Answer a = answerer.answer(Question.of("Which face dataset is the newest?"));
        List<String> ids = ids(a);
        assertFalse(ids.isEmpty(), a.markdown());
        assertEquals("smilefaces", ids.get(0), a.markdown());
        assertFalse(ids.contains("codepile"), a.markdown());
        Answer count = answerer.answer(Question.of("how many face datasets are there?"));
        assertEquals(Set.of("faceset", "smilefaces"), Set.copyOf(ids(count)), count.markdown());
    }

    @Test
    void aLaterWordSaidToPublishIsThatPublisher() {
        Answer a = answerer.answer(Question.of("Which datasets are from Magenta?"));
        assertEquals(List.of("pianorolls"), ids(a), a.markdown());
        // the verb says how it is asked ("make" was read as a subject: "no make datasets from Magenta")
        Answer made = answerer.answer(Question.of("Which datasets did Magenta make?"));
        assertEquals(List.of("pianorolls"), ids(made), made.markdown());
        Answer b = answerer.answer(Question.of("What did Hugging Face release?"));
        assertEquals(List.of("codepile"), ids(b), b.markdown());
        assertTrue(b.markdown().contains("CodePile"), b.markdown());
        // a later word no entry writes outside its publisher's name asks for that publisher
        Answer c = answerer.answer(Question.of("Magenta datasets"));
        assertEquals(List.of("pianorolls"), ids(c), c.markdown());
    }

    @Test
    void aCapitalisedLaterWordInsideTheQuestionIsAName() {
        // "Project" capitalised inside the question is the name's, not the word another entry writes
        Answer a = answerer.answer(Question.of("Do you have the Human Genome Project data?"));
        assertTrue(ids(a).isEmpty(), a.markdown());
    }
}
