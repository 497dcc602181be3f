package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A publisher read whole in a Chinese question's slot (NASA 参与的) is held back where it only loses that publisher's own
 * entries which the question read as before answered: the filtered topic is read exactly, the earlier topic loosely.
 */
class PublisherHeldBackTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Orbiter Sensor").released("2000-02-24").publisher("NASA戈达德航天飞行中心")
                    .description("Orbiter Sensor 是搭载在 NASA 的两颗卫星上的成像传感器，每1到2天覆盖全球一次。"),
            entry("LandWatch").released("1972-07-23").publisher("美国地质调查局（USGS）", "美国国家航空航天局（NASA）")
                    .description("LandWatch 是美国地质调查局与 NASA 联合运营的陆地观测卫星系列。"),
            entry("Shuttle Relief").released("2003-01-01").publisher("美国国家航空航天局（NASA）")
                    .description("Shuttle Relief 是航天飞机雷达测得的全球数字高程模型。"),
            entry("Census Tables").released("2012-01-01").publisher("某统计局")
                    .description("Census Tables 是人口普查汇总表。"));

    @Test
    void aPublisherReadingThatOnlyLosesThePublishersOwnEntriesKeepsTheEarlierAnswer() {
        // read with NASA as a filter, the topic 卫星观测 is read exactly: [landwatch] alone
        Answer a = bot.ask("有没有 NASA 参与的卫星观测数据？");
        assertEquals(Set.of("orbiter-sensor", "landwatch"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void anEarlierAnswerWithAnotherPublishersEntryOrNoMoreLetsThePublisherReadingStand() {
        Dataset ours = dataset("ours", "NASA"), alsoOurs = dataset("also-ours", "NASA"), theirs = dataset("theirs", "ESA");
        List<Dataset> nasa = List.of(ours, alsoOurs);
        assertTrue(PublisherHeldBack.keepsEarlier(evidence(ours), evidence(ours, alsoOurs), nasa));
        assertFalse(PublisherHeldBack.keepsEarlier(evidence(ours), evidence(ours, theirs), nasa));
        assertFalse(PublisherHeldBack.keepsEarlier(evidence(ours), evidence(alsoOurs), nasa));
        assertFalse(PublisherHeldBack.keepsEarlier(evidence(ours, alsoOurs), evidence(ours, alsoOurs), nasa));
    }

    private static Dataset dataset(String id, String publisher) {
        return new Dataset(id, id, List.of(), LocalDate.of(2020, 1, 1), List.of(publisher), "", id + " 是卫星数据。", null, "c.md", 1);
    }

    private static Evidence evidence(Dataset... entries) {
        return new Evidence(List.of(entries), Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
    }
}
