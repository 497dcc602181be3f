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
 * A compound the question asks and members write whole (立体事件相机) is not partly met by an entry writing only its
 * head (事件相机): that is the plain kind, not the one the modifier picks out.
 */
class UnmodifiedHeadTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("StereoDrive").released("2021-03-01").publisher("某大学")
                    .description("StereoDrive 是驾驶场景的立体事件相机数据集，车上装有两台事件相机和激光雷达。"),
            entry("StereoBike").released("2018-01-01").publisher("某实验室")
                    .description("StereoBike 是一个立体事件相机数据集，相机装在摩托车和无人机上。"),
            entry("EventDigits").released("2015-01-01").publisher("某大学")
                    .description("EventDigits 用云台上的事件相机把手写数字图像转换成事件流。"),
            entry("StereoMatch").released("2014-01-01").publisher("某学院")
                    .description("StereoMatch 是一个双目立体匹配数据集，提供视差真值。"),
            entry("StereoSound").released("2013-01-01").publisher("某大学")
                    .description("StereoSound 收录立体声音乐录音。"),
            entry("ReliefMaps").released("2011-01-01").publisher("某局")
                    .description("ReliefMaps 收录立体地形图。"),
            entry("BirdSongs").released("2010-01-01").publisher("某公司")
                    .description("BirdSongs 收录鸟类鸣叫录音。"),
            entry("Recipes").released("2009-01-01").publisher("某公司")
                    .description("Recipes 收录中文菜谱。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void anEntryWritingOnlyTheHeadIsNoMemberOfTheModifiedKind() {
        assertEquals(Set.of("stereodrive", "stereobike"), ids("立体事件相机的数据集"));
    }

    @Test
    void runsAreTheChineseWordsSideBySide() {
        var stereo = new Subject("立体", List.of("立体"), List.of(), 0, List.of(), false);
        var event = new Subject("事件", List.of("事件"), List.of(), 0, List.of(), false);
        var camera = new Subject("相机", List.of("相机"), List.of(), 0, List.of(), false);
        var news = new Subject("新闻", List.of("新闻"), List.of(), 0, List.of(), false);
        assertEquals(List.of(List.of(stereo, event, camera)),
                UnmodifiedHead.runs("立体事件相机的新闻", List.of(camera, news, stereo, event)));
        assertTrue(UnmodifiedHead.runs("立体和事件", List.of(stereo, event)).isEmpty());
    }
}
