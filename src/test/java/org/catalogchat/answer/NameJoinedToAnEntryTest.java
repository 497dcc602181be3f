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
 * A publisher's English name that opens its own entry's name, joined to another entry in a comparison, is that entry
 * asked (unseen28/dev: "State Farm 和 NTHU-DDD 哪个先发布？" answered a card about NTHU-DDD alone).
 */
class NameJoinedToAnEntryTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Blue Harbor Driver Monitoring").released("2016-04-01").publisher("Blue Harbor（某保险公司）")
                    .description("车内摄像头拍摄驾驶员分心行为的图像，共10类。"),
            entry("DDD-Night").released("2016-11-01").publisher("某大学")
                    .description("红外摄像头录制的驾驶员困倦视频。"),
            entry("Cabin Gaze").released("2019-01-01").publisher("某研究所")
                    .description("驾驶员视线估计数据。"));

    @Test
    void aPublisherNameJoinedToAnotherEntryIsTheEntryItOpens() {
        // was [ddd-night]: Blue Harbor read as a publisher, and its own entry dropped from the comparison
        Answer a = bot.ask("Blue Harbor 和 DDD-Night 哪个先发布？");
        assertEquals(Set.of("blue-harbor-driver-monitoring", "ddd-night"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void joinedTheOtherWayRoundToo() {
        Answer a = bot.ask("Which came out first, DDD-Night or Blue Harbor?");
        assertEquals(Set.of("blue-harbor-driver-monitoring", "ddd-night"), Set.copyOf(ids(a)), a.markdown());
    }

    @Test
    void inAPublishersSlotItIsStillThePublisher() {
        Answer a = bot.ask("How many datasets did Blue Harbor publish?");
        assertEquals(List.of("blue-harbor-driver-monitoring"), ids(a), a.markdown());
    }
}
