package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosedCompoundsTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();
    private static final String POSE = "动物姿态估计基准，每个动物实例标注17个关键点。";

    private static CatalogVocabulary vocabulary(String... texts) {
        return DICTIONARY.restrictTo(List.of(texts));
    }

    @Test
    void aClosedCompoundNoDictionaryKnowsIsReadAsItsTwoWords() {
        // no headword glosses "keypoints"; "key" + "points" is 关键 + 点, which the catalog writes as 关键点
        Span keypoints = vocabulary(POSE).translate("animal keypoints").get(1);
        assertEquals("keypoints", keypoints.text());
        assertEquals("关键点", keypoints.best(), keypoints.toString());
    }

    @Test
    void aCompoundWhoseWordsTheCatalogWritesApartStaysUnmatched() {
        // 关键 and 点 written apart, never as one word: the two words are no reading of "keypoints"
        Span keypoints = vocabulary("关键的一点是数据很大。").translate("keypoints").get(0);
        assertFalse(keypoints.matched(), keypoints.toString());
    }

    @Test
    void aStopWordAndAWordAreNoCompound() {
        // "in-context" read as "in" + "context" is "context" alone (上下文): not the compound the asker wrote
        Span inContext = vocabulary("多模态上下文学习数据集。").translate("in-context learning").get(0);
        assertEquals("in-context", inContext.text());
        assertFalse(inContext.matched(), inContext.toString());
    }

    @Test
    void onlyUnknownWordsWithoutInnerCapitalsAreSplit() {
        java.util.function.Predicate<String> known = w -> List.of("key", "points", "you", "tube", "super", "resolution")
                .contains(w);
        assertEquals(List.of(List.of("key", "points")), ClosedCompounds.splits("keypoints", known));
        assertEquals(List.of(List.of("key", "points")), ClosedCompounds.splits("Keypoints", known));
        assertEquals(List.of(List.of("super", "resolution")), ClosedCompounds.splits("super-resolution", known));
        assertTrue(ClosedCompounds.splits("YouTube", known).isEmpty(), "a name");
        assertTrue(ClosedCompounds.splits("points", known).isEmpty(), "a word the dictionary knows");
        assertTrue(ClosedCompounds.splits("state-of-the-art", known).isEmpty(), "more than two words");
    }
}
