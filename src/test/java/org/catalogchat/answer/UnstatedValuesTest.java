package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A value the entry named does not state: a resolution asked where the entry writes only "高分辨率" (no figure), or
 * "…的受试者年龄范围是多少？" where the entry writes its subjects but no age. Each is "does not state", not a quote of
 * the sentence writing the other words, nor the entry's size.
 */
class UnstatedValuesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("StereoDrive（立体事件相机驾驶数据集）").released("2021-03-01").publisher("某大学")
                    .description("StereoDrive 是驾驶场景立体事件相机数据集。车上装有两台高分辨率事件相机、激光雷达和 RTK GPS，提供视差真值。"),
            entry("IrisWalk").released("2010-08-01").publisher("某大学")
                    .description("IrisWalk 是可见光虹膜图像数据库。共有261名受试者、11,102张图像，裁剪后的图像为400×300像素。"),
            entry("FaceAge").released("2017-07-01").publisher("某学院")
                    .description("FaceAge 是人脸年龄数据库。包含568名名人的16,488张图像，年龄从1岁到101岁。"));

    @Test
    void aResolutionWrittenWithNoFigureIsNotStated() {
        String a = bot.ask("What resolution are StereoDrive's event cameras?").markdown();
        assertTrue(a.startsWith("The catalog does not state"), a);
    }

    @Test
    void theValueOfANounTheEntryNeverWritesIsNotStated() {
        String a = bot.ask("IrisWalk 的受试者年龄范围是多少？").markdown();
        assertTrue(a.startsWith("目录未说明") && a.contains("年龄") && !a.contains("“受试者"), a);
        String stated = bot.ask("FaceAge 的年龄范围是多少？").markdown();
        assertTrue(stated.contains("1岁到101岁"), stated);
    }
}
