package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A name that is no entry but that entries write (an instrument, a model, another dataset) is an attribute when
 * the question says the asked datasets were made with it, and a dataset asked for otherwise.
 */
class AttributeNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SignDepth").released("2019-01-01").publisher("某大学")
                    .description("SignDepth 是一个手语视频数据集，使用微软 Kinect 设备采集，包含500个视频。"),
            entry("CapVid").released("2024-01-01").publisher("某实验室")
                    .description("CapVid 是一个视频描述数据集，其中4万条描述由GPT-4V标注。"),
            entry("TinyChat").released("2024-03-01").publisher("某公司")
                    .description("TinyChat 是一个多模态指令数据集，用它训练的小模型具有 GPT-4V 的性能。"),
            entry("WebPics").released("2021-01-01").publisher("某研究所")
                    .description("WebPics 是一个图文数据集，图片选自 COCO 的验证集。"),
            entry("RoadScan").released("2022-01-01").publisher("某车企")
                    .description("RoadScan 是一个自动驾驶数据集，包含900段激光雷达扫描。"));

    private static List<String> ids(List<Source> sources) {
        return sources.stream().map(Source::id).toList();
    }

    @Test
    void aNameAfterAMeansCueSelectsTheEntriesWritingIt() {
        assertEquals(List.of("signdepth"), ids(bot.ask("有没有用Kinect采集的数据").sources()));
        assertEquals(List.of("signdepth"), ids(bot.ask("any data collected with a Kinect?").sources()));
    }

    @Test
    void onlyEntriesWritingTheNameAsAMeansCount() {
        // TinyChat compares itself with GPT-4V; CapVid was annotated by it
        assertEquals(List.of("capvid"), ids(bot.ask("有没有用GPT-4V标注的数据集？").sources()));
    }

    @Test
    void aNameAskedAsADatasetIsStillNotInTheCatalog() {
        for (String q : List.of("Do you have COCO?", "有没有Kinect？", "Who released Kinect?")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q);
            assertTrue(a.sources().isEmpty(), q);
            assertTrue(!a.suggestions().isEmpty(), q);
        }
        assertEquals(List.of("webpics"), ids(bot.ask("Do you have COCO?").suggestions()).subList(0, 1));
    }

    @Test
    void aTermInsideAnotherDatasetsNameIsNoTopic() {
        // LiDAR is a shipped topic term, but inside LiDAR-3 it is part of a name: not a topic question about lidar
        Answer a = bot.ask("有没有LiDAR-3的数据？");
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
    }
}
