package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An acronym opening a publisher's bracketed alias of several words (麻省理工学院计算生理学实验室（MIT LCP）) stands for
 * the organisation that opens the Chinese name when the catalog writes that organisation as a publisher too; the
 * publisher filter then takes all its labs, not only the entries whose text writes the acronym.
 */
class AliasAcronymsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("WardRecords").released("2016-05-24").publisher("麻省理工学院计算生理学实验室（MIT LCP）、某医疗中心")
                    .description("WardRecords 是 MIT LCP 整理的重症监护病房病历数据库。"),
            entry("WardRecordsFour").released("2023-01-03").publisher("麻省理工学院计算生理学实验室（MIT LCP）、某医疗中心")
                    .description("WardRecordsFour 是 WardRecords 的后续版本，MIT 的团队维护。"),
            entry("StormSet").released("2020-12-01").publisher("麻省理工学院林肯实验室")
                    .description("StormSet 是雷暴事件的雷达与卫星图像数据集。"),
            entry("BugList").released("2017-10-01").publisher("麻省理工学院")
                    .description("BugList 收录四十个小程序中的单行错误。"),
            entry("CityTrips").released("2012-08-01").publisher("某交通研究所（TRI Lab）")
                    .description("CityTrips 是出租车轨迹数据。"),
            entry("RoadSigns").released("2013-08-01").publisher("某交通大学")
                    .description("RoadSigns 是路标图像数据集。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void anAcronymOpeningAnAliasIsTheOrganisationItsChineseNameOpensWith() {
        Set<String> all = Set.of("wardrecords", "wardrecordsfour", "stormset", "buglist");
        assertEquals(all, ids("How many datasets did MIT publish?"));
        assertTrue(bot.ask("How many datasets did MIT publish?").markdown().contains("**4**"));
        assertEquals(all, ids("How many datasets were published by MIT or one of its labs?"));
        // "co-published" loses "published by" to the cue phrases first: its "co" is no subject
        assertEquals(all, ids("How many datasets were published or co-published by MIT?"));
        // "among their publishers" says where the publisher stands ("among" was a subject and nothing was found)
        assertEquals(Set.of("buglist"), ids("Which datasets released in 2017 list 麻省理工学院 among their publishers?"));
    }

    @Test
    void onlyAnOrganisationTheCatalogWritesAsAPublisherIsTaken() {
        // no publisher is exactly a beginning of 某交通研究所 (某交通大学 shares only characters): TRI stays its own alias
        assertEquals(Set.of("citytrips"), ids("Which datasets did TRI publish?"));
    }
}
