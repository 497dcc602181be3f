package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two topics joined by "and" (谣言和假新闻) where no entry writes one of them: the question is read as the two topics
 * it names, and the entries about the one the catalog has answer it, with the missing words named, rather than
 * "not in the catalog" for both. Where neither side is written the answer stays "not in the catalog", and where the
 * two read jointly already answer, nothing changes.
 */
class JoinedTopicsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("FakeNewsSet").released("2018-09-01").publisher("某大学")
                    .description("FakeNewsSet 是一个假新闻检测数据集，新闻来自两个事实核查网站。"),
            entry("ClaimBank").released("2017-05-01").publisher("某大学")
                    .description("ClaimBank 是一个假新闻检测基准，包含12,836条人工标注的短声明。"),
            entry("CropLeaves").released("2015-11-25").publisher("某大学")
                    .description("CropLeaves 是一个农作物病害叶片图像数据集，包含54,306张图像。"),
            entry("DishPhotos").released("2014-01-01").publisher("某大学")
                    .description("DishPhotos 是一个菜品图像分类数据集，包含101类菜品。"),
            entry("PaperSet").released("2024-06-01").publisher("某大学")
                    .description("PaperSet 是一个科学论文理解数据集，包含5万篇论文。"),
            entry("PaperCharts").released("2024-07-01").publisher("某大学")
                    .description("PaperCharts 是一个科学论文和图表数据集，包含13万篇论文和74万张图表。"),
            entry("ZhNews").released("2016-01-01").publisher("某大学")
                    .description("ZhNews 是一个中文新闻文本分类语料。"),
            entry("ZhWeibo").released("2018-01-01").publisher("某大学")
                    .description("ZhWeibo 是一个中文微博语料。"),
            entry("ZhPoems").released("2019-01-01").publisher("某大学")
                    .description("ZhPoems 是一个中文古诗语料。"),
            entry("ZhEnPairs").released("2020-01-01").publisher("某大学")
                    .description("ZhEnPairs 是一个中文和英文的平行语料，包含100万个句对。"));

    private static Set<String> ids(String q) {
        return Set.copyOf(bot.ask(q).sources().stream().map(Source::id).toList());
    }

    @Test
    void theTopicTheCatalogHasAnswersAndTheMissingWordIsNamed() {
        assertEquals(Set.of("fakenewsset", "claimbank"), ids("谣言和假新闻"));
        String answer = bot.ask("谣言和假新闻").markdown();
        assertTrue(answer.contains("谣言"), answer);
        assertEquals(Set.of("fakenewsset", "claimbank"), ids("rumours and fake news"));
    }

    @Test
    void twoTopicsNoEntryWritesStayNotInTheCatalog() {
        assertEquals(Set.of(), ids("谣言和鲸鱼"));
        assertTrue(bot.ask("谣言和鲸鱼").markdown().contains("目录中没有"), bot.ask("谣言和鲸鱼").markdown());
    }

    @Test
    void aJointReadingThatAnswersIsKept() {
        // 农作物 and 病害 both in CropLeaves: read jointly it answers, so the sides are not listed apart
        assertEquals(Set.of("cropleaves"), ids("农作物和病害"));
    }

    @Test
    void twoTopicsEachAnsweredAreListedNotOnlyTheirOverlap() {
        // PaperCharts writes both; PaperSet writes papers and no charts, and was asked for too
        assertEquals(Set.of("paperset", "papercharts"), ids("datasets about scientific papers and charts"));
    }

    @Test
    void aBroadSideIsAModifierAndTheJointReadingStands() {
        // 中文 alone answers four of the ten entries: "Chinese" modifies "parallel corpora", it is no topic of its own
        assertEquals(Set.of("zhenpairs"), ids("Chinese and English parallel corpora"));
    }

    @Test
    void onlyTopicQuestionsOfOneAndAreReadApart() {
        // a count stays exact: read jointly, no entry writes 谣言 with 假新闻
        assertTrue(bot.ask("有多少个谣言和假新闻的数据集？").sources().isEmpty(), bot.ask("有多少个谣言和假新闻的数据集？").markdown());
    }
}
