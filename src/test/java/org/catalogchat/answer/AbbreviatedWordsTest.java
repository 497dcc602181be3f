package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A two-character word asked (行程) that an entry writes as the two words it shortens (行驶里程) is written by that
 * entry: with the topic's other words, it is a member, not a partial match.
 */
class AbbreviatedWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("TaxiTrips").released("2009-01-01").publisher("某委员会")
                    .description("TaxiTrips 收录纽约出租车行程记录，包括上下车时间和地点。"),
            entry("CabGPS").released("2011-08-01").publisher("某研究院")
                    .description("CabGPS 包含北京一万辆出租车一周内的GPS轨迹，总行驶里程约900万公里。"),
            entry("CityCabs").released("2015-01-01").publisher("某公司")
                    .description("CityCabs 是一个出租车调度数据集，记录派单和接单时间。"),
            entry("BirdSongs").released("2018-01-01").publisher("某大学")
                    .description("BirdSongs 是一个鸟类鸣叫录音数据集。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aWordWrittenAsTheTwoWordsItShortensIsWritten() {
        Set<String> trips = ids("出租车行程数据");
        assertTrue(trips.containsAll(Set.of("taxitrips", "cabgps")), trips.toString());
        assertFalse(trips.contains("citycabs"), trips.toString());
    }
}
