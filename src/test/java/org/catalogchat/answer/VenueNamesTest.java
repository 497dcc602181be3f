package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which datasets were published at ICCV or ECCV?": where a dataset was published is written in its description, and
 * the venue is no dataset asked for. Before, each venue was "not in the catalog, only mentioned in X's description".
 */
class VenueNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("AlphaSports").released("2021-05-01").publisher("某大学")
                    .description("AlphaSports 是一个体育动作检测数据集，论文发表于 ICCV 2021。"),
            entry("BetaShelf").released("2018-09-01").publisher("某公司")
                    .description("BetaShelf 是一个超市商品分割数据集，发表在 ECCV 2018 上。"),
            entry("GammaSpeech").released("2020-01-01").publisher("某研究所")
                    .description("GammaSpeech 是一个语音数据集，发表在 Interspeech 上。"));

    @Test
    void aVenueAfterItsCueSelectsTheEntriesWritingIt() {
        assertEquals(java.util.List.of("betashelf"), ids(bot.ask("发表在 ECCV 上的数据集有哪些？")));
        assertEquals(java.util.List.of("alphasports"), ids(bot.ask("Which datasets were published at ICCV?")));
    }

    @Test
    void aVenueJoinedToACuedOneSharesItsCue() {
        assertEquals(java.util.List.of("alphasports", "betashelf"), ids(bot.ask("Which datasets were presented at ICCV or ECCV?")));
        assertEquals(java.util.List.of("alphasports", "betashelf"), ids(bot.ask("哪些数据集发表在 ICCV 或 ECCV 上？")));
    }

    @Test
    void aVenueNoEntryWritesIsStillNotInTheCatalog() {
        assertTrue(bot.ask("Which datasets were published at NeurIPS?").markdown().contains("Not in the catalog"));
    }
}
