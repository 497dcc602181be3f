package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A unit asked as the filter: the entries whose text writes a figure in it (a storage unit as written). */
class UnitFilterTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SmallLogs").released("2020-01-01").publisher("某大学").description("SmallLogs 是系统日志集合，解压后约3.5GB。"),
            entry("BigTraffic").released("2019-01-01").publisher("某大学").description("BigTraffic 是网络流量数据，原始流量约100GB。"),
            entry("HugeText").released("2021-01-01").publisher("某公司").description("HugeText 是文本语料，数据量达10TB。"),
            entry("TalkHours").released("2018-01-01").publisher("某公司").description("TalkHours 包含约120小时的会议录音。"),
            entry("Pictures").released("2017-01-01").publisher("某研究所").description("Pictures 包含5万张图像。"));

    @Test
    void aStorageUnitAsWritten() {
        Answer gb = bot.ask("Which datasets give their size in GB?");
        assertEquals(Set.of("smalllogs", "bigtraffic"), Set.copyOf(ids(gb)));
        assertTrue(gb.markdown().contains("3.5GB"), gb.markdown());
        assertEquals(Set.of("hugetext"), Set.copyOf(ids(bot.ask("数据量是用 TB 来衡量的数据集有哪些？"))));
    }

    @Test
    void hoursInEitherLanguage() {
        assertEquals(Set.of("talkhours"), Set.copyOf(ids(bot.ask("How many datasets give their total length in hours?"))));
        assertEquals(Set.of("talkhours"), Set.copyOf(ids(bot.ask("时长以小时计的数据集有哪些？"))));
    }
}
