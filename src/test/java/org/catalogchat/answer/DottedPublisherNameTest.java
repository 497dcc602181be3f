package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A publisher whose transliterated name is written with a middle dot (罗伯特·博世公司) is one organisation asked whole:
 * before, the dot cut the name in two and 罗伯特 was a topic word no entry writes ("not in the catalog").
 */
class DottedPublisherNameTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("AlphaSet").released("2018-10-01").publisher("罗伯特·博世公司", "某大学").description("AlphaSet 是可穿戴传感器数据集。"),
            entry("BetaSet").released("2019-07-01").publisher("罗伯特·博世公司").description("BetaSet 是心率数据集。"),
            entry("GammaSet").released("2020-01-01").publisher("某大学").description("GammaSet 是语音数据集。"));

    @Test
    void aDottedNameIsOnePublisher() {
        assertEquals(Set.of("alphaset", "betaset"), Set.copyOf(ids(bot.ask("罗伯特·博世公司参与发布了哪些数据集？"))));
    }
}
