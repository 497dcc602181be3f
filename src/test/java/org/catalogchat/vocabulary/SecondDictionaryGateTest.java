package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecondDictionaryGateTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();

    @Test
    void aWordReachedOnlyThroughAGuessedBaseTakesTheSecondDictionarysSense() {
        // "segmentation" is glossed by no headword; its rule-guessed base "segment" is (段, 片段 …), and ECDICT gives 分割
        var v = DICTIONARY.restrictTo(List.of("街景图像语义分割数据集，共有1000个视频片段。"));
        Span segmentation = v.translate("street scene segmentation").stream()
                .filter(s -> s.text().equals("segmentation")).findFirst().orElseThrow();
        assertEquals("分割", segmentation.best(), segmentation.toString());
        // ECDICT's senses of the base ("segment" → 片段) are another word's
        assertTrue(segmentation.translations().stream().noneMatch(t -> t.chinese().equals("片段")), segmentation.toString());
    }

    @Test
    void aWordTheFirstDictionaryNamesItselfKeepsTheGateShut() {
        assertTrue(SecondDictionaryGate.firstDictionaryNames(DICTIONARY, "bird"));
        assertTrue(SecondDictionaryGate.firstDictionaryNames(DICTIONARY, "birds"));
        assertFalse(SecondDictionaryGate.firstDictionaryNames(DICTIONARY, "segmentation"));
    }
}
