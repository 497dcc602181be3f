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
                    .description("FaceAge 是人脸年龄数据库。包含568名名人的16,488张图像，年龄从1岁到101岁。"),
            entry("RoundGaze").released("2019-10-22").publisher("某学院")
                    .description("RoundGaze 是三维视线估计数据集，用360度全景相机在室内和室外环境中采集。"),
            entry("SketchSet").released("2012-08-01").publisher("某工业大学")
                    .description("SketchSet 包含20,000幅手绘草图。感知实验显示人类能认出73%草图的类别，计算机识别方法准确率为56%。"),
            entry("WaveHands").released("2019-06-01").publisher("某大学")
                    .description("WaveHands 是基于商用 Wi-Fi 的手势识别数据集。只需训练一次即可用于新的环境、位置和人体朝向。"));

    @Test
    void aFigureInDegreesCountsNoCameras() {
        String a = bot.ask("How many cameras did RoundGaze use?").markdown();
        assertTrue(a.startsWith("The catalog does not state"), a);
    }

    @Test
    void aOneCharacterFormIsNoNounAcrossARelativeClause() {
        String a = bot.ask("WaveHands 有多少名参与者？").markdown();
        assertTrue(a.startsWith("目录未说明"), a);
    }

    @Test
    void anEnglishValueNamedBeforeOfThatTheEntryNeverWritesIsNotStated() {
        String a = bot.ask("What is the age range of the IrisWalk subjects?").markdown();
        assertTrue(a.startsWith("The catalog does not state"), a);
        String stated = bot.ask("What is the age range of the FaceAge celebrities?").markdown();
        assertTrue(stated.contains("1岁到101岁"), stated);
    }

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
        String share = bot.ask("SketchSet 草图里人能认出来的比例是多少？").markdown();
        assertTrue(share.contains("73%"), share);
    }
}
