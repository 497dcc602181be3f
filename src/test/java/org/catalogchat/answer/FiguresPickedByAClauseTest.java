package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two details of one entry that the question narrows by its own words: "有多少语言未知的样本" counts 样本, and 语言未知
 * picks which of its figures; "how long are its videos?" asks the videos' length, which a sentence writing a time
 * unit beside them answers, not only the sentence that first writes videos.
 */
class FiguresPickedByAClauseTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("WebPairs").released("2022-03-31").publisher("某组织")
                    .description("WebPairs 是一个大规模图文数据集。由58.5亿个图像-文本对组成，其中包含23.2亿的英语，22.6亿的样本来自100多种其他语言，及12.7亿的未知样本。"),
            entry("ClipQuiz").released("2024-06-03").publisher("某大学")
                    .description("ClipQuiz 是视频理解评估基准。该数据集包含900个视频，总时长达256小时。 数据集涵盖6大领域，视频长度从11秒到1小时不等。"));

    @Test
    void aClauseBeforeDePicksTheFigureOfTheNounAfterIt() {
        String a = bot.ask("WebPairs 里有多少语言未知的样本？").markdown();
        assertTrue(a.contains("12.7亿"), a);
        assertTrue(!a.contains("未说明"), a);
    }

    @Test
    void aUnitBeforeDeIsStillWhatIsCounted() {
        String a = bot.ask("ClipQuiz 一共有多少小时的视频？").markdown();
        assertTrue(a.contains("256"), a);
    }

    @Test
    void howLongAreItsThingsQuotesTheirLength() {
        String a = bot.conversation("Tell me about ClipQuiz", "how long are its videos?").markdown();
        assertTrue(a.contains("11秒"), a);
        String b = bot.ask("how long are ClipQuiz's videos?").markdown();
        assertTrue(b.contains("11秒"), b);
    }
}
