package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English word whose Chinese is one character the catalog writes inside a word the dictionary lacks ("face": 脸 of
 * 人脸) finds the entries that write it.
 */
class OneCharacterWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("FaceSpot").released("2015-11-01").publisher("某大学")
                    .description("FaceSpot 是一个人脸检测基准，共标注了39万个人脸。"),
            entry("CelebFaces").released("2015-10-01").publisher("某大学")
                    .description("CelebFaces 是一个名人人脸属性数据集，每张图像标注了40个属性。"),
            entry("WebFaces").released("2014-11-01").publisher("某研究所")
                    .description("WebFaces 是一个人脸识别训练数据集，图像取自名人页面。"),
            entry("StreetPics").released("2016-04-01").publisher("某公司")
                    .description("StreetPics 是一个城市街景图像数据集，用于语义分割，共5千张图像。"),
            entry("CodePile").released("2022-11-01").publisher("某公司")
                    .description("CodePile 是一个源代码数据集，包含30种编程语言。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aWordWhoseChineseIsOneCharacterOfAnUnlistedWordFindsItsEntries() {
        assertEquals(Set.of("facespot", "celebfaces", "webfaces"), ids("face datasets"));
        assertEquals(Set.of("facespot", "webfaces"), ids("face recognition or face detection datasets"));
    }

}
