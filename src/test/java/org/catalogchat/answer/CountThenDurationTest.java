package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "How many videos are in X and how long are they altogether?": the duration asked after the count is a second
 * figure of the same entry; the clause writing the hours is quoted beside the one counting the videos.
 */
class CountThenDurationTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ViolenceClips").released("2020-07-01").publisher("某大学")
                    .description("ViolenceClips 是多场景暴力检测数据集，共4,754段未剪辑视频，总时长217小时，全部带有音轨和视频级弱标签。"));

    @Test
    void theDurationAskedAfterTheCountIsQuotedToo() {
        String en = bot.ask("How many videos are in ViolenceClips and how long are they altogether?").markdown();
        assertTrue(en.contains("4,754") && en.contains("217"), en);
        String zh = bot.ask("ViolenceClips 有多少段视频，总时长多少？").markdown();
        assertTrue(zh.contains("4,754") && zh.contains("217"), zh);
    }
}
