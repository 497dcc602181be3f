package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kind of publisher asked as one among an entry's publishers: "had a university among the publishers", "有大学参与
 * 发布的": every entry with a university among its publishers, not the entries whose text writes "university"/大学.
 */
class PublisherKindAmongTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("AlphaSet").released("2019-03-01").publisher("某某大学", "某公司").description("AlphaSet 是图像数据集。"),
            entry("BetaSet").released("2019-05-01").publisher("某研究所").description("BetaSet 是大学生写的作文数据集。"),
            entry("GammaSet").released("2019-07-01").publisher("另一所大学").description("GammaSet 是语音数据集。"),
            entry("DeltaSet").released("2019-09-01").publisher("某公司").description("DeltaSet 是 university 课程视频数据集。"));

    @Test
    void aUniversityAmongThePublishers() {
        assertEquals(Set.of("alphaset", "gammaset"), Set.copyOf(ids(bot.ask("Which datasets had a university among the publishers?"))));
    }

    @Test
    void aUniversityAmongThePublishersWithADate() {
        // the year, blanked to one space, moved the kind's phrase off its place in the question: "university" and
        // "among" stayed subjects and nothing was found
        assertEquals(Set.of("gammaset"), Set.copyOf(ids(bot.ask("Which datasets released in July 2019 had a university among their publishers?"))));
        assertEquals(Set.of("alphaset", "gammaset"), Set.copyOf(ids(bot.ask("Which datasets from 2019 had a university among their publishers?"))));
    }

    @Test
    void 有大学参与发布() {
        assertEquals(Set.of("alphaset", "gammaset"), Set.copyOf(ids(bot.ask("有大学参与发布的数据集有哪些？"))));
    }
}
