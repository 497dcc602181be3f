package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which code-switching dataset is the newest?": one hyphenated token that the catalog glosses as a whole
 * (语码转换（code-switching）) is one subject. Read word by word it was "code" (代码, 编程) and "switching" (切换), which
 * only the entry writing the English has, and the newest of that one entry was the oldest of the five.
 */
class HyphenatedTermsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Aster").released("2010-09-01").publisher("某大学")
                    .description("Aster 是中英语码转换（code-switching）语音语料库，录音来自新加坡。"),
            entry("Birch").released("2022-06-01").publisher("某公司")
                    .description("Birch 是自然对话中的中英语码转换语音语料，共10小时。"),
            entry("Cedar").released("2020-05-01").publisher("某研究所")
                    .description("Cedar 是语码转换自然语言处理的评测基准，覆盖印地语-英语。"),
            entry("Delta").released("2023-03-01").publisher("某实验室")
                    .description("Delta 是一个代码生成数据集，包含164道编程题，可用于测试模型的切换能力。"));

    @Test
    void aHyphenatedTermTheCatalogGlossesIsOneSubject() {
        assertEquals(List.of("birch", "cedar", "aster"), ids(bot.ask("Which code-switching datasets are there?")));
        assertEquals(List.of("birch"), ids(bot.ask("Which code-switching dataset is the newest?")));
    }

    @Test
    void theCountHoldsEveryEntryWritingTheTerm() {
        assertTrue(bot.ask("How many code-switching datasets are there?").markdown().contains("**3**"));
    }
}
