package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Chinese word written only across two other words is no mention of it: 化学 (chemistry) in 强化学习 is 强化 + 学习.
 * A word that opens or closes with it (生物化学) still is.
 */
class StraddledFormsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("Replay").released("2020-04-01").publisher("某大学")
                    .description("Replay 是离线强化学习基准，包含游戏中智能体与环境交互的轨迹。"),
            entry("Molecules").released("2004-09-01").publisher("某中心")
                    .description("Molecules 是开放的化学数据库，收录了数百万种化合物及其性质。"),
            entry("Enzymes").released("2010-01-01").publisher("某研究所")
                    .description("Enzymes 收集了生物化学实验中测得的酶反应速率。"));

    private static List<String> ids(Answer a) {
        return a.sources().stream().map(Source::id).sorted().toList();
    }

    @Test
    void aWordWrittenOnlyAcrossTwoWordsIsNoMentionOfIt() {
        Answer a = bot.ask("有没有化学相关的数据集？");
        assertEquals(List.of("enzymes", "molecules"), ids(a), a.markdown());
    }
}
