package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipleSensesTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();
    private static final String TEXT = "行车记录仪视频与电影片段，家具模型带有材质与纹理，记录了钢琴演奏，图像带有标签。";

    private static List<String> terms(CatalogVocabulary v, String english) {
        return v.toChinese(english).stream().map(Translation::chinese).toList();
    }

    @Test
    void aParticipleDoesNotTakeANounOfItsBase() {
        var v = DICTIONARY.restrictTo(List.of(TEXT));
        // 电影 is "film" the thing, 材质 "texture", 纹理 "lines", 标签 "label": nothing was filmed, textured, lined or labelled
        assertFalse(terms(v, "filmed").contains("电影"), v.toChinese("filmed").toString());
        assertFalse(terms(v, "textured").contains("材质"), v.toChinese("textured").toString());
        assertFalse(terms(v, "lined").contains("纹理"), v.toChinese("lined").toString());
        assertFalse(terms(v, "labeled").contains("标签"), v.toChinese("labeled").toString());
        // the nouns themselves still translate
        assertEquals("电影", terms(v, "film").get(0));
        assertEquals("标签", terms(v, "label").get(0));
    }

    @Test
    void aParticipleKeepsItsBasesVerb() {
        var v = DICTIONARY.restrictTo(List.of(TEXT));
        assertTrue(terms(v, "recorded").contains("记录"), v.toChinese("recorded").toString()); // 记录 "to record"
    }

    @Test
    void aParticipleWithoutAVerbSenseIsLeftUnmatchedInAQuestion() {
        var v = DICTIONARY.restrictTo(List.of(TEXT));
        Span filmed = v.translate("videos filmed from inside cars").stream()
                .filter(s -> s.text().equals("filmed")).findFirst().orElseThrow();
        assertFalse(filmed.matched(), filmed.toString());
    }

    @Test
    void onlyAnEdEndingAfterThreeLettersIsAParticiple() {
        assertTrue(ParticipleSenses.participle("filmed"));
        assertFalse(ParticipleSenses.participle("red"));
        assertFalse(ParticipleSenses.participle("seed"));
        assertFalse(ParticipleSenses.participle("film"));
    }
}
