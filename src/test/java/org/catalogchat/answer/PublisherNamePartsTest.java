package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A word the publisher's name carries, asked as a filter: the publishers' names decide, not the descriptions. */
class PublisherNamePartsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("LabSet").released("2020-01-01").publisher("某某视觉实验室、某大学").description("LabSet 是一个图像数据集。"),
            entry("InstSet").released("2021-01-01").publisher("某某信息研究所（XII）").description("InstSet 是一个文本数据集。"),
            entry("AcadSet").released("2022-01-01").publisher("某某智能研究院").description("AcadSet 是一个视频数据集。"),
            entry("UniSet").released("2023-01-01").publisher("某师范学院").description("UniSet 在作者的实验室里采集，是一个语音数据集。"));

    @Test
    void aQuotedWordOfThePublishersName() {
        assertEquals(Set.of("instset"), Set.copyOf(ids(bot.ask("发布机构名称里带“研究所”的数据集有哪些？"))));
        assertEquals(Set.of("instset", "acadset"), Set.copyOf(ids(bot.ask("发布机构名字里带“研究院”或“研究所”的数据集有几个？"))));
    }

    @Test
    void anUnquotedOrganisationWordAmongThePublishers() {
        // UniSet writes 实验室 in its description: not a publisher's name, not in the list
        Answer labs = bot.ask("哪些数据集的发布机构中有实验室？");
        assertEquals(Set.of("labset"), Set.copyOf(ids(labs)), labs.markdown());
        // 大学 unquoted is the kind of publisher: a 学院 is one
        assertEquals(Set.of("labset", "uniset"), Set.copyOf(ids(bot.ask("发布机构中有大学的数据集有哪些？"))));
    }
}
