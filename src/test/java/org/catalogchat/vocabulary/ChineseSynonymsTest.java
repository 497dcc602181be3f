package org.catalogchat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseSynonymsTest {
    private static final BilingualDictionary DICTIONARY = BilingualDictionary.load();

    private static CatalogVocabulary catalog(String... texts) {
        return DICTIONARY.restrictTo(List.of(texts));
    }

    @Test
    void aColloquialWordReachesTheCatalogsWordWhenGlossAndCharactersAgree() {
        CatalogVocabulary v = catalog("共1,000张肠道息肉图像，由医生标注。", "调查对象是45岁以上的老年人。", "医学图像分割数据集。");
        assertEquals(List.of("肠道"), v.synonyms("肠子"));     // "intestines", and 肠 with a noun suffix
        assertEquals(List.of("老年人"), v.synonyms("老人"));   // "the elderly", 老人 in order inside 老年人
        assertEquals(List.of("图像"), v.synonyms("影像"));     // main senses both "image", 像 in the same place
    }

    @Test
    void aSharedGlossAloneIsNoSynonym() {
        // each pair shares a gloss in CC-CEDICT, but not the characters of one word (德国 "German" / 德语, 结构
        // "structure" / 机构, 年代 "age" / 年龄), or the gloss is a verb's (收到 / 受到 "to receive")
        CatalogVocabulary v = catalog("发布机构：柏林的研究所。文本为德语和德文。", "受试者年龄在31岁到86岁之间，受到资助。");
        assertEquals(List.of(), v.synonyms("德国"));
        assertEquals(List.of(), v.synonyms("结构"));
        assertEquals(List.of(), v.synonyms("年代"));
        assertEquals(List.of(), v.synonyms("收到"));
    }

    @Test
    void aVerbObjectWordReachesItsObjectAsTheCatalogWritesIt() {
        CatalogVocabulary v = catalog("纽约市出租车行程记录，包括上下车时间和地点。");
        assertEquals(List.of("出租车"), v.objectsOf("打车"));   // "to take a taxi": 出租车 is "taxi" and writes 车
        assertEquals(List.of(), v.objectsOf("开车"));           // "to drive a car": no catalog word is "car"
    }

    @Test
    void aWordTheCatalogWritesHasNoSynonyms() {
        CatalogVocabulary v = catalog("肠道与肠子的内镜图像。");
        assertEquals(List.of(), v.synonyms("肠子"));
    }
}
