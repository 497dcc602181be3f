package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "X or one of its labs", "X及其下属实验室": the words say X's sub-organisations count too (which X's name already
 * matches); they are no subject that narrows X's entries to those whose text writes "lab"/实验室.
 */
class PublisherSubOrganisationsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("StormSet").released("2020-12-01").publisher("麻省理工学院林肯实验室")
                    .description("StormSet 是雷暴事件的雷达与卫星图像数据集，由实验室团队整理。"),
            entry("BugList").released("2017-10-01").publisher("麻省理工学院")
                    .description("BugList 收录四十个小程序中的单行错误。"),
            entry("WardRecords").released("2016-05-24").publisher("麻省理工学院计算生理学实验室、某医疗中心")
                    .description("WardRecords 是重症监护病房的病历数据库。"),
            entry("CityTrips").released("2012-08-01").publisher("某交通实验室")
                    .description("CityTrips 是出租车轨迹数据，由实验室采集。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void subOrganisationWordsAfterAPublisherAreNoSubject() {
        Set<String> all = Set.of("stormset", "buglist", "wardrecords");
        assertEquals(all, ids("麻省理工学院及其下属实验室发布了几个数据集？"));
        assertEquals(all, ids("麻省理工学院或其下属机构发布了哪些数据集？"));
        assertTrue(bot.ask("麻省理工学院及其下属实验室发布了几个数据集？").markdown().contains("3"));
    }

    @Test
    void withoutAPublisherTheWordStaysASubject() {
        assertTrue(ids("哪些数据集与实验室有关？").contains("citytrips"));
    }

    @Test
    void withNoPublisherReadTheCountIsNotGivenByTheOtherWords() {
        // "labs" picked every entry whose text writes 实验室 by meaning: a confident wrong count
        Answer a = bot.ask("How many datasets were published by Zorblat or one of its labs?");
        assertTrue(a.sources().isEmpty());
        assertTrue(a.markdown().contains("Not in the catalog"));
    }
}
