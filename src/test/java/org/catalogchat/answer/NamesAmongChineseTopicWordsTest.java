package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A name no entry is called, written as a word by descriptions, among the Chinese words of a topic question is a
 * word of that topic ("室内场景的RGB-D深度数据"), also where the question spells it without the catalog's hyphen
 * ("WiFi 信号"); asked alone it is still a dataset the catalog lacks.
 */
class NamesAmongChineseTopicWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("RoomDepth").released("2012-10-01").publisher("某大学")
                    .description("RoomDepth 用 Kinect 采集了464个室内场景的 RGB-D 视频，提供稠密的深度标注。"
                            + "其精简版 RoomDepth-mini 含12个大类。"),
            entry("StreetDepth").released("2015-10-01").publisher("某大学")
                    .description("StreetDepth 是室外街景的双目深度估计数据集。"),
            entry("HallScan").released("2017-03-01").publisher("某研究所")
                    .description("HallScan 收录了办公楼里的室内场景照片、语义标注和估计的深度。"),
            entry("FloorLoc").released("2014-09-01").publisher("某大学")
                    .description("FloorLoc 记录了手机在三栋楼里接收到的 Wi-Fi 信号强度，用于室内定位。"),
            entry("SignWave").released("2018-03-01").publisher("某大学")
                    .description("SignWave 用 Wi-Fi 信号的信道状态信息识别手语动作。"),
            entry("CarRadio").released("2016-05-01").publisher("某公司")
                    .description("CarRadio 是车载收音机信号的调制识别数据集。"));

    private static Set<String> ids(List<Source> sources) {
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void aNameAmongChineseTopicWordsIsAWordOfTheTopic() {
        Answer a = bot.ask("室内场景的RGB-D深度数据");
        assertEquals(Intent.TOPIC, a.intent(), a.markdown());
        // HallScan writes 室内场景 and 深度 but not RGB-D: the name asked is no word an entry may lack
        assertEquals(Set.of("roomdepth"), ids(a.sources()), a.markdown());
    }

    @Test
    void aNameSpelledWithoutTheCatalogsHyphenIsReadInTheCatalogsSpelling() {
        Answer a = bot.ask("手机收到的 WiFi 信号强度");
        assertEquals(Set.of("floorloc"), ids(a.sources()), a.markdown());
        Answer count = bot.ask("有几个数据集用到了 WiFi 信号？");
        assertEquals(Set.of("floorloc", "signwave"), ids(count.sources()), count.markdown());
    }

    @Test
    void aNameAskedAloneIsStillNotInTheCatalog() {
        for (String q : List.of("有没有Kinect", "有 RGB-D 吗？", "有 Kinect 数据集吗？", "有没有Kinect深度数据？")) {
            Answer a = bot.ask(q);
            assertEquals(Intent.NOT_FOUND, a.intent(), q + ": " + a.markdown());
            assertTrue(a.sources().isEmpty(), q);
        }
    }

    @Test
    void anEntrysNameWithASuffixJoinedOnIsThatEntryAskedByNameNotATopicWord() {
        // "WuDaoMM-base 分成多少个大类？": the entry's own name and "-base" ask that entry, not a count of a topic
        Answer a = bot.ask("RoomDepth-mini 分成多少个大类？");
        assertEquals(Set.of("roomdepth"), ids(a.sources()), a.markdown());
    }
}
