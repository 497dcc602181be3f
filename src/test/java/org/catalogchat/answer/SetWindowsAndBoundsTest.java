package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Weeks of a month, a date superlative written after its verb (发布的最后一个), "most recently", a lower-case name
 * asked as a kind of datasets ("which air quality dataset is the oldest?"), and an upper
 * bound on a figure, which is not read and so is not answered with a list.
 */
class SetWindowsAndBoundsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Air Quality").released("2016-03-01").publisher("某研究所").description("Air Quality 是意大利城市的空气质量传感器数据。"),
            entry("CityAir").released("2015-01-01").publisher("某公司").description("CityAir 汇集各国的空气质量监测数据，共800个视频。"),
            entry("SmogCam").released("2024-06-03").publisher("某大学、某公司").description("SmogCam 是空气质量视频数据集，包含900个视频。"),
            entry("JuneLate").released("2024-06-25").publisher("某大学").description("JuneLate 是一个语音数据集，包含5000个视频。"),
            entry("JulyOne").released("2024-07-02").publisher("某大学").description("JulyOne 是一个图像数据集。"));

    @Test
    void aWeekOfAMonthIsItsSevenDays() {
        assertEquals(Set.of("junelate"), Set.copyOf(ids(bot.ask("How many datasets were released in the last week of June 2024?"))));
        assertEquals(Set.of("julyone"), Set.copyOf(ids(bot.ask("2024年7月第一周发布了哪些数据集？"))));
    }

    @Test
    void aDateSuperlativeAfterItsVerbAndMostRecently() {
        assertEquals(List.of("smogcam"), ids(bot.ask("2024年发布的第一个数据集是哪个？")).subList(0, 1));
        assertEquals(List.of("julyone"), ids(bot.ask("Which dataset was released most recently?")).subList(0, 1));
    }

    @Test
    void aLowerCaseNameBeforeDatasetsIsAKindWhenRankedOrPlural() {
        assertEquals(List.of("cityair"), ids(bot.ask("Which air quality dataset is the oldest?")).subList(0, 1));
        assertTrue(ids(bot.ask("Which air quality datasets are there?")).containsAll(List.of("cityair", "air-quality", "smogcam")));
        // a superlative right before the name ranks a set too
        assertEquals(List.of("cityair"), ids(bot.ask("What's the oldest air quality dataset?")).subList(0, 1));
        assertEquals(List.of("smogcam"), ids(bot.ask("Which is the newest air quality dataset?")).subList(0, 1));
        // the name in its own casing is still the entry
        assertEquals(List.of("air-quality"), ids(bot.ask("Who released Air Quality?")));
    }

    @Test
    void anUpperBoundOnAFigureIsNotAnsweredWithAList() {
        Answer en = bot.ask("Which datasets have fewer than 1000 videos?");
        assertEquals(Intent.NOT_FOUND, en.intent(), en.markdown());
        assertTrue(ids(en).isEmpty(), en.markdown());
        Answer zh = bot.ask("视频数量不到1000个的数据集有几个？");
        assertEquals(Intent.NOT_FOUND, zh.intent(), zh.markdown());
        // a length of time before a named entry is a window, not a bound on a figure
        assertEquals(Set.of("smogcam"), Set.copyOf(ids(bot.ask("Which datasets were released less than four weeks before JuneLate?"))));
    }
}
