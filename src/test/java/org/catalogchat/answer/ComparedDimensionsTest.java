package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What two named entries are compared by when the question writes more than one word after "more": a modifier and
 * its noun ("more animal species" is counted by species where one entry writes "54个物种" and the other "30个动物物种"),
 * or a thing and the word for its kinds ("more modulation types": the modulations, 11种 against 24种). A figure after
 * 第 is an ordinal, and one written per each of the noun (每种调制…1,000个) counts nothing.
 */
class ComparedDimensionsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("PawPose").released("2021-08-01").publisher("某研究院")
                    .description("PawPose 是第一个大规模哺乳动物姿态估计基准。数据集包含10,015张图像，按生物分类学覆盖23个科、54个物种。"),
            entry("PawTrack").released("2022-06-01").publisher("某大学")
                    .description("PawTrack 是动物姿态跟踪基准。数据集包含从30个动物物种中收集筛选的2,400段视频。"),
            entry("WaveSet").released("2016-09-01").publisher("某理工大学")
                    .description("WaveSet 是调制识别基准。包含11种调制方式，每种调制每档信噪比1,000个，共22万个样本。"),
            entry("WaveSet Large").released("2018-01-01").publisher("某公司")
                    .description("WaveSet Large 是更大的调制识别数据集。包含24种调制方式，共2,555,904个样本。"),
            entry("BosonSim").released("2014-02-01").publisher("某大学")
                    .description("BosonSim 用蒙特卡洛模拟生成。共1100万个样本，每个样本有28个特征。"),
            entry("BosonChallenge").released("2014-05-12").publisher("某研究中心")
                    .description("BosonChallenge 是挑战赛数据。任务是根据30个运动学特征把模拟的碰撞事例分成信号和背景两类。"));

    @Test
    void aModifierAndItsNounAreComparedByTheNounWhereOnlyOneEntryWritesBoth() {
        String a = bot.ask("Which covers more animal species, PawPose or PawTrack?").markdown();
        assertTrue(a.contains("By species") && a.contains("(54)"), a);
    }

    @Test
    void aWordTheStopListHoldsAsAVerbIsTheNounComparedWhereThePhraseEndsWithIt() {
        String a = bot.ask("Which has more features, BosonSim or BosonChallenge?").markdown();
        assertTrue(a.contains("By features") && a.contains("(30)"), a);
    }

    @Test
    void kindsWrittenAfterTheThingCountTheThingAndNotAFigurePerEachOfIt() {
        String a = bot.ask("Which has more modulation types, WaveSet or WaveSet Large?").markdown();
        assertTrue(a.contains("(24)") && a.contains("**WaveSet Large** has the most"), a);
    }
}
