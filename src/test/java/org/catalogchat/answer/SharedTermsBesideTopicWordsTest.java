package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A term several entries write and none is called (IMU), beside other words that narrow the catalog, is a word of
 * the topic in an English question and in a Chinese one that opens with 有没有; asked alone it is still a name the
 * catalog lacks, and so is a name only one entry writes.
 */
class SharedTermsBesideTopicWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SkyFlight").released("2016-01-01").publisher("某大学")
                    .description("SkyFlight 记录了无人机飞行时的双目相机图像和 IMU 读数，用于视觉惯性里程计。"),
            entry("EventDrive").released("2018-01-01").publisher("某大学")
                    .description("EventDrive 用 IMU 和激光雷达记录了车辆驾驶场景。"),
            entry("StillBirds").released("2019-01-01").publisher("某研究所")
                    .description("StillBirds 收录了无人机航拍的鸟类照片，照片由 Kinect 辅助标定。"),
            entry("TextScan").released("2020-01-01").publisher("某公司")
                    .description("TextScan 是扫描文档的版面分析数据集。"));

    @Test
    void aSharedTermBesideTopicWordsSelectsTheEntriesWritingIt() {
        Answer en = bot.ask("drone flights recorded with a camera and an IMU");
        assertEquals(List.of("skyflight"), ids(en), en.markdown());
        Answer zh = bot.ask("有没有无人机 IMU 读数的数据？");
        assertEquals(List.of("skyflight"), ids(zh), zh.markdown());
    }

    @Test
    void aTermAskedAloneOrWrittenByOneEntryIsStillNotInTheCatalog() {
        for (String q : List.of("Do you have IMU?", "Is IMU in the catalog?", "有没有无人机 Kinect 数据？")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q + ": " + a.markdown());
            assertTrue(a.sources().isEmpty(), q);
        }
    }
}
