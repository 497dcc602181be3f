package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A university asked by an English place name no dictionary glosses (弗赖堡大学 as "the University of Freiburg"): the
 * publisher every entry linking to a host with that label shares; a host several publishers use reads nothing.
 */
class PublisherLinkNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ChairFlow").released("2015-04-01").publisher("弗赖堡大学").url("https://lmb.informatik.uni-freiburg.de/chairs.html")
                    .description("ChairFlow 是合成光流数据集。"),
            entry("ThingsFlow").released("2015-12-01").publisher("弗赖堡大学", "某工业大学")
                    .url("https://lmb.informatik.uni-freiburg.de/things.html").description("ThingsFlow 是合成双目视频数据集。"),
            entry("CodeOne").released("2019-01-01").publisher("某大学").url("https://data.someplace.org/codeone")
                    .description("CodeOne 是代码数据集。"),
            entry("CodeTwo").released("2020-01-01").publisher("某公司").url("https://data.someplace.org/codetwo")
                    .description("CodeTwo 是代码数据集。"));

    @Test
    void aPlaceNameInTheLinksHostsNamesTheirSharedPublisher() {
        assertEquals(Set.of("chairflow", "thingsflow"), Set.copyOf(ids(bot.ask("List the datasets published by the University of Freiburg."))));
        assertEquals(List.of("chairflow"), ids(bot.ask("What was the first dataset the University of Freiburg released?")).subList(0, 1));
    }

    @Test
    void aHostSeveralPublishersUseNamesNoPublisher() {
        // both entries link to someplace.org, one from a university, one from a company: neither is "Someplace"
        assertTrue(ids(bot.ask("List the datasets published by the University of Someplace.")).isEmpty());
    }
}
