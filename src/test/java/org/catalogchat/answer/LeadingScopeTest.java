package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question that opens with its scope, "Among the datasets Tsinghua University helped publish, which is the oldest?": the scope is the
 * publisher (or the date) filter and "among" no word the entries must write. Before, the ranking ran over the entries
 * whose English text writes "among" (a wrong answer), or found none (not in the catalog).
 */
class LeadingScopeTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("AlphaSet").released("2015-03-01").publisher("清华大学").description("AlphaSet 是图像数据集。"),
            entry("BetaSet").released("2018-05-01").publisher("清华大学").description("BetaSet 是语音数据集，among the first of its kind。"),
            entry("GammaSet").released("2020-07-01").publisher("清华大学").description("GammaSet 是视频数据集。"),
            entry("DeltaSet").released("2012-09-01").publisher("某研究所").description("DeltaSet 是文本数据集，among many others。"));

    @Test
    void aPublisherScopeRanksThatPublishersEntries() {
        assertEquals(List.of("alphaset"), ids(bot.ask("Among the datasets Tsinghua University helped publish, which is the oldest?")).subList(0, 1));
        assertEquals(List.of("gammaset"), ids(bot.ask("Among the datasets from Tsinghua University, which one is the newest?")).subList(0, 1));
    }

    @Test
    void aDateScopeRanksTheEntriesOfThatPeriod() {
        assertEquals(List.of("alphaset"), ids(bot.ask("Among the datasets released after 2014, which one is the oldest?")).subList(0, 1));
    }

    @Test
    void theOpeningWordIsBlankedOnlyWhenTheScopeGaveAFilter() {
        String q = "Among the speech datasets, which is the newest?";
        assertEquals(q, LeadingScope.without(q, q, false));
        assertEquals("      the speech datasets, which is the newest?", LeadingScope.without(q, q, true));
        // "among" inside the question is no opening scope
        String inner = "Which has Acme among the publishers?";
        assertEquals(inner, LeadingScope.without(inner, inner, true));
    }
}
