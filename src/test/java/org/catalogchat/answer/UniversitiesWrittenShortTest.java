package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A university written short (西安交大, 北师大) is the one catalog publisher it can abbreviate. */
class UniversitiesWrittenShortTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("CrashClips").released("2024-03-01").publisher("西安交通大学")
                    .description("CrashClips 是一个交通事故视频数据集。"),
            entry("RadarSet").released("2022-05-01").publisher("西安电子科技大学")
                    .description("RadarSet 是一个雷达回波数据集。"),
            entry("RailFlow").released("2021-01-01").publisher("北京交通大学")
                    .description("RailFlow 是一个铁路客流数据集，采集于西安和北京。"),
            entry("ReadKids").released("2020-01-01").publisher("北京师范大学")
                    .description("ReadKids 是一个儿童阅读数据集。"),
            entry("SeaLaw").released("2019-01-01").publisher("上海交通大学")
                    .description("SeaLaw 是一个海事判决文书数据集。"),
            entry("HarbourFaces").released("2018-01-01").publisher("香港中文大学（多媒体实验室）")
                    .description("HarbourFaces 是一个人脸属性数据集。"),
            entry("PearlRiver").released("2017-01-01").publisher("中山大学")
                    .description("PearlRiver 是一个河流水质数据集。"));

    @Test
    void aShortenedUniversityIsThePublisherItCanOnlyBe() {
        // 西安交大 was read as the words 交大 and 西安: "no dataset about 交大西安"
        Answer a = bot.ask("西安交大参与发布的数据集有哪些");
        assertEquals(List.of("crashclips"), ids(a), a.markdown());
        Answer count = bot.ask("北师大有几个数据集？");
        assertEquals(List.of("readkids"), ids(count), count.markdown());
        assertTrue(count.markdown().contains("**1**"), count.markdown());
    }

    @Test
    void aShortenedNameTwoUniversitiesFitIsNoPublisher() {
        // 西安大 fits 西安交通大学 and 西安电子科技大学 alike: not read as either
        Answer a = bot.ask("西安大发布的数据集");
        assertTrue(!ids(a).equals(List.of("crashclips")) && !ids(a).equals(List.of("radarset")), a.markdown());
    }

    @Test
    void aShortNameInAPublishersSlotMayDropTheFirstCharacterOrTheLast() {
        // 上交 and 港中文 were topic words ("no dataset about 上交"); 港中大 was 中山大学 (its glossary name 中大) and 港
        for (String q : List.of("上交参与的数据集有哪些", "上交和北师大一起发布的数据集")) {
            Answer a = bot.ask(q);
            assertTrue(ids(a).contains("sealaw"), q + "\n" + a.markdown());
        }
        for (String q : List.of("港中文的数据集", "港中大发布的数据集有哪些？", "由港中文发布的数据集")) {
            Answer a = bot.ask(q);
            assertEquals(List.of("harbourfaces"), ids(a), q + "\n" + a.markdown());
        }
    }
}
