package org.catalogchat.answer;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catalogchat.testing.FixtureBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A part an entry's text names (a split, a later batch of it, a model trained on it) asked for a figure is answered by
 * the sentence naming it; asked whether the catalog has it, a release of its own, or one source of a list, it is not
 * in the catalog. An entry named with a word of its name left out is that entry; a near name that entry's own text
 * writes is the thing it mentions, not a misspelling; "每秒30帧" states a frame rate.
 */
class MentionedPartsTest {
    @RegisterExtension
    static final FixtureBot bot = FixtureBot.of(
            entry("SalientSet").released("2017-07-01").publisher("某理工大学")
                    .description("SalientSet 是显著目标检测数据集。训练集 SalientSet-TR 有10,553张图像，取自 PicNet-1K 检测任务的训练集；测试集 SalientSet-TE 有5,019张图像。"),
            entry("BrainScans（开放脑影像）").released("2007-09-01").publisher("某大学")
                    .description("BrainScans 是脑磁共振开放数据项目。BrainScans-1 包含416名受试者的结构像；2010年发表的纵向数据 BrainScans-2 包含150名受试者的373次扫描。"),
            entry("ClipMix").released("2019-05-27").publisher("某研究所")
                    .description("ClipMix 是异常检测基准，数据源于五个公开的动作识别数据集（HMDB-5、UCF-7、KitchenVids、HAC-2 和 Kin-600），共计超过85,000个视频片段。"),
            entry("SpamMail 2007").released("2007-01-01").publisher("某研究院")
                    .description("SpamMail 2007 是垃圾邮件语料，共75,419封邮件。此前的 SpamSet-05 语料有92,189封邮件。"),
            entry("ChaLab LAP IsoSet（孤立手势数据集）").released("2016-01-01").publisher("某研究所")
                    .description("IsoSet 包含47,933段手势视频，共249个手势类别。"),
            entry("EgoHands").released("2018-05-01").publisher("某研究所")
                    .description("EgoHands 包含2,081段视频，共83类手势，每秒30帧。"),
            entry("ImageNet-X（图像损坏基准）").released("2019-03-01").publisher("某大学")
                    .description("ImageNet-X 对50,000张图像施加15种损坏；同一论文还提出了考察扰动稳定性的 ImageNet-Q。"));

    @Test
    void aPartAskedForAFigureIsAnsweredByItsSentence() {
        String split = bot.ask("SalientSet-TE 有多少张图像？").markdown();
        assertTrue(split.contains("5,019") && !split.contains("目录中没有"), split);
        String batch = bot.ask("BrainScans-2 有多少名受试者？").markdown();
        assertTrue(batch.contains("150名"), batch);
        String first = bot.ask("BrainScans-1 收录了多少名受试者？").markdown();
        assertTrue(first.contains("416"), first);
    }

    @Test
    void existenceReleasesOfTheirOwnAndListedSourcesStayNotFound() {
        String existence = bot.ask("有 SalientSet-TE 吗？").markdown();
        assertFalse(existence.contains("5,019"), existence);
        String source = bot.ask("How many images are in PicNet-1K?").markdown();
        assertTrue(source.contains("Not in the catalog"), source);
        String listed = bot.ask("How many videos are in KitchenVids?").markdown();
        assertTrue(listed.contains("Not in the catalog"), listed);
        String earlier = bot.ask("How many emails are in SpamSet-05?").markdown();
        assertTrue(earlier.contains("Not in the catalog"), earlier);
    }

    @Test
    void aNameWithAWordLeftOutIsTheEntry() {
        String a = bot.ask("Which has more gesture classes, ChaLab IsoSet or EgoHands?").markdown();
        assertFalse(a.contains("Not in the catalog"), a);
        assertTrue(a.contains("249"), a);
    }

    @Test
    void aNearNameTheEntryWritesIsNoMisspelling() {
        String a = bot.ask("Do you have ImageNet-Q?").markdown();
        assertTrue(a.contains("Not in the catalog"), a);
    }

    @Test
    void perSecondFramesStateAFrameRate() {
        String a = bot.ask("EgoHands 的视频帧率是多少？").markdown();
        assertTrue(a.contains("每秒30帧") && !a.contains("未说明"), a);
    }
}
