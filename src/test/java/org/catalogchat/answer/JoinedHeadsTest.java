package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "vehicle detection and tracking in traffic videos" joins two heads under one modifier (English ellipsis: vehicle
 * detection and vehicle tracking): the entry doing both answers it, and the reading apart ("vehicle detection" alone)
 * does not widen it to every vehicle detector. Two topics each with its own words are still read apart.
 */
class JoinedHeadsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("TrafficTrack").released("2015-11-01").publisher("某大学")
                    .description("TrafficTrack 是一个车辆检测与跟踪基准，包含10小时交通视频。"),
            entry("PlateSpots").released("2018-01-01").publisher("某大学")
                    .description("PlateSpots 是一个车牌检测与识别数据集，图像中的车辆停在停车场。"),
            entry("PaperSet").released("2024-06-01").publisher("某大学")
                    .description("PaperSet 是一个科学论文理解数据集，包含5万篇论文。"),
            entry("PaperCharts").released("2024-07-01").publisher("某大学")
                    .description("PaperCharts 是一个科学论文和图表数据集，包含13万篇论文和74万张图表。"),
            entry("Filler0").released("2010-01-01").publisher("某大学")
                    .description("Filler0 是一个鸟类图像数据集。"),
            entry("Filler1").released("2011-01-01").publisher("某大学")
                    .description("Filler1 是一个中文诗歌数据集。"),
            entry("Filler2").released("2012-01-01").publisher("某大学")
                    .description("Filler2 是一个天气观测数据集。"),
            entry("Filler3").released("2013-01-01").publisher("某大学")
                    .description("Filler3 是一个股票价格数据集。"),
            entry("Filler4").released("2014-01-01").publisher("某大学")
                    .description("Filler4 是一个蛋白质结构数据集。"),
            entry("Filler5").released("2015-01-01").publisher("某大学")
                    .description("Filler5 是一个城市噪声数据集。"),
            entry("Filler6").released("2016-01-01").publisher("某大学")
                    .description("Filler6 是一个医学影像数据集。"),
            entry("Filler7").released("2017-01-01").publisher("某大学")
                    .description("Filler7 是一个棋类对局数据集。"),
            entry("Filler8").released("2018-01-01").publisher("某大学")
                    .description("Filler8 是一个食谱文本数据集。"),
            entry("Filler9").released("2019-01-01").publisher("某大学")
                    .description("Filler9 是一个法律判决数据集。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void twoHeadsUnderOneModifierAreOneTopic() {
        // without it, the reading apart listed PlateSpots too (车辆 + 检测: "vehicle detection" alone)
        assertEquals(Set.of("traffictrack"), ids("vehicle detection and tracking in traffic videos"));
    }

    @Test
    void twoTopicsOfTheirOwnAreStillReadApart() {
        assertEquals(Set.of("paperset", "papercharts"), ids("datasets about scientific papers and charts"));
    }
}
