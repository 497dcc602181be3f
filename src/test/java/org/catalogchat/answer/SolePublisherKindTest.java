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
 * One publisher of a kind, said by how it published ("由一所大学单独发布", "by a single university on its own"): the
 * entries whose only listed publisher is of the kind. Read as words, 单独 was a subject (nothing found) and "a single
 * university" ranked entries with any university among several publishers.
 */
class SolePublisherKindTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("UniOne").released("2019-01-01").publisher("东湖大学").description("UniOne 是一个图像数据集。"),
            entry("AcadOne").released("2020-01-01").publisher("中国某科学院").description("AcadOne 是一个文本数据集。"),
            entry("UniTwo").released("2021-01-01").publisher("西山学院").description("UniTwo 是一个语音数据集。"),
            entry("PairSet").released("2022-01-01").publisher("东湖大学、南城公司").description("PairSet 是一个视频数据集。"),
            entry("FirmSet").released("2023-01-01").publisher("南城公司").description("FirmSet 是一个表格数据集。"));

    @Test
    void aSingleUniversityAsTheOnlyPublisher() {
        assertEquals(Set.of("unione", "unitwo"), Set.copyOf(ids(bot.ask("由一所大学单独发布的数据集有哪些？"))));
        Answer count = bot.ask("有几个数据集是由一所大学单独发布的？");
        assertTrue(count.markdown().contains("**2**"), count.markdown());
        assertEquals(Set.of("unione", "unitwo"), Set.copyOf(ids(bot.ask("Which datasets were published by a single university?"))));
    }

    @Test
    void theNewestAmongThem() {
        Answer a = bot.ask("Which was the most recent dataset released by a single university on its own?");
        assertEquals(List.of("unitwo"), ids(a), a.markdown());
    }
}
