package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English word that opens a publisher's name ("home" of Home Credit) is asked as a word, not as that publisher; a
 * prefix hyphened to a publishing verb ("co-published") is part of the verb.
 */
class PublisherWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("LoanBook").released("2018-05-01").publisher("Home Credit Group")
                    .description("LoanBook 是信用违约预测竞赛数据，包含三十万条贷款申请。"),
            entry("HouseWatt").released("2015-03-31").publisher("某理工学院")
                    .description("HouseWatt 是英国家庭用电数据集，记录了五户家庭的整屋用电。"),
            entry("CarTrips").released("2019-01-01").publisher("Waymo")
                    .description("CarTrips 是自动驾驶感知数据集。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void aDictionaryWordOpeningAPublishersNameIsAWord() {
        assertEquals(Set.of("housewatt"), ids("home datasets"));
    }

    @Test
    void aPublishersWholeNameStillSelectsWhatItPublished() {
        assertEquals(Set.of("cartrips"), ids("waymo data"));
    }

    @Test
    void aPrefixHyphenedToAPublishingVerbIsPartOfTheVerb() {
        // "co-" is no subject of its own once "published" is read as the verb
        assertEquals(Set.of("cartrips"), ids("Which datasets were co-published by Waymo?"));
    }
}
