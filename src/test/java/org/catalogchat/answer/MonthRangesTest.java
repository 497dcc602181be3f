package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A range of months is a date condition only: its joining word is no subject. */
class MonthRangesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("FebSet").released("2024-02-20").publisher("某大学").description("FebSet 是一个图像数据集。"),
            entry("MarSet").released("2024-03-01").publisher("某大学").description("MarSet 是一个文本数据集。"),
            entry("AprSet").released("2024-04-18").publisher("某公司").description("AprSet 通过质量过滤构建，是一个视频数据集。"),
            entry("MaySet").released("2024-05-02").publisher("某公司").description("MaySet 通过人工标注构建。"));

    @Test
    void throughBetweenTwoMonthsJoinsThem() {
        // "through" was a subject (through → 通过): the count kept only the entries writing 通过
        assertEquals(Set.of("febset", "marset", "aprset"),
                Set.copyOf(ids(bot.ask("How many datasets were released from February through April 2024?"))));
        assertEquals(Set.of("marset", "aprset", "mayset"),
                Set.copyOf(ids(bot.ask("Which datasets came out from March until May 2024?"))));
    }
}
