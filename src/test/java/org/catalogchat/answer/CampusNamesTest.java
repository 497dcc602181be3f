package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A university of several campuses, asked by one: the campus decides. "University of California, Berkeley" also found
 * UC Irvine (the words before the comma fit both), and "UC Santa Cruz" was a shipped name of all of the University of
 * California.
 */
class CampusNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("LakeSense").released("2019-01-01").publisher("威斯康星大学麦迪逊分校")
                    .description("湖泊水质传感器读数。"),
            entry("PortCount").released("2020-01-01").publisher("威斯康星大学密尔沃基分校", "某港务局")
                    .description("港口船舶计数图像。"),
            entry("EditPairs").released("2024-04-15").publisher("加州大学圣克鲁兹分校")
                    .description("指令式图像编辑样本。"),
            entry("RoboGrasp").released("2017-03-01").publisher("加州大学伯克利分校")
                    .description("机器人抓取数据。"));

    @Test
    void theWordsAfterTheCommaChooseTheCampus() {
        // was 0: Madison read as a subject beside the University of Wisconsin, which fits both campuses
        Answer a = bot.ask("How many datasets did the University of Wisconsin, Madison publish?");
        assertEquals(List.of("lakesense"), ids(a), a.markdown());
    }

    @Test
    void withoutACampusTheUniversityIsAllOfThem() {
        Answer a = bot.ask("Which datasets did the University of Wisconsin publish?");
        assertEquals(Set.of("lakesense", "portcount"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void aShortCampusNameIsThatCampusOnly() {
        // was [editpairs, robograsp]: UC Santa Cruz was shipped as a name of 加州大学, written in both
        Answer a = bot.ask("Which datasets did UC Santa Cruz publish?");
        assertEquals(List.of("editpairs"), ids(a), a.markdown());
    }
}
