package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A frame rate asked of one entry is answered by a sentence writing one, else "does not state"; a near name whose
 * number differs (ClipSet-10M beside ClipSet-1M), a word the catalog writes in another entry (OpenAI beside OpenAQ)
 * and a name asked without its entry's "++" are no misspellings of an entry; a name of several capitalised words or
 * one after "draw their forms from" is a source; a sibling released alongside an entry (同时发布的 …) is not it.
 */
class FrameRatesNearNamesAndPartsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("CrashClips").released("2024-03-01").publisher("某大学")
                    .description("CrashClips 是事故视频数据集，包含11,727个事故视频，每个视频配有文本描述。"),
            entry("HandMoves").released("2018-05-01").publisher("某研究所")
                    .description("HandMoves 是手势视频数据集，共2,081段视频。视频分辨率为640×480、帧率30 fps。"),
            entry("ClipSet-1M").released("2024-07-02").publisher("某公司")
                    .description("ClipSet-1M 是文本到视频生成数据集，包含超过100万个视频片段。"),
            entry("OpenAQ").released("2015-01-01").publisher("OpenAQ")
                    .description("OpenAQ 是开放空气质量数据平台，汇集上百个国家的监测数据。"),
            entry("WebTasks++").released("2018-02-01").publisher("斯坦福大学")
                    .description("WebTasks++ 是网页交互基准，扩展了 OpenAI 2017年项目中的 WebTasks，包含100多个小型网页任务。"),
            entry("MultiText").released("2019-11-01").publisher("某实验室")
                    .description("MultiText 是多语言文本语料，用 CCNet 流程从 Common Crawl 网页快照中抽取文本，覆盖100种语言。"),
            entry("FormSet").released("2019-05-27").publisher("某学院")
                    .description("FormSet 是表单理解数据集，包含199份扫描表单。表单选自 DOC-SCAN 文档图像数据集。"),
            entry("TinyImages-10").released("2009-04-01").publisher("某大学")
                    .description("TinyImages-10 是图像分类数据集，包含60,000张图像。同时发布的 TinyImages-100 有100个类别。"));

    @Test
    void aFrameRateTheEntryDoesNotWriteIsNotStated() {
        String a = bot.ask("At what frame rate were the CrashClips videos recorded?").markdown();
        assertTrue(a.contains("does not state"), a);
        String zh = bot.ask("CrashClips 的视频每秒多少帧？").markdown();
        assertTrue(zh.contains("未说明"), zh);
        String stated = bot.ask("HandMoves 的视频帧率是多少？").markdown();
        assertTrue(stated.contains("30 fps") && !stated.contains("未说明"), stated);
    }

    @Test
    void aNearNameWithAnotherNumberIsAnotherDataset() {
        String a = bot.ask("Do you have ClipSet-10M?").markdown();
        assertTrue(a.contains("Not in the catalog"), a);
        assertTrue(bot.ask("Do you have ClipSet-1M?").markdown().contains("100万"));
        String sibling = bot.ask("TinyImages-100 有多少个类别？").markdown();
        assertTrue(sibling.contains("目录中没有"), sibling);
    }

    @Test
    void aWordTheCatalogWritesIsNoMisspeltName() {
        String a = bot.ask("Do you have the project data from OpenAI?").markdown();
        assertFalse(a.contains("空气质量"), a);
    }

    @Test
    void aNameWithoutItsPlusIsTheEarlierDataset() {
        String a = bot.ask("Do you have the original WebTasks from OpenAI?").markdown();
        assertTrue(a.contains("Not in the catalog"), a);
        assertTrue(bot.ask("Tell me about WebTasks++").markdown().contains("斯坦福大学"));
    }

    @Test
    void capitalisedWordsAndAVerbBeforeTheNounAreOneSource() {
        String a = bot.ask("Which datasets were built from Common Crawl?").markdown();
        assertFalse(a.contains("Not in the catalog"), a);
        assertTrue(a.contains("MultiText"), a);
        String forms = bot.ask("Which datasets draw their forms from DOC-SCAN?").markdown();
        assertFalse(forms.contains("Not in the catalog"), forms);
        assertTrue(forms.contains("FormSet"), forms);
    }
}
