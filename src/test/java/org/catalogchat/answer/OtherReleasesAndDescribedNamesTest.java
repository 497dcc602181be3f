package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Names that are not the entry although they begin with its name (a later release it mentions, another dataset glued
 * to its name), names that are the entry although it is written otherwise (a publisher's name opening the entry's
 * name, a Chinese name without its version tag), and one dataset described by 那个 instead of its name.
 */
class OtherReleasesAndDescribedNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("DimLight (Dim Light dataset)").released("2018-08-01").publisher("某大学")
                    .description("DimLight 是低光照图像增强数据集，包含500对低光与正常光照图像。 后续发布的 DimLight-v2 扩充了真实拍摄部分。"),
            entry("CrackSet").released("2019-03-01").publisher("某大学")
                    .description("CrackSet 是表面缺陷数据集，包含399张图像，其中52张可见裂纹。 2021年又发布了规模更大的 CrackSet2。"),
            entry("Boundless-MM").released("2024-10-25").publisher("某研究院")
                    .description("Boundless-MM 是多模态指令数据集，数据规模达4300万条。"),
            entry("ProbeAD (Probe Anomaly Detection)").released("2019-06-01").publisher("某公司")
                    .description("ProbeAD 是工业异常检测基准，包含5,354张图像。 之后 ProbeSoft 又发布了 ProbeSoft 3D-AD 和 ProbeSoft LOCO AD。"),
            entry("TU-Berlin Doodles（柏林工业大学涂鸦草图数据集）").released("2012-08-01").publisher("柏林工业大学")
                    .description("这是柏林工业大学发布的手绘草图数据集，包含20,000幅草图。 感知实验显示人类能认出73%草图的类别。"),
            entry("StationNet").released("1992-01-01").publisher("某机构")
                    .description("StationNet 汇集了超过10万个站点的日值记录。"),
            entry("North Daily（华北地面气象观测日值数据集 V2.1）").released("2012-01-01").publisher("某气象中心")
                    .description("数据包含华北300个气象站自1951年以来的日值数据。"),
            entry("Beijing AQ（北京多站点空气质量数据集）").released("2019-09-01").publisher("某大学")
                    .description("这是北京12个空气质量监测站的逐小时观测，共420,768条记录。"),
            entry("Milan AQ").released("2016-03-01").publisher("某研究所")
                    .description("这是意大利一个城市的空气质量传感器数据，共9,358条逐小时记录。"));

    @Test
    void aReleaseCueBeforeAGluedNameWinsOverAPartWordAfterIt() {
        assertTrue(bot.ask("Do you have DimLight-v2?").markdown().contains("Not in the catalog"));
        assertTrue(bot.ask("Do you have DimLight?").markdown().contains("DimLight"));
    }

    @Test
    void aNumberTheEntryReleasedAgainIsAnotherDataset() {
        String a = bot.ask("有 CrackSet2 吗？").markdown();
        assertTrue(a.contains("目录中没有"), a);
    }

    @Test
    void aNameMatchedWithoutItsSizeTagAndGluedToAnotherPartIsAnotherName() {
        String a = bot.ask("Do you have Boundless-Instruct?").markdown();
        assertTrue(a.contains("Not in the catalog"), a);
        assertTrue(bot.ask("How big is Boundless-MM?").markdown().contains("4300万"));
    }

    @Test
    void aNameWrittenOnlyAsAnotherReleaseIsUnknownNotASubject() {
        String a = bot.ask("Do you have ProbeSoft LOCO AD?").markdown();
        assertTrue(a.contains("Not in the catalog"), a);
    }

    @Test
    void aPublishersNameOpeningTheEntrysNameIsTheEntryWhenAValueIsAsked() {
        String a = bot.ask("TU-Berlin 草图里人能认出来的比例是多少？").markdown();
        assertTrue(a.contains("73%"), a);
    }

    @Test
    void aChineseNameWithoutItsVersionTagIsTheEntry() {
        String a = bot.ask("StationNet 和华北地面气象观测日值数据集哪个更早？").markdown();
        assertTrue(a.contains("StationNet") && a.contains("North Daily"), a);
    }

    @Test
    void thatOneDescribedByWordsOnlyOneEntryWritesIsThatEntry() {
        String a = bot.ask("北京那个空气质量数据一共有多少条记录？").markdown();
        assertTrue(a.contains("420,768"), a);
        assertFalse(a.contains("9,358"), a);
    }
}
