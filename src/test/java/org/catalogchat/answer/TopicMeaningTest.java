package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.catalogchat.core.TestEngines;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic word no entry writes is set aside when the entries' meanings (descriptions glossed into English and
 * embedded) confirm that the entry writing the topic's other words is what was asked for; otherwise the answer stays
 * "not in the catalog". A small catalog in another domain (birds, clothing, sport), with MiniLM.
 */
class TopicMeaningTest {
    @TempDir
    static Path dir;
    private static Answerer answerer;

    @BeforeAll
    static void load() {
        answerer = FixtureCatalog.of(
                entry("Chirp").released("2005-01-01").publisher("某鸟类基金会")
                        .description("Chirp 是一个共享世界各地鸟类鸣声的网站，录音由志愿者上传，覆盖一万多个鸟种。"),
                entry("Tailor").released("2016-06-01").publisher("某大学")
                        .description("Tailor 是大规模服装图像数据集，标注了服装类别、属性和关键点。"),
                entry("Kicker").released("2018-06-01").publisher("某科技大学")
                        .description("Kicker 包含500场完整足球比赛视频，标注了进球和换人事件。"),
                entry("Ledger").released("2019-01-01").publisher("某银行")
                        .description("Ledger 记录了信用卡交易，用于欺诈检测。"))
                .engine(dir, TestEngines.model()).answerer();
    }

    @Test
    void aWordTheCatalogWritesOtherwiseIsSetAsideWhenTheMeaningConfirmsIt() {
        // 鸟类 is written, 声音 is not (the entry says 鸣声): the birdsong archive is what was asked for
        Answer a = answerer.answer(Question.of("有没有鸟类声音的数据集？"));
        assertEquals(List.of("chirp"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("声音"), "the word set aside is named: " + a.markdown());
    }

    @Test
    void aWordThatMovesTheQuestionAwayFromTheEntryKeepsItNotInTheCatalog() {
        // "statistics" is written nowhere, and the match videos are not match statistics
        Answer a = answerer.answer(Question.of("soccer match statistics"));
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertTrue(a.markdown().toLowerCase(java.util.Locale.ROOT).contains("not in the catalog"), a.markdown());
    }

    @Test
    void aTopicWithNothingWrittenStaysNotInTheCatalog() {
        Answer a = answerer.answer(Question.of("Is there a protein folding dataset?"));
        assertTrue(a.sources().isEmpty(), a.markdown());
    }
    @Test
    void aCountOverTheTopicSetsTheWordAsideAsTheTopicDoes() {
        // the count is the size of the topic's set: 1, not "0, not in the catalog" for the unwritten 声音
        Answer a = answerer.answer(Question.of("有几个鸟类声音的数据集？"));
        assertEquals(Intent.COUNT, a.intent(), a.markdown());
        assertEquals(List.of("chirp"), ids(a), a.markdown());
        // and a word that moves the question away still counts nothing
        Answer none = answerer.answer(Question.of("How many soccer match statistics datasets are there?"));
        assertTrue(none.sources().isEmpty(), none.markdown());
    }
}
