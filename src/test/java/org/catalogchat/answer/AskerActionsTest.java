package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the asker would do with the data ("to play", "for teaching") is not what the data is about: such a word
 * need not be written by an entry about the rest of the question, unless some entry writes it with the rest.
 */
class AskerActionsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("BlockCraft").released("2019-07-01").publisher("某大学")
                    .description("BlockCraft 是《我的世界》（Minecraft）中的人类示范数据集，包含六千万个状态-动作对。"),
            entry("KidsClass").released("2018-01-01").publisher("某教育公司")
                    .description("KidsClass 是中小学教育课堂视频数据集，记录了两千节课。"),
            entry("BoardPlay").released("2016-01-01").publisher("某实验室")
                    .description("BoardPlay 收录了一万局棋类游戏的对局记录。"),
            entry("LoanRisk").released("2018-05-01").publisher("某银行")
                    .description("LoanRisk 是贷款违约预测数据集，包含三十万条贷款申请。"),
            entry("LoanCourt").released("2020-01-01").publisher("某法院")
                    .description("LoanCourt 收录了贷款违约纠纷案件的判决书。"));

    private static Set<String> ids(String q) {
        List<Source> sources = bot.ask(q).sources();
        return Set.copyOf(sources.stream().map(Source::id).toList());
    }

    @Test
    void theAskersVerbsAreNotTheTopic() {
        // 'learning' and 'play' → 游戏 are what the asker wants done; the topic is Minecraft (BoardPlay writes 游戏
        // but not Minecraft; nothing writes 学习)
        assertEquals(Set.of("blockcraft"), ids("data for learning to play Minecraft"));
        assertEquals(Set.of("blockcraft"), ids("teaching to play Minecraft"));
        // an action no entry writes says nothing the catalog lacks
        assertEquals(Set.of("blockcraft"), ids("Is there anything for rendering Minecraft?"));
    }

    @Test
    void anActionSomeEntryWritesWithTheRestStillCounts() {
        // LoanRisk writes 预测 with 贷款 and 违约: it answers; LoanCourt, writing the rest only, is at most a partial match
        assertTrue(ids("Anything for predicting loan defaults?").contains("loanrisk"));
        assertEquals(Set.of("loanrisk"), ids("how many datasets are for predicting loan defaults?"));
    }

    @Test
    void anActionAloneIsStillTheTopic() {
        assertTrue(ids("teaching datasets").contains("kidsclass"));
    }

    @Test
    void verbsAreToldByWhereTheQuestionWritesThem() {
        var vocabulary = java.util.Optional.of(org.catalogchat.vocabulary.BilingualDictionary.load()
                .restrictTo(List.of("游戏", "教育", "音乐")));
        assertEquals(Set.of("teaching", "play"), AskerActions.in("teaching AI to play Minecraft", vocabulary));
        // "related to", "from … to" join things; a gerund in mid-sentence is no purpose
        assertEquals(Set.of(), AskerActions.in("datasets related to music, from text to speech", vocabulary));
        assertEquals(Set.of(), AskerActions.in("music and dancing", vocabulary));
    }
}
