package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After one entry, "what counts as X?" / 什么算作X？ asks that entry what it takes X to be: not a topic search, and a
 * term only that entry writes is no missing name.
 */
class CountsAsFollowUpTest {
    private static final String CATALOG = """
            ### ReadQA

            - 发布时间：2016-06-16
            - 发布机构：某大学
            - 数据集说明：ReadQA 是英文阅读理解数据集，众包工作者提出了10万个问题。每个问题的答案都是对应文章段落中的一段文本。

            ### DocAsk

            - 发布时间：2020-07-01
            - 发布机构：某研究中心
            - 数据集说明：DocAsk 是文档图像问答数据集，回答问题需要读取文档中的文字，答案来自文档。

            ### TalkDown

            - 发布时间：2024-09-08
            - 发布机构：某理工大学
            - 数据集说明：TalkDown 专门用于检测中文视频中的居高临下和轻蔑语言（PCL），包含715个视频。
            """;

    @RegisterExtension
    static final FixtureBot bot = FixtureBot.over(CATALOG);

    @Test
    void whatCountsAsIsAskedOfTheEntry() {
        Answer a = bot.conversation("Tell me about ReadQA", "what counts as an answer there?");
        assertEquals(List.of("readqa"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("一段文本"), a.markdown());
    }

    @Test
    void aTermOnlyTheEntryWritesIsItsSubject() {
        Answer a = bot.conversation("介绍一下TalkDown", "什么算作PCL？");
        assertEquals(List.of("talkdown"), ids(a), a.markdown());
        assertTrue(a.markdown().contains("居高临下"), a.markdown());
    }
}
