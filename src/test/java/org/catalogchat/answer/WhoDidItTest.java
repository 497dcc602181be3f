package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who did something to an entry: the verb after "who" finds the sentence naming who did it ("由…团队获胜" for "who
 * won"), but a sentence it finds that names no one (集中, a wrong sense of "put together", in "应用领域主要集中在…") does
 * not choose the detail the rest of the question asks. Where no clause says 由 who made it, the one naming the authors
 * (等人) or a team is quoted beside the publishers.
 */
class WhoDidItTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("ClipTalk").released("2024-09-08").publisher("某理工大学")
                    .description("ClipTalk 数据集是由某理工大学创建的，专门用于检测中文视频中的轻蔑语言。"
                            + "该数据集包含715个从Bilibili平台收集并标注的视频，总时长超过21小时。"
                            + "ClipTalk 数据集的应用领域主要集中在自动检测视频平台上的微攻击行为。"),
            entry("ClipBank").released("2020-01-01").publisher("某研究所")
                    .description("ClipBank 从网上收集了大量视频并标注动作，视频来自多个平台。"),
            entry("ClipMore").released("2021-01-01").publisher("某实验室")
                    .description("ClipMore 收集了十万段短视频，视频时长从5秒到1分钟不等。"),
            entry("MovieStars").released("2006-10-02").publisher("某公司")
                    .description("MovieStars 是电影评分数据。竞赛悬赏100万美元，2009年由 BellKor's Pragmatic Chaos 团队获胜。"),
            entry("FormulaPics").released("2016-09-01").publisher("某大学")
                    .description("FormulaPics 随某大学 Yuntian Deng、Alexander Rush 等人2016年9月发布在 arXiv 的论文公开，任务是把公式图片还原成 LaTeX 源码。"));

    @Test
    void aSentenceTheVerbAfterWhoFindsWithNoOneNamedDoesNotChooseTheDetail() {
        String a = bot.ask("Who put together ClipTalk, and which site did its videos come from?").markdown();
        assertTrue(a.contains("Bilibili"), a);
    }

    @Test
    void theVerbAfterWhoStillFindsTheSentenceNamingWhoDidIt() {
        String a = bot.ask("Who won the MovieStars prize?").markdown();
        assertTrue(a.contains("BellKor"), a);
    }

    @Test
    void theAuthorsNamedInTheTextAreQuotedBesideThePublishers() {
        String a = bot.ask("Who proposed FormulaPics?").markdown();
        assertTrue(a.contains("Yuntian Deng"), a);
    }
}
