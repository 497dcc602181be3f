package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English topic word that no CC-CEDICT gloss names reaches the catalog's term through a word WordNet relates to
 * it: "intrusion" (入侵 glosses only "to invade") through its synonym invasion → invade.
 */
class RelatedWordsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("NetGuard").released("2017-01-01").publisher("某大学")
                    .description("NetGuard 是一个网络入侵检测数据集，记录了一周的正常流量与攻击流量。"),
            entry("PacketZoo").released("2019-01-01").publisher("某研究所")
                    .description("PacketZoo 收集了家庭网络的流量，用于网络流量分类。"),
            entry("FaceWall").released("2020-01-01").publisher("某实验室")
                    .description("FaceWall 是一个人脸识别数据集，包含一万名志愿者的照片。"));

    private static Set<String> ids(Answer a) {
        return Set.copyOf(a.sources().stream().map(Source::id).toList());
    }

    @Test
    void aWordReachesTheCatalogsTermThroughARelatedWord() {
        for (String q : List.of("network intrusion detection datasets", "Anything on intrusion detection?")) {
            Answer a = bot.ask(q);
            assertEquals(Set.of("netguard"), ids(a), q + ": " + a.markdown());
        }
    }

    @Test
    void aRelatedWordTheDictionaryDoesNotBackLeavesTheTopicNotInTheCatalog() {
        // recognition → identify → 识别 is no bridge (the dictionary's own words for recognition are 承认, 认出)
        Answer a = bot.ask("datasets for speech recognition");
        assertEquals(Intent.NOT_FOUND, a.intent(), a.markdown());
        assertTrue(a.sources().isEmpty(), a.markdown());
    }
}
