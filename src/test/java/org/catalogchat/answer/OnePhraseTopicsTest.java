package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A topic asked in words side by side that the language has one word for (语音识别, "video game") is one thing. When
 * the catalog never writes it, an entry writing one of the words, or the words in different sentences about
 * different things, is no evidence of it: "not in the catalog" is better than a confident wrong list. Words the
 * dictionary has no one word for (海洋水深) may be said apart, and words joined by a word of their own ("papers and
 * charts") stay several things asked together.
 */
class OnePhraseTopicsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("GenreClips").released("2002-07-01").publisher("某大学")
                    .description("GenreClips 包含1000段30秒的音频片段，分为10个流派。它仍是音乐流派识别最常用的基准之一。"),
            entry("SoundBank").released("2015-01-01").publisher("某大学")
                    .description("SoundBank 是一个环境声音数据集，包括动物叫声和人类非语音声音。"),
            entry("MandarinTalk").released("2017-01-01").publisher("某公司")
                    .description("MandarinTalk 是一个中文普通话语音数据集，用于训练识别模型。"),
            entry("SignClips").released("2020-01-01").publisher("某大学")
                    .description("SignClips 是一个手语视频数据集，包含80小时视频。"),
            entry("ContestMath").released("2021-03-01").publisher("某大学")
                    .description("ContestMath 是一个数学竞赛题数据集，题目来自高中数学竞赛。"),
            entry("BathyNet").released("2024-05-24").publisher("某大学")
                    .description("BathyNet 是一个沿海区域的水深预测数据集。它为海洋地质学和生态监测提供了资源。"),
            entry("PaperSet").released("2024-06-01").publisher("某大学")
                    .description("PaperSet 是一个科学论文数据集，包含5万篇论文。"),
            entry("ChartSet").released("2024-07-01").publisher("某大学")
                    .description("ChartSet 是一个图表问答数据集，包含7万张图表。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void theWordsOfADictionaryWordInDifferentSentencesAreNotIt() {
        // GenreClips writes 音频 in one sentence and 音乐流派识别 in another: no speech recognition
        Set<String> got = ids("有没有语音识别的数据集？");
        assertFalse(got.contains("genreclips") || got.contains("soundbank"), got.toString());
        assertTrue(got.contains("mandarintalk"), got.toString());
    }

    @Test
    void oneWordOfAPhraseTheCatalogNeverWritesIsNoMember() {
        // SignClips writes 视频, ContestMath 竞赛: neither is about video games
        assertEquals(Set.of(), ids("Any video game datasets?"));
        assertTrue(bot.ask("Any video game datasets?").markdown().contains("Not in the catalog"),
                bot.ask("Any video game datasets?").markdown());
    }

    @Test
    void wordsWithNoOneDictionaryWordMayBeWrittenApart() {
        assertEquals(Set.of("bathynet"), ids("海洋水深数据"));
    }

    @Test
    void wordsJoinedByAndStaySeveralThings() {
        Set<String> got = ids("datasets about scientific papers and charts");
        assertFalse(got.isEmpty(), bot.ask("datasets about scientific papers and charts").markdown());
    }
}
