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
 * A topic asked in words side by side ("gene editing", 图像生成) is one thing. An entry that writes one of the words,
 * or writes them in different sentences about different things, is no evidence of it: the catalog lacks it, and
 * "not in the catalog" is better than a confident wrong list. Words joined by a word of their own ("papers and
 * charts") stay several things asked together.
 */
class OnePhraseTopicsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("MapWorld").released("2004-08-09").publisher("某基金会")
                    .description("MapWorld 是众包的开放世界地图，任何人都可以编辑。注册用户已超过1000万。"),
            entry("GenomeSet").released("2015-01-01").publisher("某研究所")
                    .description("GenomeSet 是一个人类基因测序数据集，包含2504个个体。"),
            entry("DocPages").released("2019-08-01").publisher("某研究院")
                    .description("DocPages 是一个文档版面分析数据集，包含36万张文档图像。标注通过自动匹配论文的两个版本生成。"),
            entry("CodeEval").released("2021-07-07").publisher("某公司")
                    .description("CodeEval 是一个代码生成评测集，包含164道编程题。"),
            entry("PicMaker").released("2023-01-01").publisher("某大学")
                    .description("PicMaker 是一个根据文字描述生成图像的数据集，包含10万对图文。"),
            entry("PaperSet").released("2024-06-01").publisher("某大学")
                    .description("PaperSet 是一个科学论文数据集，包含5万篇论文。"),
            entry("ChartSet").released("2024-07-01").publisher("某大学")
                    .description("ChartSet 是一个图表问答数据集，包含7万张图表。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void oneWordOfAPhraseNoEntryWritesIsNoMember() {
        // MapWorld writes 编辑 ("anyone can edit"), GenomeSet 基因: neither is about gene editing
        assertEquals(Set.of(), ids("gene editing datasets?"));
        assertTrue(bot.ask("gene editing datasets?").markdown().contains("Not in the catalog"), bot.ask("gene editing datasets?").markdown());
    }

    @Test
    void thePhrasesWordsInDifferentSentencesAreNoMember() {
        // DocPages writes 图像 in one sentence and 生成 (of its annotations) in another; PicMaker generates images
        Set<String> got = ids("有没有图像生成的数据集");
        assertFalse(got.contains("docpages") || got.contains("codeeval"), got.toString());
        assertTrue(got.contains("picmaker"), got.toString());
    }

    @Test
    void wordsJoinedByAndStaySeveralThings() {
        Set<String> got = ids("datasets about scientific papers and charts");
        assertFalse(got.isEmpty(), bot.ask("datasets about scientific papers and charts").markdown());
    }
}
