package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Terms that forbid commercial use asked as a filter: a CC licence with the NC element, or a description writing
 * 非商业; with "Creative Commons" beside it, only the NC licences (not the whole family, not 非商业 in words).
 */
class NonCommercialTermsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SceneScans").released("2019-04-01").publisher("某大学")
                    .description("SceneScans 是一个激光雷达扫描数据集，数据沿用 CC BY-NC-SA 3.0 协议。"),
            entry("FaceShots").released("2017-07-01").publisher("某大学")
                    .description("FaceShots 是一个人脸表情图像数据集，仅供非商业研究使用。"),
            entry("PlaneShots").released("2013-06-01").publisher("某大学")
                    .description("PlaneShots 是飞机图像数据集，照片仅可用于非商业研究。"),
            entry("ClipSet").released("2020-10-01").publisher("某大学")
                    .description("ClipSet 是一个声音片段数据集，数据集整体以 CC BY 4.0 协议发布。"),
            entry("CarFrames").released("2016-07-01").publisher("某大学")
                    .description("CarFrames 是车辆图像数据集，用于车辆重识别研究。"));

    private static Set<String> asked(String q) {
        return Set.copyOf(ids(bot.ask(q)));
    }

    @Test
    void nonCommercialTermsInEitherLanguage() {
        Set<String> nc = Set.of("scenescans", "faceshots", "planeshots");
        // "purposes" was the subject (not-found); "say" too
        assertEquals(nc, asked("Which datasets may only be used for non-commercial purposes?"));
        assertEquals(nc, asked("Which entries say the data may only be used for non-commercial purposes?"));
        assertEquals(nc, asked("哪些数据集仅限非商业研究使用？"));
        assertTrue(bot.ask("How many datasets can only be used for non-commercial purposes?").markdown().contains("3"));
    }

    @Test
    void aNonCommercialCreativeCommonsLicenceIsOnlyTheNcLicences() {
        // the family was read: every CC entry, CC BY 4.0 too
        assertEquals(List.of("scenescans"), ids(bot.ask("Which datasets use a non-commercial Creative Commons licence?")));
    }
}
