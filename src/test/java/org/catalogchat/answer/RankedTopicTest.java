package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A superlative over a topic ranks the set the topic question lists, not a narrower one. */
class RankedTopicTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("BenchA").released("2020-04-13").publisher("某团队")
                    .description("BenchA 是一个中文自然语言处理评测基准，包含9项任务。"),
            entry("BenchB").released("2023-05-15").publisher("某大学")
                    .description("BenchB 是一个面向大模型的中文评测基准，包含13,948道选择题。"),
            entry("CodeZ").released("2021-08-16").publisher("某公司")
                    .description("CodeZ 是一个代码生成基准，包含974道编程题。"),
            entry("SpeechX").released("2015-04-19").publisher("某学院")
                    .description("SpeechX 是一个英文语音识别语料库。"),
            entry("ImgY").released("2019-01-01").publisher("某实验室")
                    .description("ImgY 是一个图像分类数据集。"));

    @Test
    void theNewestOfATopicIsTheNewestOfWhatTheTopicQuestionLists() {
        // BenchB lacks "NLP" but writes the rest; the list has it, so "the newest" of that list is BenchB
        Answer list = bot.ask("有哪些中文NLP评测基准？");
        assertTrue(ids(list).contains("bencha") && ids(list).contains("benchb"), list.markdown());
        Answer newest = bot.ask("最新的中文NLP评测基准");
        assertEquals(List.of("benchb"), ids(newest), newest.markdown());
        assertTrue(newest.markdown().contains("2023-05-15"), newest.markdown());
    }

    @Test
    void aSuperlativeAfterTheVerbAndDeRanksTheTopic() {
        // "发布得最晚": 得 joins the verb to the superlative; read as a subject word it narrowed the topic to entries writing 得
        Answer latest = bot.ask("哪个中文评测基准发布得最晚？");
        assertEquals("benchb", ids(latest).get(0), latest.markdown());
        Answer earliest = bot.ask("哪个中文评测基准发布得最早？");
        assertEquals("bencha", ids(earliest).get(0), earliest.markdown());
    }
}
