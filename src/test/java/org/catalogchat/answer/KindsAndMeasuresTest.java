package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a count asks besides its noun: "different" says only that the things differ ("how many different hand
 * gestures" counts hand gestures); "kinds of gestures" is answered by the kinds an entry writes ("分为27类") where it
 * counts no gesture; "多少种失真类型" is counted by the distortions ("24种失真").
 */
class KindsAndMeasuresTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SwipeSet（手势视频数据集）").released("2019-10-01").publisher("某公司")
                    .description("SwipeSet 通过众包请参与者对着摄像头做手势，收集了148,092段短视频，分为27类，如向左滑、向上推。"),
            entry("HeadGesture").released("2018-05-01").publisher("某研究所")
                    .description("HeadGesture 面向可穿戴设备的第一人称手势交互。50名受试者录制了2,081段视频，共83类静态或动态手势。"),
            entry("EventHands（事件相机手势数据集）").released("2017-07-01").publisher("某研究院")
                    .description("EventHands 是为低功耗手势识别系统采集的数据集。用动态视觉传感器记录了29名受试者在3种光照条件下做的11种手势。"),
            entry("DistortBench").released("2013-01-01").publisher("某理工大学")
                    .description("DistortBench 以25张参考图像为基础，每张施加24种失真、每种5个等级。相比上一版，新增了7种失真类型。"));

    @Test
    void differentIsNoPartOfWhatIsCounted() {
        String gestures = bot.ask("How many different hand gestures are in EventHands?").markdown();
        assertTrue(gestures.contains("11种手势") && !gestures.contains("does not state"), gestures);
    }

    @Test
    void kindsOfAThingAreCountedByTheKindsWhereNoFigureCountsTheThing() {
        String compared = bot.ask("Which covers more kinds of gestures, SwipeSet or HeadGesture?").markdown();
        assertTrue(compared.contains("(83)") && compared.contains("27类"), compared);
        String kinds = bot.ask("How many kinds of gestures does SwipeSet have?").markdown();
        assertTrue(kinds.contains("27类") && !kinds.contains("does not state"), kinds);
    }

    @Test
    void aChineseKindsNounIsCountedByTheThingAndThenByTheKinds() {
        String distortions = bot.ask("DistortBench 有多少种失真类型？").markdown();
        assertTrue(distortions.contains("24种失真"), distortions);
        String gestures = bot.ask("SwipeSet 有多少种手势类别？").markdown();
        assertTrue(gestures.contains("27类") && !gestures.contains("未说明"), gestures);
    }
}
