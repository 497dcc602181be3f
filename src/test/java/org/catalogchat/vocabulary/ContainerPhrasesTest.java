package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "text-to-image preference datasets", "hand pose dataset": a word for "a set of data" after a topic word is the
 * question's frame, not part of the topic. Where some entries' names end in it ("Human Preference Dataset v2",
 * 姿态数据集), the phrase was read whole and selected only those names, so the entries writing the topic itself (偏好,
 * 姿态) were left out of a count or list.
 */
class ContainerPhrasesTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();

    @Test
    void aLiterallyWrittenPhraseEndingInDatasetIsReadWithoutIt() {
        var v = DICTIONARY.restrictTo(List.of("Human Preference Dataset v2，人类偏好数据。", "文生图用户偏好数据。"));
        List<Span> spans = v.translate(List.of("preference", "datasets"));
        assertEquals("preference", spans.get(0).text(), spans.toString());
        assertEquals(1, spans.get(0).end(), spans.toString());
    }

    @Test
    void aWordIsNotJoinedWithDatasetIntoACompoundSomeNamesEndIn() {
        var v = DICTIONARY.restrictTo(List.of("渲染手部姿态数据集。", "三维人体姿态估计。"));
        List<Span> spans = v.translate(List.of("pose", "dataset"));
        assertEquals("pose", spans.get(0).text(), spans.toString());
        assertTrue(spans.get(0).translations().stream().noneMatch(t -> t.chinese().endsWith("数据集")), spans.toString());
    }

    @Test
    void onlyAClosingContainerWordCounts() {
        assertTrue(CatalogVocabulary.endsInContainer(List.of("pose", "dataset")));
        assertTrue(!CatalogVocabulary.endsInContainer(List.of("dataset")));
        assertTrue(!CatalogVocabulary.endsInContainer(List.of("data", "mining")));
    }
}
