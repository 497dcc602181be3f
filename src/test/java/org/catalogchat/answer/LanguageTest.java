package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void englishWordsAroundAChineseNameAreEnglish() {
        assertEquals(Language.EN, Language.of("Who released 太素?"));
        assertEquals(Language.EN, Language.of("Is there any 遥感 data?"));
        assertEquals(Language.EN, Language.of("How many CT datasets are there?"));
        assertEquals(Language.EN, Language.of("compare LAION-5B and COYO-700M"));
    }

    @Test
    void latinNamesInAChineseQuestionDoNotMakeItEnglish() {
        assertEquals(Language.ZH, Language.of("有 MS MARCO 吗？"));
        assertEquals(Language.ZH, Language.of("MS COCO 和 LVIS 比呢？"));
        assertEquals(Language.ZH, Language.of("ImageNet 可以商用吗？"));
        // a name in plain title case, in a question closed by a Chinese particle
        assertEquals(Language.ZH, Language.of("有 Common Voice 吗？"));
        assertEquals(Language.ZH, Language.of("有 Open Images 数据集吗"));
        assertEquals(Language.ZH, Language.of("什么是 Wukong"));
        assertEquals(Language.ZH, Language.of("有 ImageNet、WordNet 吗"), "capitals inside a word make it a name");
    }

    @Test
    void aSingleHanCharacterDoesNotMakeAQuestionChinese() {
        assertEquals(Language.EN, Language.of("MS 吗"));
        assertEquals(Language.EN, Language.of("COCO"));
    }
}
