package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A both-question ("both X and Y", 既X又Y, 同时有X和Y) lists the entries meeting both sides: an entry writing nothing
 * of one side is suggested, not listed. The markers are never subjects of their own (which made the bot answer
 * "目录中没有关于“又”的数据集", or list every entry writing 同时), and the question is not read as two topics apart.
 */
class BothMarkersTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("TalkSet").released("2013-06-01").publisher("某大学")
                    .description("TalkSet 收集了对话视频，同时提供视频和音频两种模态。"),
            entry("ClipSet").released("2016-06-01").publisher("某大学")
                    .description("ClipSet 是一个短视频数据集，包含一万段视频。"),
            entry("SoundSet").released("2018-06-01").publisher("某公司")
                    .description("SoundSet 是一个环境音频数据集，共两千段音频。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aBothQuestionListsOnlyTheEntryWritingBothSides() {
        assertEquals(Set.of("talkset"), ids("有哪些数据集同时包含视频和音频？"));
    }

    @Test
    void anEntryWritingNothingOfOneSideMeetsOneSideOnly() {
        Dataset both = dataset("both");
        Dataset dayOnly = dataset("dayonly");
        Dataset nightOnly = dataset("nightonly");
        var matched = new LinkedHashMap<Subject, Map<Dataset, Double>>();
        matched.put(new Subject("白天", List.of("白天"), List.of()), Map.of(both, 1.0, dayOnly, 1.0));
        matched.put(new Subject("夜间", List.of("夜间"), List.of()), Map.of(both, 1.0, nightOnly, 1.0));
        matched.put(new Subject("照片", List.of("照片"), List.of()), Map.of(both, 1.0, dayOnly, 1.0, nightOnly, 1.0));
        // 照片 is written after 又, so it is the second side's word too: dayOnly writes it and stays
        assertEquals(List.of(nightOnly), BothMarkers.meetingOneSideOnly("既有白天又有夜间照片的数据",
                matched, List.of(both, dayOnly, nightOnly)));
        assertEquals(List.of(), BothMarkers.meetingOneSideOnly("白天和夜间照片的数据", matched,
                List.of(both, dayOnly, nightOnly)));
    }

    @Test
    void anEntryWritingBothSidesButNotTheSharedHeadIsNoMember() {
        Dataset pedestrians = dataset("pedestrians");
        Dataset places = dataset("places");
        var matched = new LinkedHashMap<Subject, Map<Dataset, Double>>();
        matched.put(new Subject("白天", List.of("白天"), List.of()), Map.of(pedestrians, 1.0, places, 1.0));
        matched.put(new Subject("夜间", List.of("夜间"), List.of()), Map.of(pedestrians, 1.0, places, 1.0));
        matched.put(new Subject("照片", List.of("照片"), List.of()), Map.of(pedestrians, 1.0, places, 1.0));
        matched.put(new Subject("行人检测", List.of("行人检测"), List.of()), Map.of(pedestrians, 1.0));
        // 行人检测 follows the second side's 的: the head both sides share, which places does not write
        assertEquals(List.of(places), BothMarkers.lackingTheHead("既有白天又有夜间照片的行人检测数据", matched,
                List.of(pedestrians, places)));
        // no head after a 的: nothing to require
        assertEquals(List.of(), BothMarkers.lackingTheHead("既有白天又有夜间照片的数据", matched,
                List.of(pedestrians, places)));
    }

    @Test
    void sidesAreReadFromTheMarkers() {
        assertEquals(List.of("有高光谱", "有激光雷达"), BothMarkers.sides("既有高光谱又有激光雷达"));
        // the words after the second side's 的 are the head both share, no word of that side
        assertEquals(List.of("包含视频", "音频"), BothMarkers.sides("同时包含视频和音频的数据"));
        assertEquals(List.of(" touch ", " vision data"), BothMarkers.sides("datasets with both touch and vision data"));
        assertEquals(List.of(), BothMarkers.sides("2024年同时发布的数据集"));
    }

    @Test
    void markersAreBlankedOnlyWhenPaired() {
        assertEquals(" 有高光谱 有激光雷达", BothMarkers.blank("既有高光谱又有激光雷达"));
        assertEquals("又一个高光谱数据集", BothMarkers.blank("又一个高光谱数据集"));
        assertEquals("  包含视频和音频", BothMarkers.blank("同时包含视频和音频"));
    }

    private static Dataset dataset(String id) {
        return new Dataset(id, id, List.of(), LocalDate.of(2024, 1, 1), List.of("P"), "https://example.org/" + id, id,
                null, id + ".md", 1);
    }
}
