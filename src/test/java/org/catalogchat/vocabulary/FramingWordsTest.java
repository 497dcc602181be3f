package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramingWordsTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();
    private static final String FACT_CHECKING = "基于表格的事实验证数据集，每条声明标为被表格支持或驳斥。";

    private static CatalogVocabulary vocabulary(String... texts) {
        return DICTIONARY.restrictTo(List.of(texts));
    }

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }

    @Test
    void aFunctionWordTheCatalogDoesNotReachIsNoSpan() {
        // ECDICT gives "against" only a preposition's senses: the question is about claims and tables
        List<Span> spans = vocabulary(FACT_CHECKING).translate("checking claims against tables");
        assertFalse(texts(spans).contains("against"), spans.toString());
        assertTrue(texts(spans).contains("tables"), spans.toString());
    }

    @Test
    void anIntransitiveVerbTheCatalogDoesNotReachIsNoSpan() {
        // "happen" (vi. 发生) frames "why crashes happen"; "crashes" stays a word of its own
        List<Span> spans = vocabulary("事故视频数据集。").translate("why crashes happen");
        assertEquals(List.of("crashes"), texts(spans), spans.toString());
    }

    @Test
    void aContentWordTheCatalogLacksStaysUnmatched() {
        // "sick" is an adjective (and a noun): it names what is asked, so it still makes the question unanswered
        List<Span> spans = vocabulary("植物叶片病害图像。").translate("sick leaves");
        assertTrue(spans.stream().anyMatch(s -> s.text().equals("sick") && !s.matched()), spans.toString());
    }

    @Test
    void theListIsReadFromTheDictionaryMarks() {
        assertTrue(FramingWords.isFraming("instead"));
        assertTrue(FramingWords.isFraming("happens"));
        assertFalse(FramingWords.isFraming("grab"));
        assertFalse(FramingWords.isFraming("tables"));
    }
}
