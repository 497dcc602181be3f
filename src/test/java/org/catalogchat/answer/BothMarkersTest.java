package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 既X又Y (既X也Y) is read as the conjunction "X和Y": 既 and 又 join two subjects and are not subjects no entry writes
 * (which made the bot answer "目录中没有关于“又”的数据集").
 */
class BothMarkersTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SpecLid").released("2013-06-01").publisher("某大学")
                    .description("SpecLid 提供高光谱影像和激光雷达数据，标注了15类城市地物。"),
            entry("SpecOnly").released("2016-06-01").publisher("某大学")
                    .description("SpecOnly 是一个高光谱影像数据集，包含三个农田场景。"),
            entry("LidOnly").released("2018-06-01").publisher("某公司")
                    .description("LidOnly 是一个激光雷达点云数据集，用于道路场景分割。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void bothMarkersReadAsTheConjunctionOfTheirTwoSubjects() {
        Set<String> plain = ids("有没有高光谱和激光雷达数据的数据集？");
        assertTrue(plain.contains("speclid"));
        assertEquals(plain, ids("有没有既有高光谱又有激光雷达数据的数据集？"));
        assertEquals(plain, ids("既有高光谱也有激光雷达数据的数据集"));
    }

    @Test
    void markersAreBlankedOnlyWhenPaired() {
        assertEquals(" 有高光谱 有激光雷达", BothMarkers.blank("既有高光谱又有激光雷达"));
        assertEquals("又一个高光谱数据集", BothMarkers.blank("又一个高光谱数据集"));
    }
}
