package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BracketGlossesTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();

    /** One entry glosses the term in brackets; two others write only the Chinese. */
    private static final List<String> DIARIZATION = List.of(
            "视听说话人日志（speaker diarization）数据集，素材来自多人对话视频。",
            "第三届说话人日志挑战赛的开发集和评测集，收集难的录音场景。",
            "会议录音，可用于语音分离、语音识别和说话人日志等任务。",
            "演讲者的公开演讲视频，配有字幕。");

    private static String best(CatalogVocabulary v, String phrase) {
        return v.translate(phrase).stream().filter(s -> s.text().equals(phrase)).findFirst()
                .map(Span::best).orElse(null);
    }

    @Test
    void anEnglishPhraseTranslatesToTheChineseTermTheCatalogGlossesWithIt() {
        var v = DICTIONARY.restrictTo(DIARIZATION);
        // read as one phrase, to the catalog's term, not "speaker" and "diarization" apart
        assertEquals("说话人日志", best(v, "speaker diarization"), v.translate("speaker diarization datasets").toString());
        // the term starts where another entry's writing of it does, not at 视听 before it
        assertEquals(List.of("说话人日志"), BracketGlosses.harvest(DICTIONARY, DIARIZATION)
                .toChinese(EnglishWords.words("speaker diarization")).stream().map(Translation::chinese).toList());
    }

    @Test
    void aTermOnlyTheGlossingEntryWritesGivesNothing() {
        // the one entry writing both languages is found through the English already; no other entry confirms the extent
        var glosses = BracketGlosses.harvest(DICTIONARY, List.of(DIARIZATION.get(0), DIARIZATION.get(3)));
        assertEquals(0, glosses.size());
    }

    @Test
    void aPartOfATermIsNoTranslation() {
        var texts = List.of(
                // only 防伪 and 许可证 are written by another entry: parts of 人脸防伪 and 宽松许可证, not their English
                "人脸防伪（face anti-spoofing）数据集，采用宽松许可证（permissive license）发布。",
                "语音防伪挑战赛的数据，按许可证发布。",
                // a dictionary word glossed otherwise (数据集 "data set") is a word of a longer term: 移出数据集 "opt-out"
                "作者可以请求把自己的代码移出数据集（opt-out）。",
                "另一个代码数据集。");
        var glosses = BracketGlosses.harvest(DICTIONARY, texts);
        assertEquals(0, glosses.size(), () -> "harvested: " + glosses.toChinese(EnglishWords.words("face anti-spoofing"))
                + glosses.toChinese(EnglishWords.words("permissive license")) + glosses.toChinese(EnglishWords.words("opt-out")));
    }

    @Test
    void aCatalogAboveTheLimitIsNotReadForGlosses() {
        var texts = new java.util.ArrayList<>(DIARIZATION);
        assertEquals(1, BracketGlosses.harvest(DICTIONARY, texts).size());
        while (texts.size() <= BracketGlosses.MAX_ENTRIES) texts.add("演讲者的公开演讲视频。");
        // a scan of every other entry per bracketed phrase is bounded by the catalog's size
        assertEquals(0, BracketGlosses.harvest(DICTIONARY, texts).size());
    }

    @Test
    void theGlossesArePersistedWithTheVocabulary() throws IOException {
        var bytes = new ByteArrayOutputStream();
        DICTIONARY.restrictTo(DIARIZATION).write(new DataOutputStream(bytes));
        var read = CatalogVocabulary.read(DICTIONARY,
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))).orElseThrow();
        assertEquals("说话人日志", best(read, "speaker diarization"));
        assertTrue(read.toChinese("speaker diarization").get(0).occurrences() == 3, read.toChinese("speaker diarization").toString());
    }
}
