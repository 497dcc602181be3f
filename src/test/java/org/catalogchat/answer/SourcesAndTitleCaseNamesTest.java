package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A name used as where the asked entries' data comes from ("videos from ClipHub", "draw on ActionSet-600") lists the
 * entries writing it, where the name alone is "not in the catalog, only mentioned"; a "from" after a word for the
 * datasets stays who made them. A run of capitalised dictionary words asked as the whole object of "is … in the
 * catalog?" is a name, not the topic of its words.
 */
class SourcesAndTitleCaseNamesTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("FakeFaces").released("2019-01-01").publisher("某大学")
                    .description("FakeFaces 是人脸伪造检测基准，从 ClipHub 选取1,000段真实视频，并用四种方法生成伪造视频。"),
            entry("SegVOS").released("2018-09-01").publisher("某公司")
                    .description("SegVOS 是视频目标分割数据集，包含4,453段 ClipHub 短视频。"),
            entry("OddMotion").released("2024-05-27").publisher("某学院")
                    .description("OddMotion 是多模态异常检测基准，数据源于 ActionSet-600 等公开的动作识别数据集，共计85,000个视频片段。"),
            entry("PairWeb").released("2022-01-30").publisher("某实验室")
                    .description("PairWeb 是中文图像-文本对数据集，覆盖广泛的视觉和文本概念。"),
            entry("LakeDepth").released("2024-05-24").publisher("某大学")
                    .description("LakeDepth 是水深测绘数据集，整合了湖泊区域的航空影像。"));

    @Test
    void aNounOfWhatWasGatheredBeforeFromMakesANameASource() {
        String a = bot.ask("Which entries get their videos from ClipHub?").markdown();
        assertFalse(a.contains("Not in the catalog"), a);
        assertTrue(a.contains("FakeFaces") && a.contains("SegVOS"), a);
        assertTrue(bot.ask("Do you have ClipHub?").markdown().contains("Not in the catalog"));
    }

    @Test
    void drawOnIsASourceCue() {
        String a = bot.ask("Which entries draw on ActionSet-600?").markdown();
        assertFalse(a.contains("Not in the catalog"), a);
        assertTrue(a.contains("OddMotion"), a);
    }

    @Test
    void fromAfterAWordForTheDatasetsIsNoSource() {
        String a = bot.ask("Which datasets are from ClipHub?").markdown();
        assertTrue(a.contains("Not in the catalog"), a);
    }

    @Test
    void aTitleCaseRunAskedAsTheWholeObjectIsAName() {
        String a = bot.ask("Is Conceptual Captions in the catalog?").markdown();
        assertTrue(a.contains("Not in the catalog"), a);
        assertFalse(a.contains("PairWeb"), a);
        assertTrue(bot.ask("Is LakeDepth in the catalog?").markdown().contains("LakeDepth"));
    }

    @Test
    void aTitleCaseRunAskedInChineseIsAName() {
        String a = bot.ask("有 Conceptual Captions 数据集吗？").markdown();
        assertTrue(a.contains("目录中没有") || a.contains("Not in the catalog"), a);
        assertFalse(a.contains("PairWeb"), a);
    }
}
